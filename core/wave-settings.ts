import type { FieldError } from "./errors";
import { isLanguage, LANGUAGES, type Language } from "./language";
import type { Validation } from "./questionnaire-validation";
import type { Theme } from "./theme";
import { MAX_CAPACITY, MIN_CAPACITY } from "./questionnaire";
import { DEFAULT_GROUP_SIZE, GROUP_SIZE_MAX, GROUP_SIZE_MIN, type MatchingRules } from "./wave";

/** What HR sets on a wave in the editor. */
export interface WaveSettings {
  readonly name: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly cadence: "monthly";
  readonly sessionMinutes: number;
  readonly reminderLeadDays: number;
  readonly defaultLanguage: Language;
  readonly themes: readonly Theme[];
  readonly rules: MatchingRules;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const THEME_ID = /^[a-z0-9][a-z0-9-]{0,59}$/;

/** Checks wave settings from the editor (untrusted), one message per field. */
export function validateWaveSettings(
  input: Partial<Record<keyof WaveSettings, unknown>>,
): Validation<WaveSettings> {
  const errors: FieldError[] = [];
  const name = typeof input.name === "string" ? input.name.trim() : "";
  if (name.length === 0 || name.length > 120)
    errors.push({ field: "name", message: "Give the wave a name (up to 120 characters)." });
  const startDate = date(input.startDate, "startDate", "start date", errors);
  const endDate = date(input.endDate, "endDate", "end date", errors);
  if (startDate && endDate && !(startDate < endDate))
    errors.push({ field: "endDate", message: "The wave must end after it starts." });
  if (input.cadence !== "monthly") errors.push({ field: "cadence", message: "Meetings are monthly." });
  const sessionMinutes = int(
    input.sessionMinutes,
    30,
    240,
    "sessionMinutes",
    "Sessions last 30 to 240 minutes.",
    errors,
  );
  const reminderLeadDays = int(
    input.reminderLeadDays,
    0,
    14,
    "reminderLeadDays",
    "Remind mentors 0 to 14 days before a session.",
    errors,
  );
  if (!isLanguage(input.defaultLanguage))
    errors.push({
      field: "defaultLanguage",
      message: `Choose a default language among ${LANGUAGES.join(", ")}.`,
    });
  const themes = themeList(input.themes, errors);
  const rules = ruleSet(input.rules, errors);
  if (errors.length > 0 || !isLanguage(input.defaultLanguage) || rules === undefined)
    return { ok: false, errors };
  return {
    ok: true,
    value: {
      name,
      startDate,
      endDate,
      cadence: "monthly",
      sessionMinutes,
      reminderLeadDays,
      defaultLanguage: input.defaultLanguage,
      themes,
      rules,
    },
  };
}

function date(value: unknown, field: string, name: string, errors: FieldError[]): string {
  if (typeof value === "string" && ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    return value;
  errors.push({ field, message: `Give a ${name} (yyyy-mm-dd).` });
  return "";
}

function int(
  value: unknown,
  min: number,
  max: number,
  field: string,
  message: string,
  errors: FieldError[],
): number {
  if (typeof value === "number" && Number.isInteger(value) && value >= min && value <= max) return value;
  errors.push({ field, message });
  return min;
}

function themeList(value: unknown, errors: FieldError[]): Theme[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > 40) {
    errors.push({ field: "themes", message: "The catalogue needs 1 to 40 themes." });
    return [];
  }
  const seen = new Set<string>();
  const themes: Theme[] = [];
  value.forEach((raw: unknown, index) => {
    const t = (raw ?? {}) as { id?: unknown; labels?: Record<string, unknown> };
    const labels = t.labels ?? {};
    const complete = LANGUAGES.every(
      (l) =>
        typeof labels[l] === "string" &&
        (labels[l] as string).trim() !== "" &&
        (labels[l] as string).length <= 80,
    );
    if (typeof t.id !== "string" || !THEME_ID.test(t.id)) {
      errors.push({
        field: `themes.${index}.id`,
        message: `Theme ${index + 1} needs an id of lower-case letters, digits and dashes.`,
      });
    } else if (seen.has(t.id)) {
      errors.push({ field: `themes.${index}.id`, message: `Theme id "${t.id}" is used twice.` });
    } else if (!complete) {
      errors.push({
        field: `themes.${index}.labels`,
        message: `Theme "${t.id}" needs a label in French, English and Dutch (up to 80 characters).`,
      });
    } else {
      seen.add(t.id);
      themes.push({
        id: t.id,
        labels: {
          fr: String(labels["fr"]).trim(),
          en: String(labels["en"]).trim(),
          nl: String(labels["nl"]).trim(),
        },
      });
    }
  });
  return themes;
}

function ruleSet(value: unknown, errors: FieldError[]): MatchingRules | undefined {
  const r = (value ?? {}) as Record<string, unknown>;
  const max = r["maxMenteesPerMentor"];
  const problems: FieldError[] = [];
  if (typeof r["forbidReportingLine"] !== "boolean")
    problems.push({
      field: "rules.forbidReportingLine",
      message: "Say whether pairs inside a reporting line are forbidden.",
    });
  if (typeof r["forbidSameDepartment"] !== "boolean")
    problems.push({
      field: "rules.forbidSameDepartment",
      message: "Say whether pairs inside a department are forbidden.",
    });
  if (typeof max !== "number" || !Number.isInteger(max) || max < MIN_CAPACITY || max > MAX_CAPACITY) {
    problems.push({
      field: "rules.maxMenteesPerMentor",
      message: `A mentor takes ${MIN_CAPACITY} to ${MAX_CAPACITY} mentees.`,
    });
  }
  const format = r["format"] ?? "one-to-one";
  if (format !== "one-to-one" && format !== "group")
    problems.push({ field: "rules.format", message: "Choose 1:1 pairs or groups." });
  const groupSize = r["groupSize"] ?? DEFAULT_GROUP_SIZE;
  if (
    typeof groupSize !== "number" ||
    !Number.isInteger(groupSize) ||
    groupSize < GROUP_SIZE_MIN ||
    groupSize > GROUP_SIZE_MAX
  ) {
    problems.push({
      field: "rules.groupSize",
      message: `A group has ${GROUP_SIZE_MIN} to ${GROUP_SIZE_MAX} mentees.`,
    });
  }
  errors.push(...problems);
  if (problems.length > 0) return undefined;
  return {
    forbidReportingLine: r["forbidReportingLine"] as boolean,
    forbidSameDepartment: r["forbidSameDepartment"] as boolean,
    maxMenteesPerMentor: max as number,
    format: format as "one-to-one" | "group",
    ...(format === "group" ? { groupSize: groupSize as number } : {}),
  };
}
