import { LANGUAGES, type Language } from "../../../../core/language";
import { DEFAULT_THEMES } from "../../../../core/theme";
import { DEFAULT_RULES, type MatchingRules } from "../../../../core/wave";
import type { FieldError } from "../../backend/api-error";
import type { HrTexts } from "../../texts/hr-texts";
import type { ThemeInput, WaveDetail, WaveInput } from "../../../api/hr-api-contract";

/** A theme being edited: `key` tells rows apart for React; `id` is kept for themes that already exist. */
export interface ThemeDraft {
  readonly key: string;
  readonly id?: string;
  readonly labels: Readonly<Record<Language, string>>;
}

/** The wave editor's form values; numbers may be NaN while the user types. */
export interface WaveDraft {
  readonly name: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly sessionMinutes: number;
  readonly reminderLeadDays: number;
  readonly defaultLanguage: Language;
  readonly themes: readonly ThemeDraft[];
  readonly rules: MatchingRules;
}

let nextKey = 0;
const newKey = (): string => `theme-${++nextKey}`;

export const emptyTheme = (): ThemeDraft => ({ key: newKey(), labels: { fr: "", en: "", nl: "" } });

/** A new wave: next month for six months, monthly 90-minute sessions, the default catalogue and rules. */
export function newWaveDraft(today: Date = new Date()): WaveDraft {
  const start = new Date(Date.UTC(today.getFullYear(), today.getMonth() + 1, 1));
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 6, 0));
  return {
    name: "",
    startDate: start.toISOString().slice(0, 10),
    endDate: end.toISOString().slice(0, 10),
    sessionMinutes: 90,
    reminderLeadDays: 3,
    defaultLanguage: "fr",
    themes: DEFAULT_THEMES.map((theme) => ({ key: newKey(), id: theme.id, labels: theme.labels })),
    rules: DEFAULT_RULES,
  };
}

export function draftFromWave(wave: WaveDetail): WaveDraft {
  return {
    name: wave.name,
    startDate: wave.startDate,
    endDate: wave.endDate,
    sessionMinutes: wave.sessionMinutes,
    reminderLeadDays: wave.reminderLeadDays,
    defaultLanguage: wave.defaultLanguage,
    themes: wave.themes.map((theme) => ({ key: newKey(), id: theme.id, labels: theme.labels })),
    rules: wave.rules,
  };
}

/** The WaveInput to send; new themes get an id from their English label (answers refer to themes by id). */
export function waveInputFromDraft(draft: WaveDraft): WaveInput {
  const taken = new Set(draft.themes.flatMap((theme) => (theme.id === undefined ? [] : [theme.id])));
  const themes: ThemeInput[] = draft.themes.map((theme) => ({
    id: theme.id ?? uniqueId(slug(theme.labels.en || theme.labels.fr || theme.labels.nl), taken),
    labels: { fr: theme.labels.fr.trim(), en: theme.labels.en.trim(), nl: theme.labels.nl.trim() },
  }));
  return {
    name: draft.name.trim(),
    startDate: draft.startDate,
    endDate: draft.endDate,
    cadence: "monthly",
    sessionMinutes: draft.sessionMinutes,
    reminderLeadDays: draft.reminderLeadDays,
    defaultLanguage: draft.defaultLanguage,
    themes,
    rules: draft.rules,
  };
}

/** The fields of `next` that differ from `base`: what a PATCH should send. */
export function changedFields(base: WaveInput, next: WaveInput): Partial<WaveInput> {
  const changed: Record<string, unknown> = {};
  for (const key of Object.keys(next) as (keyof WaveInput)[]) {
    if (JSON.stringify(base[key]) !== JSON.stringify(next[key])) changed[key] = next[key];
  }
  return changed as Partial<WaveInput>;
}

/** The obvious mistakes, caught before a round trip; the server checks everything again. */
export function checkDraft(draft: WaveDraft, texts: HrTexts["waveEditor"]): FieldError[] {
  const errors: FieldError[] = [];
  if (draft.name.trim() === "") errors.push({ field: "name", message: texts.nameMissing });
  if (draft.startDate === "") errors.push({ field: "startDate", message: texts.startMissing });
  if (draft.endDate === "") errors.push({ field: "endDate", message: texts.endMissing });
  else if (draft.startDate !== "" && draft.endDate <= draft.startDate) {
    errors.push({ field: "endDate", message: texts.endBeforeStart });
  }
  if (!(draft.sessionMinutes >= 15 && draft.sessionMinutes <= 240)) {
    errors.push({ field: "sessionMinutes", message: texts.sessionRange });
  }
  if (!(draft.reminderLeadDays >= 0 && draft.reminderLeadDays <= 14)) {
    errors.push({ field: "reminderLeadDays", message: texts.reminderRange });
  }
  if (draft.themes.length === 0) errors.push({ field: "themes", message: texts.noTheme });
  draft.themes.forEach((theme, index) => {
    for (const language of LANGUAGES) {
      if (theme.labels[language].trim() === "") {
        errors.push({ field: `themes[${index}].labels.${language}`, message: texts.labelMissing });
      }
    }
  });
  return errors;
}

function slug(text: string): string {
  const plain = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return plain === "" ? "theme" : plain.slice(0, 40);
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
