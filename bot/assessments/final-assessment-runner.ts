import {
  assessmentMessageKey,
  dueAssessmentMessages,
  type AssessmentMessageKind,
} from "../../core/assessments/assessment-campaign";
import { baselineThemes } from "../../core/assessments/assessment-service";
import type { DeliveryLog, OutgoingMessage } from "../../core/delivery";
import type { Clock, Repositories } from "../../core/ports";
import { cardMessage, conversationOf, memberLanguage } from "../matching/pair-introduction-presenter";
import type { ProactiveSender } from "../proactive/proactive-sender";
import { firstName } from "../questionnaire-presenter";
import { assessmentTextsFor } from "../texts/assessment-texts";
import { assessmentCardFor } from "./final-assessment-presenter";

/**
 * Sends the end-of-wave assessment while a wave is closing: the card to every active participant the bot
 * can reach who has not answered, then reminders 3 and 7 days after their card to those who still have
 * not, through the one proactive sender (each message key goes out once, however often this runs and on
 * however many servers). Reminders are timed from the card's recorded delivery, so someone reached late
 * is not reminded early.
 */
export class FinalAssessmentRunner {
  constructor(
    private readonly deps: {
      repos: Repositories;
      deliveries: DeliveryLog;
      sender: ProactiveSender;
      clock: Clock;
    },
  ) {}

  /** Sends what is due now for one wave; returns how many messages were handed to the sender. */
  async runWave(waveId: string): Promise<number> {
    const { repos, deliveries, clock } = this.deps;
    // "Now" is taken before reading who has answered: a run that read the answers a while ago must not
    // judge them against a later time (it would remind someone who answered in between).
    const now = clock.now();
    const wave = await repos.waves.get(waveId);
    if (wave?.state !== "closing") return 0;
    const [participants, assessments, responses] = await Promise.all([
      repos.participants.listByWave(waveId),
      repos.assessments.listByWave(waveId),
      repos.responses.listByWave(waveId),
    ]);
    const sentAt = new Map<string, Date>();
    for (const p of participants) {
      const record = await deliveries.get(assessmentMessageKey(waveId, p.id, "initial"));
      if (record?.state === "completed" && record.outcome.status === "sent")
        sentAt.set(p.id, new Date(record.completedAt));
    }
    const due = dueAssessmentMessages({
      wave,
      participants,
      assessments,
      initialSentAt: (id) => sentAt.get(id),
      now,
    });
    const byId = new Map(participants.map((p) => [p.id, p]));
    const messages: OutgoingMessage[] = [];
    for (const message of due) {
      const participant = byId.get(message.participantId);
      if (participant === undefined) continue;
      const reference = await conversationOf(repos, participant);
      if (reference === undefined) continue; // not installed: a later run reaches them once they are
      const language = memberLanguage(participant, wave, reference["locale"]);
      const response = responses.find((r) => r.participantId === participant.id);
      const card = assessmentCardFor(
        { wave, participant, open: true, baseline: baselineThemes(wave, response) },
        language,
      );
      const text = notification(message.kind, firstName(participant.displayName), wave.name, language);
      messages.push(cardMessage(message.key, reference, text, card));
    }
    if (messages.length > 0) await this.deps.sender.sendAll(messages);
    return messages.length;
  }

  /** Runs every wave that is closing (called by the scheduler). */
  async runAll(): Promise<void> {
    for (const wave of await this.deps.repos.waves.list()) {
      if (wave.state === "closing") await this.runWave(wave.id);
    }
  }
}

function notification(
  kind: AssessmentMessageKind,
  name: string,
  waveName: string,
  language: Parameters<typeof assessmentTextsFor>[0],
): string {
  const texts = assessmentTextsFor(language);
  return kind === "initial" ? texts.invitation(name, waveName) : texts.reminder(name, waveName);
}
