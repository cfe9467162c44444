import type { OutgoingMessage } from "../../core/delivery";
import type { Participant } from "../../core/participant";
import type { Clock, Repositories } from "../../core/ports";
import type { SchedulerLease } from "../../core/scheduler-lease";
import { dueReminders } from "../../core/sessions/reminder-schedule";
import type { DueReminder } from "../../core/sessions/reminder-kinds";
import type { SessionNotes } from "../../core/sessions/session-notes";
import { pairMembers } from "../../core/matching/published-pair";
import { cardMessage, conversationOf, memberLanguage } from "../matching/pair-introduction-presenter";
import type { ProactiveSender } from "../proactive/proactive-sender";
import { previousSession, reminderCard, type PairFacts } from "./session-reminder-presenter";

/** The lease that lets one server instance at a time send the reminders. */
export const REMINDER_LEASE_NAME = "session-reminders";

/** Who this instance is, and how long its hold on the reminders lasts after each run starts. */
export interface ReminderLeaseHold {
  readonly lease: SchedulerLease;
  readonly holder: string;
  readonly ttlMs: number;
}

/**
 * Sends the nudges that keep a running wave alive: asks the pure schedule what is due now and hands one
 * message per due reminder (its key = the reminder's key) to the proactive sender, whose delivery log
 * sends each key once. People without an object id or a stored conversation are skipped (a later run
 * reaches them while the reminder is still worth sending). With a lease, only its holder runs.
 */
export class SessionReminderRunner {
  constructor(
    private readonly deps: {
      repos: Repositories;
      sender: ProactiveSender;
      clock: Clock;
      lease?: ReminderLeaseHold;
    },
  ) {}

  /** Sends what is due for one wave; returns how many messages were handed to the sender. */
  async runWave(waveId: string): Promise<number> {
    if (!(await this.holdsLease())) return 0;
    return this.sendDue(waveId);
  }

  /** Sends what is due for every running wave (called by the scheduler). */
  async runAll(): Promise<void> {
    if (!(await this.holdsLease())) return;
    for (const wave of await this.deps.repos.waves.list())
      if (wave.state === "running") await this.sendDue(wave.id);
  }

  private async holdsLease(): Promise<boolean> {
    const hold = this.deps.lease;
    if (hold === undefined) return true;
    return hold.lease.tryAcquire(REMINDER_LEASE_NAME, hold.holder, this.deps.clock.now(), hold.ttlMs);
  }

  private async sendDue(waveId: string): Promise<number> {
    const { repos, clock } = this.deps;
    const wave = await repos.waves.get(waveId);
    if (wave?.state !== "running") return 0;
    const [pairs, sessions, checkIns, participants] = await Promise.all([
      repos.pairs.listByWave(waveId),
      repos.sessions.listByWave(waveId),
      repos.checkIns.listByWave(waveId),
      repos.participants.listByWave(waveId),
    ]);
    const due = dueReminders({ wave, pairs, sessions, checkIns, participants }, clock.now()).filter(
      (r): r is DueReminder & { participantId: string } => r.participantId !== undefined,
    );
    if (due.length === 0) return 0;
    const people = new Map(participants.map((p) => [p.id, p]));
    const responses = await repos.responses.listByWave(waveId);
    const references = new Map<string, Readonly<Record<string, unknown>> | undefined>();
    const reach = async (p: Participant) => {
      if (!references.has(p.id)) references.set(p.id, await conversationOf(repos, p));
      return references.get(p.id);
    };
    const notes = new Map<string, SessionNotes | undefined>();
    const notesOf = async (sessionId: string) => {
      if (!notes.has(sessionId)) notes.set(sessionId, (await repos.notes.get(waveId, sessionId))?.value);
      return notes.get(sessionId);
    };

    const messages: OutgoingMessage[] = [];
    for (const reminder of due) {
      const reader = people.get(reminder.participantId);
      const pair = pairs.find((p) => p.id === reminder.pairId);
      if (reader === undefined || pair === undefined) continue;
      const reference = await reach(reader);
      if (reference === undefined) continue;
      const session = sessions.find((s) => s.id === reminder.sessionId);
      const before = session === undefined ? undefined : previousSession(session, sessions);
      const previousNotes =
        reminder.kind === "prepare" && before !== undefined ? await notesOf(before.id) : undefined;
      const userIds: string[] = [];
      for (const id of pairMembers(pair)) {
        const member = people.get(id);
        const user = member === undefined ? undefined : (await reach(member))?.["user"];
        const userId = (user as { id?: unknown } | undefined)?.id;
        if (typeof userId === "string") userIds.push(userId);
      }
      const facts: PairFacts = {
        wave,
        pair,
        people,
        sessions,
        responses,
        userIds,
        ...(previousNotes !== undefined ? { previousNotes } : {}),
      };
      const language = memberLanguage(reader, wave, reference["locale"]);
      const built = reminderCard(reminder, reader, facts, language);
      if (built !== undefined) messages.push(cardMessage(reminder.key, reference, built.text, built.card));
    }
    if (messages.length > 0) await this.deps.sender.sendAll(messages);
    return messages.length;
  }
}
