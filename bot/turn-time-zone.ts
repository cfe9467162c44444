import type { Activity } from "botbuilder";
import type { ProposerTimeZone } from "../core/matching/first-session";

/**
 * Where the sender's clock stands, as the Teams client states it: its IANA zone (`localTimezone`), else the
 * offset of its local timestamp ("2027-01-12T18:00:00.000+01:00"). Empty when the client said neither (UTC).
 */
export function timeZoneOf(activity: Partial<Activity>): ProposerTimeZone {
  const zone = activity.localTimezone;
  // botbuilder keeps the client's own text of localTimestamp (with its offset) here when it parses the activity.
  const raw = (activity as { rawLocalTimestamp?: unknown }).rawLocalTimestamp;
  const offset = typeof raw === "string" ? /([+-])(\d{2}):(\d{2})$/.exec(raw) : null;
  return {
    ...(typeof zone === "string" && zone !== "" ? { timeZone: zone } : {}),
    ...(offset === null
      ? {}
      : { utcOffsetMinutes: (offset[1] === "-" ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) }),
  };
}
