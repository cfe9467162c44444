/**
 * The time zone Teams reports for a person (the client's `localTimezone`), kept as their participant zone
 * in every wave where they have none yet: reminders then fire at their local hours, and matching knows their
 * offset. A zone HR set is never overwritten; withdrawn people are left alone.
 */
import type { Identity } from "../participant";
import type { Repositories } from "../ports";
import { isTimeZone } from "./session-time";

/** Records `zone` where the person has no zone yet. */
export async function recordReportedTimeZone(
  repos: Pick<Repositories, "users" | "participants">,
  identity: Identity,
  zone: string | undefined,
): Promise<void> {
  if (!isTimeZone(zone)) return;
  const user = await repos.users.get(identity);
  for (const enrolment of user?.enrolments ?? []) {
    // Under the stored version: a zone HR sets meanwhile is never overwritten, nor is any other change lost.
    await repos.participants.update(enrolment.waveId, enrolment.participantId, (participant) => {
      if (participant.tenantId !== identity.tenantId || participant.status === "withdrawn") return undefined;
      if (isTimeZone(participant.timeZone)) return undefined;
      return { ...participant, timeZone: zone };
    });
  }
}
