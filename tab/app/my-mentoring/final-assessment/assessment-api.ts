import type { FinalAssessmentSaved, FinalAssessmentView } from "../../../api/assessment-routes";
import { isRecord, requestJson, unexpectedAnswer } from "../../backend/tandem-api";

const URL_ME = "/api/me/final-assessment";

/** The caller's answers as the form holds them, sent as the PUT body. */
export interface AssessmentAnswers {
  readonly themes: ReadonlyArray<{ readonly themeId: string; readonly rating: number }>;
  readonly satisfaction: number | undefined;
  readonly wouldRecommend: boolean | undefined;
  readonly comment: string;
}

/** GET my final assessment (own answers only). */
export async function fetchFinalAssessment(
  token: string,
  signal?: AbortSignal,
): Promise<FinalAssessmentView> {
  const body = await requestJson(URL_ME, { headers: { Authorization: `Bearer ${token}` }, signal });
  if (!isRecord(body) || typeof body.status !== "string") throw unexpectedAnswer();
  return body as unknown as FinalAssessmentView;
}

/** PUT my answers; a refusal comes back as an ApiError (400 with field errors, 409 when closed). */
export async function saveFinalAssessment(
  token: string,
  answers: AssessmentAnswers,
): Promise<FinalAssessmentSaved> {
  const body = await requestJson(URL_ME, {
    method: "PUT",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify(answers),
  });
  if (!isRecord(body) || !isRecord(body.view)) throw unexpectedAnswer();
  return body as unknown as FinalAssessmentSaved;
}
