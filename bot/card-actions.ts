import { hasErrorCode, TandemError } from "../core/errors";
import type { Identity } from "../core/participant";
import type { QuestionnaireService } from "../core/questionnaire-service";
import { CARD_VERBS, type AdaptiveCard } from "./cards/adaptive-card";
import { noticeCard } from "./cards/notice-card";
import { questionnaireSummaryCard } from "./cards/questionnaire-summary-card";
import { cardValues, parseQuestionnaireSubmission } from "./questionnaire-card-inputs";
import { editableQuestionnaire, notEnrolledCard, questionnaireFor } from "./questionnaire-presenter";

/** Handles one Action.Execute verb for an authenticated clicker and returns the card that replaces the clicked one. */
export type CardActionHandler = (identity: Identity, data: unknown) => Promise<AdaptiveCard>;

/**
 * The verb table of every Action.Execute button the bot sends. `data` is attacker-controlled
 * (SECURITY-NOTES §3): handlers reload state from the store for the clicker's own identity.
 */
export function cardActions(questionnaires: QuestionnaireService): ReadonlyMap<string, CardActionHandler> {
  return new Map<string, CardActionHandler>([
    [CARD_VERBS.openQuestionnaire, async (identity) => questionnaireFor(await questionnaires.open(identity))],
    [
      CARD_VERBS.editQuestionnaire,
      async (identity) => {
        const context = await questionnaires.open(identity);
        return context.open ? editableQuestionnaire(context) : questionnaireFor(context);
      },
    ],
    [
      CARD_VERBS.submitQuestionnaire,
      async (identity, data) => {
        try {
          const outcome = await questionnaires.submit(identity, parseQuestionnaireSubmission(data));
          const { wave, participant, response, open } = outcome.context;
          return questionnaireSummaryCard({ wave, participant, response, open, status: outcome.status });
        } catch (error) {
          if (!hasErrorCode(error, "VALIDATION")) throw error;
          const context = await questionnaires.open(identity);
          return editableQuestionnaire(context, { values: cardValues(data), errors: error.fieldErrors });
        }
      },
    ],
  ]);
}

/** The card shown when a domain rule refuses an action (not enrolled, closed, someone else's card). */
export function refusalCard(error: TandemError, name: string | undefined): AdaptiveCard {
  switch (error.code) {
    case "NOT_ENROLLED":
      return notEnrolledCard(name);
    case "QUESTIONNAIRE_CLOSED":
      return noticeCard({
        title: "The questionnaire is closed",
        text: `${error.message} Your answers were not saved.`,
        tone: "attention",
      });
    default:
      return noticeCard({ title: "Not saved", text: error.message, tone: "attention" });
  }
}
