import type { ParticipantRow } from "../../../api/hr-api-contract";

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
export function notMatchableBecause(mentor: ParticipantRow): string | undefined {
  if (mentor.status === "withdrawn") return "Withdrawn from the wave.";
  const approval = mentor.vetting?.approval ?? "pending";
  const trained = mentor.vetting?.trainedAt !== undefined;
  if (approval === "declined") return "Declined.";
  if (approval === "pending" && !trained) return "Needs your approval and the training.";
  if (approval === "pending") return "Needs your approval.";
  if (!trained) return "Needs to complete the training.";
  return undefined;
}
