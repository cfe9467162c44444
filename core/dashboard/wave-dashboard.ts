/**
 * HR's dashboard of one wave: the funnel, sessions held per month, pairs at risk, satisfaction, uplift per
 * theme and demand against supply. Built in a few linear passes over the wave's documents (Maps, no pair ×
 * session scans), from counts, dates and ratings only: notes and comments never enter it, and any figure
 * about fewer than 5 people is `{ suppressed: true }`.
 */
import type { FinalAssessment } from "../assessments/assessment";
import type { LocalisedText } from "../language";
import type { PublishedPair } from "../matching/published-pair";
import type { Participant, Role } from "../participant";
import type { QuestionnaireResponse } from "../questionnaire";
import { sessionPlan } from "../sessions/session-plan";
import type { CheckIn, MentoringSession } from "../sessions/session";
import type { Wave, WaveState } from "../wave";
import {
  satisfactionSummary,
  upliftPerTheme,
  type SatisfactionSummary,
  type ThemeUplift,
} from "./dashboard-assessments";
import { funnelCounts, funnelStages, type FunnelStage } from "./dashboard-funnel";
import {
  activityByPair,
  dashboardPairsAtRisk,
  heldPerMonth,
  type DashboardPairAtRisk,
  type MonthSessions,
} from "./dashboard-sessions";
import { themeDemandSupply, type ThemeDemandSupply } from "./theme-demand";

/** Everything of one wave the dashboard reads (the wave's partition). */
export interface DashboardData {
  readonly wave: Wave;
  readonly participants: readonly Participant[];
  readonly responses: readonly QuestionnaireResponse[];
  readonly pairs: readonly PublishedPair[];
  readonly sessions: readonly MentoringSession[];
  readonly checkIns: readonly CheckIn[];
  readonly assessments: readonly FinalAssessment[];
}

export interface WaveDashboard {
  readonly waveId: string;
  readonly waveName: string;
  readonly state: WaveState;
  readonly asOf: string;
  /** The wave's catalogue, for labelling themes in the reader's language. */
  readonly themes: readonly { readonly id: string; readonly labels: LocalisedText }[];
  readonly plannedSessions: number;
  readonly pairCount: number;
  readonly heldSessions: number;
  /** Held sessions per published pair (0 when none): comparable across waves of any size. */
  readonly heldPerPair: number;
  readonly funnel: readonly FunnelStage[];
  readonly sessionsPerMonth: readonly MonthSessions[];
  readonly pairsAtRisk: readonly DashboardPairAtRisk[];
  readonly satisfaction: SatisfactionSummary;
  readonly uplift: readonly ThemeUplift[];
  readonly overallUplift: ThemeUplift;
  readonly demandSupply: readonly ThemeDemandSupply[];
}

/** The wave's dashboard as of `now` (contract in the file comment). */
export function waveDashboard(data: DashboardData, now: Date): WaveDashboard {
  const { wave } = data;
  const participants = data.participants.filter((p) => p.waveId === wave.id);
  const roles = new Map<string, Role>(participants.map((p) => [p.id, p.role]));
  const pairs = data.pairs.filter((p) => p.waveId === wave.id);
  const responses = data.responses.filter((r) => r.waveId === wave.id);
  const assessments = data.assessments.filter((a) => a.waveId === wave.id);
  const activity = activityByPair(pairs, data.sessions, data.checkIns);
  const planned = sessionPlan(wave).length;
  // The sessions of the wave's pairs, gathered with a plain loop (flatMap over thousands of arrays is slow).
  const pairSessions: MentoringSession[] = [];
  for (const a of activity.values()) for (const s of a.sessions) pairSessions.push(s);

  const people = new Map<
    string,
    { answered: boolean; matched: boolean; heldSessions: number; assessed: boolean }
  >(participants.map((p) => [p.id, { answered: false, matched: false, heldSessions: 0, assessed: false }]));
  for (const r of responses) {
    const person = people.get(r.participantId);
    if (person !== undefined && r.answers.kind === roles.get(r.participantId)) person.answered = true;
  }
  let heldSessions = 0;
  for (const pair of pairs) {
    const held = activity.get(pair.id)?.held ?? 0;
    heldSessions += held;
    for (const id of [pair.mentorId, ...pair.menteeIds]) {
      const person = people.get(id);
      if (person === undefined) continue;
      person.matched = true;
      person.heldSessions = Math.max(person.heldSessions, held);
    }
  }
  for (const a of assessments) {
    const person = people.get(a.participantId);
    if (person !== undefined) person.assessed = true;
  }
  const uplift = upliftPerTheme(
    wave.themes.map((t) => t.id),
    responses,
    assessments,
    roles,
  );

  return {
    waveId: wave.id,
    waveName: wave.name,
    state: wave.state,
    asOf: now.toISOString(),
    themes: wave.themes.map((t) => ({ id: t.id, labels: t.labels })),
    plannedSessions: planned,
    pairCount: pairs.length,
    heldSessions,
    heldPerPair: pairs.length === 0 ? 0 : Math.round((heldSessions / pairs.length) * 100) / 100,
    funnel: funnelStages(funnelCounts(people.values(), planned)),
    sessionsPerMonth: heldPerMonth(wave, pairSessions),
    pairsAtRisk: dashboardPairsAtRisk(
      wave,
      pairs,
      activity,
      new Map(participants.map((p) => [p.id, p])),
      now,
    ),
    satisfaction: satisfactionSummary(assessments, roles),
    uplift: uplift.themes,
    overallUplift: uplift.overall,
    demandSupply: themeDemandSupply(wave, participants, responses),
  };
}
