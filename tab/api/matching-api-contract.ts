/**
 * The JSON contract of the matching routes of the tab's API, shared by the routes and the front end.
 * Errors are `{ code, message, fieldErrors? }` as in hr-api-contract.ts.
 *
 * HR (access "hr": 401 without a valid token, 403 for anyone not HR; 404 for a wave of another tenant):
 *   GET    /api/hr/waves/:waveId/matching                                     → MatchingView
 *   PUT    /api/hr/waves/:waveId/matching/weights     { weights: MatchWeights } → MatchingView (400 VALIDATION)
 *   POST   /api/hr/waves/:waveId/matching/propose     {}                        → MatchingView
 *          runs the engine on the wave's current data, keeping locked pairs (409 when the wave is not in
 *          its matching state or already published)
 *   POST   /api/hr/waves/:waveId/matching/swap        { menteeIds: [a, b] }     → MatchingView
 *          the two mentees exchange mentors (409 INVALID_TRANSITION with the hard rule it would break)
 *   POST   /api/hr/waves/:waveId/matching/assign      { menteeId, mentorId }    → MatchingView
 *          gives an unmatched (or matched) mentee this mentor (409 when full or forbidden, with why)
 *   POST   /api/hr/waves/:waveId/matching/remove      { menteeId }              → MatchingView
 *   POST   /api/hr/waves/:waveId/matching/lock        { menteeId }              → MatchingView
 *   POST   /api/hr/waves/:waveId/matching/unlock      { menteeId }              → MatchingView
 *   POST   /api/hr/waves/:waveId/matching/publish     {}                        → MatchingView
 *          writes each pair once, moves the wave to running; retrying after a failure finishes the same
 *          publication (idempotent); the bot then introduces each pair and tells the unmatched
 *
 * Participants (access "signed-in"; 404 NOT_ENROLLED when the caller is not in the wave):
 *   GET    /api/me/waves/:waveId/shortlist                                    → ShortlistView
 *   PUT    /api/me/waves/:waveId/shortlist            { choices: string[] }     → ShortlistView
 *          at most MAX_SHORTLIST ids of the other side, offered in `candidates` (400 VALIDATION otherwise;
 *          409 when the shortlist is closed: the wave is past its matching state)
 */
import type { Language } from "../../core/language";
import type {
  IdleMentor,
  PairReason,
  ScoreBreakdown,
  UnmatchedReason,
} from "../../core/matching/matching-types";
import type { MatchWeights, WaveState } from "../../core/wave";

export type { MatchWeights } from "../../core/wave";
export type { PairReason, ScoreBreakdown, UnmatchedReason } from "../../core/matching/matching-types";

/** A person as the matching table shows them. */
export interface MatchPersonView {
  readonly id: string;
  readonly displayName: string;
  readonly department: string;
  readonly site: string;
  readonly languages: readonly Language[];
}

export interface MatchPairView {
  readonly mentee: MatchPersonView;
  readonly mentor: MatchPersonView;
  readonly score: number;
  /** The highest score a pair can reach with these weights (Σ weights), to show "72 / 130" or a bar. */
  readonly maxScore: number;
  readonly breakdown: ScoreBreakdown;
  readonly reasons: readonly PairReason[];
  readonly locked?: "hr" | "mutual";
  /** Both shortlisted each other (HR may lock it). */
  readonly mutual: boolean;
}

export interface MatchingView {
  readonly waveId: string;
  readonly waveState: WaveState;
  readonly format: "one-to-one" | "group";
  readonly weights: MatchWeights;
  /** Whether "Propose pairs" is possible now, and if not why (plain words). */
  readonly canPropose: boolean;
  readonly proposeBlockedReason?: string;
  readonly canPublish: boolean;
  readonly publishBlockedReason?: string;
  /** Who the engine will consider: mentees who answered, eligible mentors who answered, their places. */
  readonly pool: {
    readonly mentees: number;
    readonly mentors: number;
    readonly places: number;
    /** Mutual shortlists found among the pool. */
    readonly mutualChoices: number;
  };
  readonly proposal: ProposalView | null;
  /** Set once published: how many pairs (or groups) were written. */
  readonly published: { readonly at: string; readonly pairs: number } | null;
}

export interface ProposalView {
  readonly generatedAt: string;
  readonly updatedAt: string;
  readonly pairs: readonly MatchPairView[];
  readonly unmatchedMentees: ReadonlyArray<{
    readonly mentee: MatchPersonView;
    readonly reasons: readonly UnmatchedReason[];
  }>;
  readonly idleMentors: ReadonlyArray<{
    readonly mentor: MatchPersonView;
    readonly reason: IdleMentor["reason"];
    /** Places this mentor still has. */
    readonly spare: number;
  }>;
  readonly totalScore: number;
  /** The engine's optimum for the same wave (HR edits can only lower the total score). */
  readonly optimalScore: number;
  readonly certified: boolean;
  readonly edited: boolean;
}

// The shortlist as core computes it is the contract as it is: one definition, no drift.
export type {
  ShortlistProfile as ShortlistCandidate,
  ShortlistState as ShortlistView,
} from "../../core/matching/shortlist-service";
