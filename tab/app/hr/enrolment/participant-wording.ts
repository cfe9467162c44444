import type { BadgeProps } from "@fluentui/react-components";
import type { ImportPreviewRow, ParticipantRow } from "../../../api/hr-api-contract";

type Colours<K extends string> = Readonly<Record<K, BadgeProps["color"]>>;

/** Badge colours; the words come from the catalogue (hr.participantsTable, hr.csvImport.outcomes). */
export const STATUS: Colours<ParticipantRow["status"]> = { active: "success", withdrawn: "subtle" };

export const QUESTIONNAIRE: Colours<ParticipantRow["questionnaire"]> = {
  "not-started": "warning",
  submitted: "success",
};

export const REACHABLE: Colours<ParticipantRow["reachable"]> = {
  yes: "success",
  no: "danger",
  unknown: "subtle",
};

export const IMPORT_OUTCOME: Colours<ImportPreviewRow["outcome"]> = {
  new: "brand",
  updated: "informative",
  unchanged: "subtle",
  error: "danger",
};

/** A value's word and colour, or the raw value for one this version does not know (a newer server). */
export function wordingOf<K extends string>(
  labels: Readonly<Record<K, string>>,
  colours: Colours<K>,
  value: K,
): { readonly label: string; readonly color: BadgeProps["color"] } {
  return { label: labels[value] ?? String(value), color: colours[value] ?? "subtle" };
}
