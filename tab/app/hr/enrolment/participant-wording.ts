import type { BadgeProps } from "@fluentui/react-components";
import type { ImportPreviewRow, ParticipantRow } from "../../../api/hr-api-contract";

type Wording = { readonly label: string; readonly color: BadgeProps["color"] };

export const STATUS: Readonly<Record<ParticipantRow["status"], Wording>> = {
  active: { label: "Active", color: "success" },
  withdrawn: { label: "Withdrawn", color: "subtle" },
};

export const QUESTIONNAIRE: Readonly<Record<ParticipantRow["questionnaire"], Wording>> = {
  "not-started": { label: "Not answered", color: "warning" },
  submitted: { label: "Answered", color: "success" },
};

export const REACHABLE: Readonly<Record<ParticipantRow["reachable"], Wording>> = {
  yes: { label: "Yes", color: "success" },
  no: { label: "No", color: "danger" },
  unknown: { label: "Not yet known", color: "subtle" },
};

export const IMPORT_OUTCOME: Readonly<Record<ImportPreviewRow["outcome"], Wording>> = {
  new: { label: "New", color: "brand" },
  updated: { label: "Updated", color: "informative" },
  unchanged: { label: "Unchanged", color: "subtle" },
  error: { label: "Error", color: "danger" },
};

/** A value's wording, or the raw value for one this version does not know (a newer server). */
export function wordingOf<K extends string>(table: Readonly<Record<K, Wording>>, value: K): Wording {
  return table[value] ?? { label: String(value), color: "subtle" };
}
