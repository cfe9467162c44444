/**
 * The weekly progress summary HR's channel receives for each running wave: counts and response rates only,
 * each suppressed when it describes fewer than MIN_PEOPLE_SHOWN people (the channel's audience may be wider
 * than HR's admins). When it is due: Monday 09:00 in the wave's time zone, once per ISO week.
 */
import { DateTime } from "luxon";
import { pairMembers } from "../matching/published-pair";
import type { Wave } from "../wave";
import type { FinalAssessment } from "../assessments/assessment";
import type { QuestionnaireResponse } from "../questionnaire";
import { pairsAtRisk } from "../sessions/pair-stall";
import type { ReminderData } from "../sessions/reminder-kinds";
import { waveTimeZone } from "../sessions/session-time";
import { MIN_RATINGS_SHOWN } from "../sessions/wave-progress";

/** Below this many people a figure could point at someone: it is shown as "fewer than 5". */
export const MIN_PEOPLE_SHOWN = MIN_RATINGS_SHOWN;

/** The waves whose channel gets a summary: pairs meet (running) or final answers come in (closing). */
export const SUMMARISED_STATES: readonly Wave["state"][] = ["running", "closing"];

/** When the summary goes out: this weekday (ISO, 1 = Monday) and local hour. */
export const SUMMARY_WEEKDAY = 1;
export const SUMMARY_HOUR = 9;

/** A count, or only the fact that the group it describes is too small to show. */
export type SummaryFigure =
  { readonly suppressed: true } | { readonly suppressed: false; readonly value: number };

/** A response rate: how many of how many, in whole percent. */
export type SummaryRate =
  | { readonly suppressed: true }
  | {
      readonly suppressed: false;
      readonly percent: number;
      readonly answered: number;
      readonly asked: number;
    };

export interface WeeklySummary {
  readonly waveId: string;
  readonly waveName: string;
  /** ISO week the summary is for, e.g. "2027-W12". */
  readonly week: string;
  readonly pairs: SummaryFigure;
  /** Sessions held in the seven days before the summary's Monday 00:00 (wave's zone). */
  readonly heldLastWeek: SummaryFigure;
  readonly heldTotal: SummaryFigure;
  readonly pairsAtRisk: SummaryFigure;
  readonly questionnaireRate: SummaryRate;
  /** Final assessments: only once the wave is closing (before, nobody was asked). */
  readonly assessmentRate?: SummaryRate;
}

export interface WeeklySummaryData extends ReminderData {
  readonly responses: readonly QuestionnaireResponse[];
  readonly assessments: readonly FinalAssessment[];
}

/** The ISO week whose summary is due at `now`, or undefined before Monday 09:00 (wave's zone) or for a wave not summarised. */
export function summaryWeekDue(wave: Wave, now: Date): string | undefined {
  if (!SUMMARISED_STATES.includes(wave.state)) return undefined;
  const local = DateTime.fromJSDate(now, { zone: waveTimeZone(wave) });
  const sendAt = local.startOf("week").set({ weekday: SUMMARY_WEEKDAY, hour: SUMMARY_HOUR });
  if (local < sendAt) return undefined;
  return local.toFormat("kkkk-'W'WW");
}

/** The delivery key of a wave's summary for one ISO week: the proactive sender posts each key once. */
export function weeklySummaryKey(waveId: string, week: string): string {
  return `hr-weekly:${waveId}:${week}`;
}

/** The summary of the wave as of `now` (its week is the ISO week containing `now`, in the wave's zone). */
export function weeklySummary(data: WeeklySummaryData, now: Date): WeeklySummary {
  const { wave } = data;
  const local = DateTime.fromJSDate(now, { zone: waveTimeZone(wave) });
  const weekStart = local.startOf("week").toMillis();
  const lastWeekStart = local.startOf("week").minus({ weeks: 1 }).toMillis();
  const active = data.participants.filter((p) => p.status !== "withdrawn");
  const activeIds = new Set(active.map((p) => p.id));
  const pairIds = new Set(data.pairs.map((p) => p.id));
  const inPairs = new Set(data.pairs.flatMap(pairMembers)).size;
  const held = data.sessions.filter((s) => pairIds.has(s.pairId) && s.status === "held");
  const heldLastWeek = held.filter((s) => {
    const at = Date.parse(s.start);
    return at >= lastWeekStart && at < weekStart;
  });
  const figure = (value: number): SummaryFigure =>
    inPairs < MIN_PEOPLE_SHOWN ? { suppressed: true } : { suppressed: false, value };
  const answeredQuestionnaire = new Set(data.responses.map((r) => r.participantId));
  const assessed = new Set(data.assessments.map((a) => a.participantId));
  return {
    waveId: wave.id,
    waveName: wave.name,
    week: local.toFormat("kkkk-'W'WW"),
    pairs: figure(data.pairs.length),
    heldLastWeek: figure(heldLastWeek.length),
    heldTotal: figure(held.length),
    pairsAtRisk: figure(wave.state === "running" ? pairsAtRisk(data, now).length : 0),
    questionnaireRate: rate(active.filter((p) => answeredQuestionnaire.has(p.id)).length, active.length),
    ...(wave.state === "closing"
      ? { assessmentRate: rate([...assessed].filter((id) => activeIds.has(id)).length, active.length) }
      : {}),
  };
}

/** A rate over `asked` people, suppressed when fewer than MIN_PEOPLE_SHOWN were asked or answered. */
function rate(answered: number, asked: number): SummaryRate {
  if (asked < MIN_PEOPLE_SHOWN || answered < MIN_PEOPLE_SHOWN) return { suppressed: true };
  return { suppressed: false, percent: Math.round((answered / asked) * 100), answered, asked };
}
