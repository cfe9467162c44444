import { isFinalOutcome, type DeliveryLog } from "../../core/delivery";
import { languageFromLocale } from "../../core/language";
import type { HrChannelDirectory } from "../../core/hr-channel/hr-channel";
import {
  summaryWeekDue,
  weeklySummary,
  weeklySummaryKey,
  SUMMARISED_STATES,
} from "../../core/hr-channel/weekly-summary";
import type { Clock, Repositories } from "../../core/ports";
import { weeklySummaryCard } from "../cards/weekly-summary-card";
import { cardMessage } from "../matching/pair-introduction-presenter";
import type { ProactiveSender } from "../proactive/proactive-sender";
import { hrChannelTextsFor } from "../texts/hr-channel-texts";

/**
 * Posts each running (or closing) wave's weekly progress summary to its tenant's HR channel, from Monday
 * 09:00 in the wave's time zone. The key names the wave and the ISO week, so the proactive sender's
 * delivery log lets it out once however often the scheduler runs, and on however many instances.
 */
export class WeeklySummaryRunner {
  constructor(
    private readonly deps: {
      repos: Repositories;
      channels: HrChannelDirectory;
      sender: ProactiveSender;
      /** Read first, so a week already posted costs one point read, not the wave's aggregation. */
      deliveries: DeliveryLog;
      clock: Clock;
    },
  ) {}

  /** Posts the wave's summary if this week's is due; returns how many messages were handed to the sender. */
  async runWave(waveId: string): Promise<number> {
    const { repos, channels, clock, sender, deliveries } = this.deps;
    const now = clock.now();
    const wave = await repos.waves.get(waveId);
    if (wave === undefined) return 0;
    const week = summaryWeekDue(wave, now);
    if (week === undefined) return 0;
    const key = weeklySummaryKey(wave.id, week);
    const record = await deliveries.get(key);
    if (record?.state === "completed" && isFinalOutcome(record.outcome)) return 0;
    const channel = await channels.get(wave.tenantId);
    if (channel === undefined) return 0;
    const [pairs, sessions, checkIns, participants, responses, assessments] = await Promise.all([
      repos.pairs.listByWave(waveId),
      repos.sessions.listByWave(waveId),
      repos.checkIns.listByWave(waveId),
      repos.participants.listByWave(waveId),
      repos.responses.listByWave(waveId),
      repos.assessments.listByWave(waveId),
    ]);
    const summary = weeklySummary(
      { wave, pairs, sessions, checkIns, participants, responses, assessments },
      now,
    );
    const locale = channel.conversationReference["locale"];
    const language =
      wave.defaultLanguage ?? languageFromLocale(typeof locale === "string" ? locale : undefined) ?? "en";
    await sender.send(
      cardMessage(
        key,
        channel.conversationReference,
        hrChannelTextsFor(language).preview(wave.name),
        weeklySummaryCard(summary, language),
      ),
    );
    return 1;
  }

  /** Posts every summarised wave's summary that is due (called by the scheduler). */
  async runAll(): Promise<void> {
    for (const wave of await this.deps.repos.waves.list())
      if (SUMMARISED_STATES.includes(wave.state)) await this.runWave(wave.id);
  }
}
