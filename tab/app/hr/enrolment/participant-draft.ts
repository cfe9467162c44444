import type { Language } from "../../../../core/language";
import type { FieldError } from "../../backend/api-error";
import type { HrTexts } from "../../texts/hr-texts";
import { isKnownTimeZone, type TimeZoneTexts } from "../../texts/time-zone-texts";
import type { ParticipantInput, ParticipantRow } from "../../../api/hr-api-contract";

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** What the participant dialog edits: every field as typed (optional ones as ""). */
export type ParticipantDraft = Writable<Required<Omit<ParticipantInput, "languages">>> & {
  languages: readonly Language[];
};

export const emptyParticipant = (): ParticipantDraft => ({
  displayName: "",
  email: "",
  role: "mentee",
  department: "",
  site: "",
  managerEmail: "",
  aadObjectId: "",
  languages: ["fr"],
  motivation: "",
  timeZone: "",
});

export const draftFromParticipant = (person: ParticipantRow): ParticipantDraft => ({
  displayName: person.displayName,
  email: person.email,
  role: person.role,
  department: person.department,
  site: person.site,
  managerEmail: person.managerEmail ?? "",
  aadObjectId: person.aadObjectId ?? "",
  languages: person.languages,
  motivation: person.motivation ?? "",
  timeZone: person.timeZone ?? "",
});

const OPTIONAL = ["managerEmail", "aadObjectId", "motivation", "timeZone"] as const;

/** The input to POST: trimmed, optional fields left out when empty. */
export function participantInput(draft: ParticipantDraft): ParticipantInput {
  const input: Record<string, unknown> = {
    displayName: draft.displayName.trim(),
    email: draft.email.trim(),
    role: draft.role,
    department: draft.department.trim(),
    site: draft.site.trim(),
    languages: draft.languages,
  };
  for (const field of OPTIONAL) {
    if (draft[field].trim() !== "") input[field] = draft[field].trim();
  }
  return input as unknown as ParticipantInput;
}

/** The fields to PATCH: those that changed; a cleared optional field is sent as "" so the server clears it. */
export function participantChanges(
  before: ParticipantRow,
  draft: ParticipantDraft,
): Partial<ParticipantInput> {
  const next = participantInput(draft) as unknown as Record<string, unknown>;
  const old = participantInput(draftFromParticipant(before)) as unknown as Record<string, unknown>;
  const changes: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(next), ...Object.keys(old)])) {
    if (JSON.stringify(next[key]) !== JSON.stringify(old[key])) changes[key] = next[key] ?? "";
  }
  return changes as Partial<ParticipantInput>;
}

/** Missing required fields and an unknown time zone, caught before a round trip. */
export function checkParticipant(
  draft: ParticipantDraft,
  texts: HrTexts["participantDialog"],
  zoneTexts: TimeZoneTexts,
): FieldError[] {
  const errors: FieldError[] = [];
  const zone = draft.timeZone.trim();
  if (zone !== "" && !isKnownTimeZone(zone)) errors.push({ field: "timeZone", message: zoneTexts.invalid });
  if (draft.displayName.trim() === "") errors.push({ field: "displayName", message: texts.nameMissing });
  if (!/^[^\s@]+@[^\s@]+$/.test(draft.email.trim()))
    errors.push({ field: "email", message: texts.emailInvalid });
  if (draft.languages.length === 0) errors.push({ field: "languages", message: texts.noLanguage });
  return errors;
}
