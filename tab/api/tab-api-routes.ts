import { hasErrorCode } from "../../core/errors";
import { myMentoringView } from "../../core/my-mentoring";
import type { QuestionnaireService } from "../../core/questionnaire-service";
import { signedIn, type ApiRoute } from "./api-route";

/** What the front end needs to know before signing in. */
export interface TabClientConfig {
  readonly mode: "local" | "production";
  readonly devSignIn: boolean;
  readonly clientId: string;
}

/** The tab's own API: "My mentoring" and the client configuration. */
export function tabApiRoutes(deps: {
  questionnaires: QuestionnaireService;
  clientConfig: TabClientConfig;
}): ApiRoute[] {
  return [
    {
      method: "GET",
      path: "/api/config",
      access: "public",
      handle: async () => ({ status: 200, body: deps.clientConfig }),
    },
    {
      method: "GET",
      path: "/api/me",
      access: "signed-in",
      handle: async (request) => {
        const identity = signedIn(request);
        try {
          const context = await deps.questionnaires.open(identity);
          return { status: 200, body: myMentoringView(identity.name ?? "", context) };
        } catch (error) {
          if (!hasErrorCode(error, "NOT_ENROLLED")) throw error;
          // No wave under way: the last one they took part in, if HR closed it (their programme is over).
          const past = await deps.questionnaires.openLastClosed(identity);
          return { status: 200, body: myMentoringView(identity.name ?? "", past) };
        }
      },
    },
  ];
}
