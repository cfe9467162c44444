/**
 * The end-of-wave assessment routes of the tab's API. Errors are `{ code, message, fieldErrors? }` as in
 * hr-api-contract.ts.
 *
 * Participants (access "signed-in": 401 without a valid token; the caller is found from the verified
 * identity only — nothing in the body or the path names a participant, so no one can read or write
 * another person's assessment):
 *   GET /api/me/final-assessment                                    → FinalAssessmentView
 *       status "not-open" (no wave of the caller is closing or closed), "open" (closing: answers taken and
 *       changeable), "closed" (HR closed the wave: read-only)
 *   PUT /api/me/final-assessment
 *       { themes: [{ themeId, rating }], satisfaction, wouldRecommend, comment? }
 *                                                                   → { status: "saved" | "unchanged", view }
 *       400 VALIDATION with `fieldErrors` (field "theme:<id>", "themes", "satisfaction", "wouldRecommend",
 *       "comment"); 409 ASSESSMENT_CLOSED when the wave is not closing (not yet, or closed).
 *
 * HR only (access "hr": 401 without a valid token, 403 for anyone who is not an HR admin):
 *   GET /api/hr/waves/:waveId/assessments/summary                   → AssessmentResponseCounts
 *       counts only (enrolled / answered / not answered): never an answer, a comment or who answered.
 *       404 NOT_FOUND for a wave of another tenant or no wave at all.
 */
import {
  assessmentResponseCounts,
  type AssessmentResponseCounts,
} from "../../core/assessments/assessment-campaign";
import { AssessmentService, type AssessmentContext } from "../../core/assessments/assessment-service";
import { TandemError } from "../../core/errors";
import type { LocalisedText } from "../../core/language";
import type { Role } from "../../core/participant";
import type { Clock, Repositories } from "../../core/ports";
import type { WaveState } from "../../core/wave";
import { signedIn, type ApiRoute } from "./api-route";
import { bodyOf, pathParam } from "./request-fields";

export type { AssessmentResponseCounts } from "../../core/assessments/assessment-campaign";

/** The caller's final assessment as the tab shows it (own answers only). */
export interface FinalAssessmentView {
  readonly status: "not-open" | "open" | "closed";
  readonly wave?: { readonly id: string; readonly name: string; readonly state: WaveState };
  readonly role?: Role;
  /** The themes to rate again, with the caller's comfort at the start (1–5). */
  readonly themes: ReadonlyArray<{
    readonly themeId: string;
    readonly labels: LocalisedText;
    readonly baseline: number;
  }>;
  readonly answers: {
    readonly themes: ReadonlyArray<{ readonly themeId: string; readonly rating: number }>;
    readonly satisfaction: number;
    readonly wouldRecommend: boolean;
    readonly comment?: string;
    readonly submittedAt: string;
    readonly updatedAt: string;
  } | null;
}

/** The answer to a PUT: the assessment as stored, and whether anything changed. */
export interface FinalAssessmentSaved {
  readonly status: "saved" | "unchanged";
  readonly view: FinalAssessmentView;
}

/** The assessment routes (contract above). */
export function assessmentRoutes(deps: { repos: Repositories; clock: Clock }): ApiRoute[] {
  const service = new AssessmentService(deps.repos, deps.clock);
  return [
    {
      method: "GET",
      path: "/api/me/final-assessment",
      access: "signed-in",
      handle: async (r) => ({ status: 200, body: viewOf(await service.open(signedIn(r))) }),
    },
    {
      method: "PUT",
      path: "/api/me/final-assessment",
      access: "signed-in",
      handle: async (r) => {
        const body = bodyOf(r);
        const outcome = await service.submit(signedIn(r), {
          themes: body["themes"],
          satisfaction: body["satisfaction"],
          wouldRecommend: body["wouldRecommend"],
          comment: body["comment"],
        });
        const saved: FinalAssessmentSaved = { status: outcome.status, view: viewOf(outcome.context) };
        return { status: 200, body: saved };
      },
    },
    {
      method: "GET",
      path: "/api/hr/waves/:waveId/assessments/summary",
      access: "hr",
      handle: async (r) => ({
        status: 200,
        body: await summary(deps.repos, signedIn(r).tenantId, pathParam(r, "waveId")),
      }),
    },
  ];
}

function viewOf(context: AssessmentContext | undefined): FinalAssessmentView {
  if (context === undefined) return { status: "not-open", themes: [], answers: null };
  const { wave, participant, assessment } = context;
  return {
    status: context.open ? "open" : "closed",
    wave: { id: wave.id, name: wave.name, state: wave.state },
    role: participant.role,
    themes: context.baseline.map((b) => ({ themeId: b.themeId, labels: b.labels, baseline: b.baseline })),
    answers:
      assessment === undefined
        ? null
        : {
            themes: assessment.themes.map((t) => ({ themeId: t.themeId, rating: t.rating })),
            satisfaction: assessment.satisfaction,
            wouldRecommend: assessment.wouldRecommend,
            ...(assessment.comment !== undefined ? { comment: assessment.comment } : {}),
            submittedAt: assessment.submittedAt,
            updatedAt: assessment.updatedAt,
          },
  };
}

async function summary(
  repos: Repositories,
  tenantId: string,
  waveId: string,
): Promise<AssessmentResponseCounts> {
  const wave = await repos.waves.get(waveId);
  if (wave === undefined || wave.tenantId !== tenantId)
    throw new TandemError("NOT_FOUND", "There is no such wave.");
  const [participants, assessments] = await Promise.all([
    repos.participants.listByWave(waveId),
    repos.assessments.listByWave(waveId),
  ]);
  return assessmentResponseCounts(wave, participants, assessments);
}
