/**
 * The JSON contract of the HR routes of the tab's API (/api/hr/...), shared by the routes and the front end.
 * Every route requires a verified token whose caller is an HR admin: 401 without a valid token, 403 for
 * anyone else. Errors are `{ code, message, fieldErrors? }` with the codes of core/errors.ts
 * (VALIDATION 400, FORBIDDEN 403, NOT_FOUND 404, CONFLICT / INVALID_TRANSITION 409, PRECONDITION_FAILED 412).
 *
 *   GET    /api/hr/access                                       → HrAccess (200 for HR, 403 otherwise)
 *   GET    /api/hr/waves                                        → { waves: WaveSummary[] }
 *   POST   /api/hr/waves                  WaveInput             → 201 WaveDetail
 *   GET    /api/hr/waves/:waveId                                → WaveDetail
 *   PATCH  /api/hr/waves/:waveId          Partial<WaveInput>    → WaveDetail (409 when the wave no longer allows it)
 *   POST   /api/hr/waves/:waveId/transition  { to: WaveState }  → WaveDetail (409 INVALID_TRANSITION with the reason)
 *   GET    /api/hr/waves/:waveId/participants                   → { participants: ParticipantRow[] }
 *   POST   /api/hr/waves/:waveId/participants   ParticipantInput → 201 ParticipantRow
 *   PATCH  /api/hr/waves/:waveId/participants/:participantId  Partial<ParticipantInput> → ParticipantRow
 *   POST   /api/hr/waves/:waveId/participants/:participantId/withdraw                 → ParticipantRow
 *   POST   /api/hr/waves/:waveId/participants/:participantId/vetting  VettingInput     → ParticipantRow
 *   POST   /api/hr/waves/:waveId/import/preview  { csv: string }  → ImportPreview (nothing saved)
 *   POST   /api/hr/waves/:waveId/import/commit   { csv: string }  → ImportResult | 400 { code, message, preview }
 *   POST   /api/hr/waves/:waveId/campaign        CampaignInput    → CampaignStatus (launches: wave → questionnaire)
 *   GET    /api/hr/waves/:waveId/campaign                         → CampaignStatus
 *   GET    /api/hr/waves/:waveId/analytics/needs                  → NeedsAnalytics
 */
import type { Language, LocalisedText } from "../../core/language";
import type { Role } from "../../core/participant";
import type { MatchingRules, WaveState } from "../../core/wave";

// The result types computed in core are the contract as they are: one definition, no drift.
export type { ImportPreview, ImportPreviewRow } from "../../core/enrolment-import";
export type { NeedsAnalytics } from "../../core/needs-analytics";
export type { CampaignStatusView as CampaignStatus } from "../../core/questionnaire-campaign";

export interface HrAccess {
  readonly hr: true;
  readonly displayName: string;
}

export interface WaveSummary {
  readonly id: string;
  readonly name: string;
  readonly state: WaveState;
  readonly startDate: string;
  readonly endDate: string;
  readonly mentees: number;
  readonly mentors: number;
}

export interface ThemeInput {
  readonly id: string;
  readonly labels: LocalisedText;
}

/** What HR edits in the wave editor. */
export interface WaveInput {
  readonly name: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly cadence: "monthly";
  readonly sessionMinutes: number;
  readonly reminderLeadDays: number;
  readonly defaultLanguage: Language;
  readonly themes: readonly ThemeInput[];
  readonly rules: MatchingRules;
}

export interface WaveDetail extends WaveInput {
  readonly id: string;
  readonly state: WaveState;
  /** The states HR may move the wave to now, each with whether it is allowed and, if not, why. */
  readonly transitions: ReadonlyArray<{
    readonly to: WaveState;
    readonly allowed: boolean;
    readonly reason?: string;
  }>;
  /** False once pairs are published: the rules and catalogue are then fixed. */
  readonly rulesEditable: boolean;
  readonly counts: {
    readonly mentees: number;
    readonly mentors: number;
    readonly approvedMentors: number;
    readonly trainedMentors: number;
    readonly withdrawn: number;
    readonly answered: number;
  };
}

export interface ParticipantInput {
  readonly email: string;
  readonly aadObjectId?: string;
  readonly displayName: string;
  readonly role: Role;
  readonly department: string;
  readonly managerEmail?: string;
  readonly site: string;
  readonly languages: readonly Language[];
  readonly motivation?: string;
  /** IANA zone ("Europe/Paris"): the person's local hours for reminders; "" in a PATCH clears it. */
  readonly timeZone?: string;
}

export interface ParticipantRow extends ParticipantInput {
  readonly id: string;
  readonly status: "active" | "withdrawn";
  /** Mentors only. */
  readonly vetting?: {
    readonly approval: "pending" | "approved" | "declined";
    readonly trainedAt?: string;
    readonly trainer?: boolean;
  };
  readonly questionnaire: "not-started" | "submitted";
  /** Whether the bot can reach them: "unknown" until the bot has a conversation with them. */
  readonly reachable: "yes" | "no" | "unknown";
}

export interface VettingInput {
  readonly approval?: "pending" | "approved" | "declined";
  /** true records the training as completed now; false clears it. */
  readonly trained?: boolean;
  readonly trainer?: boolean;
}

export interface ImportResult {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

export interface CampaignInput {
  /** ISO instant: answers are accepted until then. */
  readonly deadline: string;
  /** Days between reminders to non-respondents (at most two reminders). */
  readonly reminderIntervalDays: number;
}
