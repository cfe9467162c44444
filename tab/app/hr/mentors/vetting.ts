import type { ParticipantRow } from "../../../api/hr-api-contract";
import type { HrTexts } from "../../texts/hr-texts";

export type Approval = NonNullable<ParticipantRow["vetting"]>["approval"];

/** A mentor HR approved and who completed the training: the only kind matching may use (core's rule). */
export function isMatchable(mentor: ParticipantRow): boolean {
  return (
    mentor.status !== "withdrawn" &&
    mentor.vetting?.approval === "approved" &&
    mentor.vetting.trainedAt !== undefined
  );
}

/** Why a mentor cannot be matched yet, in HR's words; undefined when they can. */
export function notMatchableBecause(mentor: ParticipantRow, texts: HrTexts["mentors"]): string | undefined {
  if (mentor.status === "withdrawn") return texts.whyWithdrawn;
  const approval = mentor.vetting?.approval ?? "pending";
  const trained = mentor.vetting?.trainedAt !== undefined;
  if (approval === "declined") return texts.whyDeclined;
  if (approval === "pending" && !trained) return texts.whyApprovalAndTraining;
  if (approval === "pending") return texts.whyApproval;
  if (!trained) return texts.whyTraining;
  return undefined;
}
