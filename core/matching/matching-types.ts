import type { Language } from "../language";
import type { OfferedSkill, RankedNeed } from "../questionnaire";
import type { MatchingRules, MatchWeights } from "../wave";

/**
 * The matching engine's input and output. The input is independent of the store (the CLI builds it from
 * a file, the HR service from a wave), and every id in it is a participant id of the wave.
 */

/** What both sides share: who the person is and what the hard and soft rules look at. */
export interface MatchPerson {
  readonly id: string;
  readonly displayName: string;
  /** The same person across waves (their lower-cased email): how earlier pairs and reporting lines are found. */
  readonly personKey: string;
  readonly department?: string;
  readonly site?: string;
  /** UTC offset in minutes at the wave's start, when the person's time zone is known (soft fit only). */
  readonly utcOffsetMinutes?: number;
  /** Languages the person can hold a session in (at least one in common is required). */
  readonly languages: readonly Language[];
  /** Ids of the other side this person shortlisted (at most 3), in order of preference. */
  readonly shortlist?: readonly string[];
}

export interface MatchMentee extends MatchPerson {
  /** Ranked needs (first = top priority) with the mentee's comfort 1–5; empty when unanswered. */
  readonly needs: readonly RankedNeed[];
  /** The language the mentee prefers for sessions (must be among `languages`). */
  readonly preferredLanguage?: Language;
}

export interface MatchMentor extends MatchPerson {
  readonly skills: readonly OfferedSkill[];
  /** How many mentees this mentor may take in this wave (already capped by the wave's rules; 0 = none). */
  readonly capacity: number;
}

/** "manager manages person", by person keys; people outside the wave may appear (the whole line counts). */
export interface ReportingLink {
  readonly personKey: string;
  readonly managerKey: string;
}

/** Two people who were paired in an earlier wave, by person keys (in either role). */
export interface PastPair {
  readonly a: string;
  readonly b: string;
}

/** A pair kept as it is when pairs are proposed again: HR locked it, or both sides chose each other. */
export interface MatchLock {
  readonly menteeId: string;
  readonly mentorId: string;
  readonly origin: "hr" | "mutual";
}

export interface MatchingInput {
  readonly mentees: readonly MatchMentee[];
  readonly mentors: readonly MatchMentor[];
  readonly rules: MatchingRules;
  readonly weights: MatchWeights;
  readonly reportingLines: readonly ReportingLink[];
  readonly pastPairs: readonly PastPair[];
  readonly locks: readonly MatchLock[];
  /** Mentees HR took out of the proposal: left unmatched with reason "removed-by-hr". */
  readonly removedMenteeIds?: readonly string[];
}

/** Points per criterion (each 0..weight); their sum is the pair's score. */
export interface ScoreBreakdown {
  readonly topics: number;
  readonly level: number;
  readonly language: number;
  readonly site: number;
  readonly mutualChoice: number;
}

/** Why a pair scores what it scores, criterion by criterion; rendered into words by each front end. */
export type PairReason =
  | {
      readonly kind: "topic-covered";
      readonly themeId: string;
      readonly rank: number;
      readonly mentorLevel: number;
      readonly menteeComfort: number;
    }
  | { readonly kind: "topic-not-covered"; readonly themeId: string; readonly rank: number }
  | { readonly kind: "preferred-language"; readonly language: Language }
  | { readonly kind: "common-language"; readonly language: Language }
  | { readonly kind: "same-site"; readonly site: string }
  | { readonly kind: "time-zone-gap"; readonly hours: number }
  | { readonly kind: "mutual-choice" }
  | { readonly kind: "chosen-by-mentee" }
  | { readonly kind: "chosen-by-mentor" }
  | { readonly kind: "locked"; readonly origin: "hr" | "mutual" };

/** The hard rules, by name: why a pair is forbidden. */
export type HardRule = "no-common-language" | "reporting-line" | "same-department" | "met-before";

export interface ProposedPair {
  readonly menteeId: string;
  readonly mentorId: string;
  /** 0..Σ weights, higher is better: the sum of `breakdown`. */
  readonly score: number;
  /** What the solver minimised for this pair (an integer, lower is better: Σ weights − score). */
  readonly cost: number;
  readonly breakdown: ScoreBreakdown;
  readonly reasons: readonly PairReason[];
  readonly locked?: "hr" | "mutual";
}

/** Why a mentee is left without a mentor: every reason applies, so HR and the mentee know what to change. */
export type UnmatchedReason =
  /** Every mentor is ruled out by a hard rule; counts say how many mentors each rule excluded. */
  | { readonly kind: "no-allowed-mentor"; readonly excludedBy: Readonly<Record<HardRule, number>> }
  /** Allowed mentors exist, but the best assignment for the whole wave gives their places to others. */
  | { readonly kind: "not-enough-capacity"; readonly allowedMentors: number }
  | { readonly kind: "removed-by-hr" }
  /** Service level: the mentee has not answered the questionnaire. */
  | { readonly kind: "no-answers" };

export interface UnmatchedMentee {
  readonly menteeId: string;
  readonly reasons: readonly UnmatchedReason[];
}

/** A mentor without any mentee in the proposal, and why. */
export interface IdleMentor {
  readonly mentorId: string;
  readonly reason:
    | "not-needed" // room left, but every mentee is better placed elsewhere (or there are fewer mentees)
    | "no-allowed-mentee" // hard rules exclude every mentee
    | "no-answers" // service level: has not answered the questionnaire
    | "not-eligible"; // service level: not approved or not trained
}

export interface MatchResult {
  readonly pairs: readonly ProposedPair[];
  readonly unmatchedMentees: readonly UnmatchedMentee[];
  readonly idleMentors: readonly IdleMentor[];
  /** Σ pair costs; minimal among assignments that match as many mentees as possible. */
  readonly totalCost: number;
  readonly totalScore: number;
  /** True when optimality was proven against every allowed pair, not only the candidates. */
  readonly certified: boolean;
}
