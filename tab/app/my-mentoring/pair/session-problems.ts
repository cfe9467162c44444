import type { SessionProblem, SessionRefusal } from "../../../api/session-routes";
import { ApiError } from "../../backend/api-error";
import type { SessionsTexts } from "../../texts/sessions-texts";

/** A refused session change in the reader's language, from its structured problems (or the server's message). */
export function refusalText(error: unknown, words: SessionsTexts): string {
  if (!(error instanceof ApiError)) return words.actionFailed;
  const body = error.body as Partial<SessionRefusal> | undefined;
  if (error.status !== 400 || !Array.isArray(body?.problems)) return `${words.actionFailed} ${error.message}`;
  return body.problems.map((p) => problemText(p, words)).join(" ");
}

function problemText(problem: SessionProblem, words: SessionsTexts): string {
  const p = words.problems;
  switch (problem.field) {
    case "wave":
      return p.wave;
    case "date":
      if (problem.reason === "missing") return p.dateMissing;
      if (problem.reason === "outside-wave") return p.dateOutsideWave;
      return problem.reason === "in-the-past" ? p.dateInPast : p.dateInvalid;
    case "time":
      return p.timeInvalid;
    case "reason":
      return problem.reason === "missing" ? p.reasonMissing : p.reasonTooLong;
    case "meetingUrl":
      return p.meetingUrl;
    case "session":
      if (problem.reason === "own-proposal") return p.ownProposal;
      if (problem.reason === "plan-full") return p.planFull;
      return problem.reason === "cancelled" || problem.reason === "held" ? p.sessionClosed : p.other;
    default:
      return p.other;
  }
}
