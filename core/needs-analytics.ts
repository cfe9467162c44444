import type { Language } from "./language";
import type { Participant, Role } from "./participant";
import {
  MAX_NEEDS,
  type MenteeAnswers,
  type MentorAnswers,
  type QuestionnaireResponse,
} from "./questionnaire";
import { themeLabel } from "./theme";
import type { Wave } from "./wave";

/** HR's needs analysis of a wave: what mentees ask for against what mentors offer, theme by theme. */
export interface NeedsAnalytics {
  /** Active participants enrolled in the wave, by role. */
  readonly mentees: number;
  readonly mentors: number;
  /** Active participants whose saved answers match their current role. */
  readonly menteesAnswered: number;
  readonly mentorsAnswered: number;
  /** The wave's catalogue in its order, then themes answered but since removed from it. */
  readonly themes: readonly ThemeNeeds[];
}

export interface ThemeNeeds {
  readonly themeId: string;
  /** In the requested language; the bare id for a theme no longer in the catalogue. */
  readonly label: string;
  /** Share (0–1) of answering mentees who ranked it first / anywhere in their top 3; 0 when none answered. */
  readonly firstChoiceShare: number;
  readonly top3Share: number;
  readonly menteesTop3: number;
  /**
   * Mentors offering the theme, and the sum of their capacities. This is potential supply, not an
   * allocation: a mentor with capacity 2 offering three themes counts 2 on each of them.
   */
  readonly mentorsOffering: number;
  readonly supply: number;
  /** supply − menteesTop3: negative when demand outruns supply. */
  readonly gap: number;
}

export interface NeedsAnalyticsInput {
  readonly wave: Wave;
  readonly participants: readonly Participant[];
  readonly responses: readonly QuestionnaireResponse[];
  readonly language: Language;
}

interface Tally {
  firstChoice: number;
  top3: number;
  mentorsOffering: number;
  supply: number;
}

/**
 * Aggregates a wave's questionnaire answers into demand and supply per theme. Withdrawn people, other
 * waves' records and answers given under a role the participant no longer has are left out.
 */
export function needsAnalytics(input: NeedsAnalyticsInput): NeedsAnalytics {
  const { wave, language } = input;
  const active = input.participants.filter((p) => p.waveId === wave.id && p.status !== "withdrawn");
  const answers = currentAnswers(wave.id, active, input.responses);
  const menteeAnswers = answers.filter((a): a is MenteeAnswers => a.kind === "mentee");
  const mentorAnswers = answers.filter((a): a is MentorAnswers => a.kind === "mentor");

  const tallies = new Map<string, Tally>(wave.themes.map((t) => [t.id, emptyTally()]));
  const tallyOf = (themeId: string): Tally => {
    let tally = tallies.get(themeId);
    if (tally === undefined) {
      tally = emptyTally();
      tallies.set(themeId, tally);
    }
    return tally;
  };
  for (const answer of menteeAnswers) {
    const ranked = distinct(answer.needs.slice(0, MAX_NEEDS).map((n) => n.themeId));
    ranked.forEach((themeId, rank) => {
      const tally = tallyOf(themeId);
      tally.top3++;
      if (rank === 0) tally.firstChoice++;
    });
  }
  for (const answer of mentorAnswers) {
    for (const themeId of distinct(answer.skills.map((s) => s.themeId))) {
      const tally = tallyOf(themeId);
      tally.mentorsOffering++;
      tally.supply += answer.capacity;
    }
  }

  const answered = menteeAnswers.length;
  const share = (count: number): number => (answered === 0 ? 0 : count / answered);
  const row = (themeId: string, label: string, tally: Tally): ThemeNeeds => ({
    themeId,
    label,
    firstChoiceShare: share(tally.firstChoice),
    top3Share: share(tally.top3),
    menteesTop3: tally.top3,
    mentorsOffering: tally.mentorsOffering,
    supply: tally.supply,
    gap: tally.supply - tally.top3,
  });
  const catalogued = new Set(wave.themes.map((t) => t.id));
  const retired = [...tallies.keys()].filter((id) => !catalogued.has(id)).sort();

  return {
    mentees: active.filter((p) => p.role === "mentee").length,
    mentors: active.filter((p) => p.role === "mentor").length,
    menteesAnswered: answered,
    mentorsAnswered: mentorAnswers.length,
    themes: [
      ...wave.themes.map((t) => row(t.id, themeLabel(t, language), tallyOf(t.id))),
      ...retired.map((id) => row(id, id, tallyOf(id))),
    ],
  };
}

/** One set of answers per active participant: their latest response of this wave, given under their current role. */
function currentAnswers(
  waveId: string,
  active: readonly Participant[],
  responses: readonly QuestionnaireResponse[],
): QuestionnaireResponse["answers"][] {
  const roles = new Map<string, Role>(active.map((p) => [p.id, p.role]));
  const latest = new Map<string, QuestionnaireResponse>();
  for (const response of responses) {
    const role = roles.get(response.participantId);
    if (response.waveId !== waveId || role === undefined) continue;
    if (response.role !== role || response.answers.kind !== role) continue;
    const kept = latest.get(response.participantId);
    if (kept === undefined || response.revision > kept.revision) latest.set(response.participantId, response);
  }
  return [...latest.values()].map((r) => r.answers);
}

function emptyTally(): Tally {
  return { firstChoice: 0, top3: 0, mentorsOffering: 0, supply: 0 };
}

function distinct(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
