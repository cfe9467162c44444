/**
 * The wave's funnel: how many people reached each step, from enrolment to completion. Each step counts the
 * people who reached it AND every earlier one, so the funnel never grows from one step to the next.
 */
import { peopleFigure, shareFigure, type Figure } from "./dashboard-figures";

export const FUNNEL_STAGES = [
  "enrolled",
  "answered",
  "matched",
  "firstSessionHeld",
  "fourSessionsHeld",
  "completed",
] as const;
export type FunnelStageId = (typeof FUNNEL_STAGES)[number];

/** Held sessions from which a pair counts as engaged (the "4+ sessions" step). */
export const ENGAGED_SESSIONS = 4;

/** One step: its people (suppressed below 5) and their share of everyone enrolled. */
export interface FunnelStage {
  readonly stage: FunnelStageId;
  readonly people: Figure;
  readonly shareOfEnrolled: Figure;
}

/** What the funnel needs to know about one enrolled person. */
export interface FunnelPerson {
  readonly answered: boolean;
  readonly matched: boolean;
  /** The most sessions held by any of their pairs (a mentor may have several). */
  readonly heldSessions: number;
  readonly assessed: boolean;
}

/**
 * The furthest step a person reached (0 = enrolled). "Completed" means 4+ sessions held and, in addition,
 * either every planned session held or the final assessment submitted.
 */
export function stageReached(person: FunnelPerson, plannedSessions: number): number {
  const passed = [
    person.answered,
    person.matched,
    person.heldSessions >= 1,
    person.heldSessions >= ENGAGED_SESSIONS,
    person.heldSessions >= Math.max(plannedSessions, 1) || person.assessed,
  ];
  let reached = 0;
  while (reached < passed.length && passed[reached] === true) reached++;
  return reached;
}

/** How many people reached each step (unsuppressed: for the figures below and for tests). */
export function funnelCounts(people: Iterable<FunnelPerson>, plannedSessions: number): number[] {
  const counts: number[] = FUNNEL_STAGES.map(() => 0);
  for (const person of people) {
    const reached = stageReached(person, plannedSessions);
    for (let step = 0; step <= reached; step++) counts[step] = (counts[step] ?? 0) + 1;
  }
  return counts;
}

/** The funnel as HR sees it: each step's people and share, suppressed below 5 people. */
export function funnelStages(counts: readonly number[]): FunnelStage[] {
  const enrolled = counts[0] ?? 0;
  return FUNNEL_STAGES.map((stage, i) => ({
    stage,
    people: peopleFigure(counts[i] ?? 0),
    shareOfEnrolled: shareFigure(counts[i] ?? 0, enrolled),
  }));
}
