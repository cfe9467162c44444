import { CardFactory } from "botbuilder";
import type { DeliveryLog, DeliveryRecord, OutgoingMessage } from "../../core/delivery";
import { chooseLanguage, type Language } from "../../core/language";
import { preferredLanguage, type Participant } from "../../core/participant";
import type { Clock, Repositories } from "../../core/ports";
import {
  campaignMessageKey,
  dueCampaignMessages,
  type CampaignDeliveryFacts,
  type CampaignMessageKind,
} from "../../core/questionnaire-campaign";
import { isQuestionnaireOpen, type Wave } from "../../core/wave";
import type { ProactiveSender } from "../proactive/proactive-sender";
import { firstName, questionnaireFor } from "../questionnaire-presenter";
import { calendarDay, textsFor } from "../texts/catalogue";

const KINDS: readonly CampaignMessageKind[] = ["initial", "reminder-1", "reminder-2"];

/**
 * Sends the questionnaire campaign: the questionnaire card to every enrolled participant the bot can
 * reach, then reminders to those who have not answered, through the one proactive sender (which makes
 * each message key go out once, however often this runs and on however many servers).
 */
export class QuestionnaireCampaignRunner {
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
    const { repos, clock } = this.deps;
    const wave = await repos.waves.get(waveId);
    if (wave === undefined) return 0;
    const participants = await repos.participants.listByWave(wave.id);
    const responses = await repos.responses.listByWave(wave.id);
    const answered = new Set(responses.map((r) => r.participantId));
    const byId = new Map(participants.map((p) => [p.id, p]));
    const now = clock.now();
    const messages: OutgoingMessage[] = [];
    for (const due of dueCampaignMessages(wave, participants, answered, now)) {
      const participant = byId.get(due.participantId);
      if (participant?.aadObjectId === undefined) continue;
      const user = await repos.users.get({
        tenantId: participant.tenantId,
        aadObjectId: participant.aadObjectId,
      });
      if (user?.conversationReference === undefined) continue; // shown to HR as "not installed"
      if (due.kind !== "initial" && (await this.isUnreachable(participant))) continue; // 403/404 are final
      const response = responses.find((r) => r.participantId === participant.id);
      const locale = user.conversationReference["locale"];
      const language = chooseLanguage({
        locale: typeof locale === "string" ? locale : undefined,
        waveDefault: wave.defaultLanguage,
        participantLanguage: preferredLanguage(participant),
      });
      const card = questionnaireFor(
        { wave, participant, open: isQuestionnaireOpen(wave, now), ...(response ? { response } : {}) },
        language,
      );
      messages.push({
        key: due.key,
        conversationReference: user.conversationReference,
        activity: {
          type: "message",
          text: invitation(due.kind, participant, wave, language),
          attachments: [CardFactory.adaptiveCard(card)],
        },
      });
    }
    if (messages.length > 0) await this.deps.sender.sendAll(messages);
    return messages.length;
  }

  /** Runs every wave whose campaign is under way (called by the scheduler). */
  async runAll(): Promise<void> {
    for (const wave of await this.deps.repos.waves.list()) {
      if (wave.state === "questionnaire" && wave.campaign !== undefined) await this.runWave(wave.id);
    }
  }

  private async isUnreachable(participant: Participant): Promise<boolean> {
    const { outcomes } = await this.facts(participant);
    return Object.values(outcomes).some((o) => o === "blocked" || o === "not-installed");
  }

  /** What HR's campaign status needs to know about one participant. */
  async facts(participant: Participant): Promise<CampaignDeliveryFacts> {
    const user =
      participant.aadObjectId === undefined
        ? undefined
        : await this.deps.repos.users.get({
            tenantId: participant.tenantId,
            aadObjectId: participant.aadObjectId,
          });
    const outcomes: Partial<Record<CampaignMessageKind, "sent" | "blocked" | "not-installed" | "other">> = {};
    for (const kind of KINDS) {
      const record = await this.deps.deliveries.get(
        campaignMessageKey(participant.waveId, participant.id, kind),
      );
      const outcome = summary(record);
      if (outcome !== undefined) outcomes[kind] = outcome;
    }
    return { hasConversation: user?.conversationReference !== undefined, outcomes };
  }
}

function summary(
  record: DeliveryRecord | undefined,
): "sent" | "blocked" | "not-installed" | "other" | undefined {
  if (record === undefined) return undefined;
  if (record.state !== "completed") return "other";
  const outcome = record.outcome;
  if (outcome.status === "sent") return "sent";
  if (outcome.status === "unreachable" && outcome.reason !== "bad-reference") return outcome.reason;
  return "other";
}

function invitation(
  kind: CampaignMessageKind,
  participant: Participant,
  wave: Wave,
  language: Language,
): string {
  const texts = textsFor(language).campaign;
  const name = firstName(participant.displayName);
  const deadline = wave.campaign ? calendarDay(wave.campaign.deadline, language) : "";
  return kind === "initial"
    ? texts.invitation(name, wave.name, deadline)
    : texts.reminder(name, wave.name, deadline);
}
