import { DateTime } from "luxon";
import { DAY_MS, HOUR_MS, MIN, localInstant, type ScriptAction, type ScriptPair } from "./wave-script";

/**
 * The reminders a wave script must produce, worked out from the script alone (its own reading of the
 * rules, not core's code): for each session occurrence (a session at one start time, from its booking to
 * its move or cancellation) and for each pair's stretches without a held session. A scheduler that runs
 * every `step` ms sends a reminder at the first tick at or after it is due, with the script's actions up to
 * that tick already applied.
 */
export interface ExpectedReminder {
  /** `kind|handle|start|participant` or `kind|pair|since|period|participant-or-hr`. */
  readonly identity: string;
  readonly dueAt: number;
  readonly sentAt: number;
}

export interface SimulationRules {
  readonly step: number;
  readonly end: number;
  readonly waveEnd: number;
  readonly leadDays: number;
  readonly stallDays: number;
  readonly sessionMinutes: number;
  readonly zoneOf: (participantId: string) => string;
}

interface Occurrence {
  handle: string;
  pair: ScriptPair;
  start: number;
  bookedAt: number;
  /** When it stopped being this occurrence (moved or cancelled); Infinity if never. */
  until: number;
  checkIns: Map<string, number>;
  heldAt?: number;
}

export function expectedReminders(
  pairs: readonly ScriptPair[],
  actions: readonly ScriptAction[],
  rules: SimulationRules,
): ExpectedReminder[] {
  const tick = (t: number): number => Math.ceil(t / rules.step) * rules.step;
  const { occurrences } = replay(pairs, actions, rules);
  const expected: ExpectedReminder[] = [];
  const add = (identity: string, dueAt: number, from: number, until: number, expires: number): void => {
    const sentAt = Math.max(tick(from), tick(dueAt));
    if (sentAt < tick(until) && sentAt < expires && sentAt <= rules.end)
      expected.push({ identity, dueAt, sentAt });
  };

  for (const o of occurrences) {
    const members = [o.pair.mentor.id, o.pair.mentee.id];
    const startIso = new Date(o.start).toISOString();
    const before = (hour: number, days: number, participantId: string): number =>
      DateTime.fromMillis(o.start, { zone: rules.zoneOf(participantId) })
        .minus({ days })
        .set({ hour, minute: 0, second: 0, millisecond: 0 })
        .toMillis();
    const immediateOr = (nominal: number, notice: number): number | undefined => {
      const due = nominal >= o.bookedAt ? nominal : o.bookedAt <= o.start - notice ? o.bookedAt : undefined;
      return due !== undefined && due < o.start ? due : undefined;
    };
    const prepare = immediateOr(before(9, rules.leadDays, o.pair.mentor.id), 2 * HOUR_MS);
    if (prepare !== undefined)
      add(`prepare|${o.handle}|${startIso}|${o.pair.mentor.id}`, prepare, o.bookedAt, o.until, o.start);
    for (const member of members) {
      const sameDay = immediateOr(before(8, 0, member), HOUR_MS);
      if (sameDay !== undefined)
        add(`same-day|${o.handle}|${startIso}|${member}`, sameDay, o.bookedAt, o.until, o.start);
      const checkInDue = o.start + (rules.sessionMinutes + 15) * MIN;
      const sentAt = Math.max(tick(o.bookedAt), tick(checkInDue));
      const answered = o.checkIns.get(member);
      if (answered === undefined || tick(answered) > sentAt)
        add(
          `check-in|${o.handle}|${startIso}|${member}`,
          checkInDue,
          o.bookedAt,
          o.until,
          checkInDue + 7 * DAY_MS,
        );
    }
  }

  for (const pair of pairs) {
    // Anchors: publication, then each held session's start from the tick its first "held" check-in lands.
    const changes = occurrences
      .filter((o) => o.pair.id === pair.id && o.heldAt !== undefined)
      .map((o) => ({ from: tick(o.heldAt ?? 0), start: o.start }))
      .sort((a, b) => a.from - b.from);
    let anchor = pair.publishedAt;
    let from = 0;
    const segments: Array<{ anchor: number; from: number; until: number }> = [];
    for (const change of changes) {
      if (change.start <= anchor) continue;
      segments.push({ anchor, from, until: change.from });
      anchor = change.start;
      from = change.from;
    }
    segments.push({ anchor, from, until: Infinity });
    const stall = rules.stallDays * DAY_MS;
    for (const segment of segments) {
      for (let k = 1; segment.anchor + k * stall < rules.waveEnd; k++) {
        const due = segment.anchor + k * stall;
        const since = new Date(segment.anchor).toISOString();
        for (const who of [pair.mentor.id, pair.mentee.id, "hr"])
          add(
            `${who === "hr" ? "stall-hr" : "stall"}|${pair.id}|${since}|${k}|${who}`,
            due,
            segment.from,
            segment.until,
            due + 7 * DAY_MS,
          );
      }
    }
  }
  return expected;
}

/** Plays the script's actions into session occurrences, as the script meant them. */
function replay(
  pairs: readonly ScriptPair[],
  actions: readonly ScriptAction[],
  rules: SimulationRules,
): { occurrences: Occurrence[] } {
  const pairOf = new Map(pairs.map((p) => [p.id, p]));
  const proposals = new Map<string, { pair: ScriptPair; start: number }>();
  const current = new Map<string, Occurrence>();
  const occurrences: Occurrence[] = [];
  for (const action of actions) {
    switch (action.kind) {
      case "propose": {
        const pair = pairOf.get(action.pairId);
        if (pair === undefined) throw new Error(`unknown pair ${action.pairId}`);
        proposals.set(action.handle, {
          pair,
          start: localInstant(action.date, action.time, rules.zoneOf(action.by)),
        });
        break;
      }
      case "accept": {
        const proposal = proposals.get(action.handle);
        if (proposal === undefined) throw new Error(`accepting unknown ${action.handle}`);
        const o = {
          handle: action.handle,
          ...proposal,
          bookedAt: action.at,
          until: Infinity,
          checkIns: new Map(),
        };
        current.set(action.handle, o);
        occurrences.push(o);
        break;
      }
      case "reschedule": {
        const o = current.get(action.handle);
        if (o === undefined) throw new Error(`moving unknown ${action.handle}`);
        o.until = action.at;
        const start = localInstant(action.date, action.time, rules.zoneOf(action.by));
        const next = {
          handle: action.handle,
          pair: o.pair,
          start,
          bookedAt: action.at,
          until: Infinity,
          checkIns: new Map(),
        };
        current.set(action.handle, next);
        occurrences.push(next);
        break;
      }
      case "cancel": {
        const o = current.get(action.handle);
        if (o !== undefined) o.until = action.at;
        proposals.delete(action.handle);
        break;
      }
      case "check-in": {
        const o = current.get(action.handle);
        if (o === undefined) throw new Error(`checking in on unknown ${action.handle}`);
        if (!o.checkIns.has(action.by)) o.checkIns.set(action.by, action.at);
        if (action.outcome === "held" && o.heldAt === undefined) o.heldAt = action.at;
        break;
      }
    }
  }
  return { occurrences };
}
