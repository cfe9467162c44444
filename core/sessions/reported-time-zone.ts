/**
 * The time zone Teams reports for a person (the client's `localTimezone`), kept as their participant zone
 * in every wave where they have none yet: reminders then fire at their local hours, and matching knows their
 * offset. A zone HR set is never overwritten; withdrawn people are left alone.
 */
import type { Identity } from "../participant";
import type { Repositories } from "../ports";
import { isTimeZone } from "./session-time";

/** Records `zone` where the person has no zone yet; answers how many participant records it set. */
export async function recordReportedTimeZone(
  repos: Pick<Repositories, "users" | "participants">,
  identity: Identity,
  zone: string | undefined,
): Promise<number> {
  if (!isTimeZone(zone)) return 0;
  const user = await repos.users.get(identity);
  let recorded = 0;
  for (const enrolment of user?.enrolments ?? []) {
    const participant = await repos.participants.get(enrolment.waveId, enrolment.participantId);
    if (participant === undefined || participant.tenantId !== identity.tenantId) continue;
    if (participant.status === "withdrawn" || isTimeZone(participant.timeZone)) continue;
    await repos.participants.save({ ...participant, timeZone: zone });
    recorded++;
  }
  return recorded;
}
