import { hasErrorCode, TandemError } from "../core/errors";
import type { Language } from "../core/language";
import type { ProposerTimeZone } from "../core/matching/first-session";
import type { Identity } from "../core/participant";
import type { QuestionnaireService } from "../core/questionnaire-service";
import { CARD_VERBS, type AdaptiveCard } from "./cards/adaptive-card";
import { noticeCard } from "./cards/notice-card";
import { questionnaireSummaryCard } from "./cards/questionnaire-summary-card";
import { proposeFirstSessionAction, type FirstSessionActionDeps } from "./matching/first-session-action";
import { cardValues, parseQuestionnaireSubmission } from "./questionnaire-card-inputs";
import {
  editableQuestionnaire,
  languageFor,
  notEnrolledCard,
  questionnaireFor,
} from "./questionnaire-presenter";
import { textsFor } from "./texts/catalogue";

/**
 * Handles one Action.Execute verb for an authenticated clicker and returns the card that replaces the
 * clicked one, in the language chosen from `locale` (the clicker's Teams locale) and their wave; `zone`
 * is where the clicker's clock stands (for dates and times typed into a card).
 */
export type CardActionHandler = (
  identity: Identity,
  data: unknown,
  locale: string | undefined,
  zone: ProposerTimeZone,
) => Promise<AdaptiveCard>;

/**
 * The verb table of every Action.Execute button the bot sends. `data` is attacker-controlled
 * (SECURITY-NOTES §3): handlers reload state from the store for the clicker's own identity.
 */
export function cardActions(
  questionnaires: QuestionnaireService,
  firstSessions: FirstSessionActionDeps,
): ReadonlyMap<string, CardActionHandler> {
  return new Map<string, CardActionHandler>([
    [CARD_VERBS.proposeFirstSession, proposeFirstSessionAction(firstSessions)],
    [
      CARD_VERBS.openQuestionnaire,
      async (identity, _data, locale) => {
        const context = await questionnaires.open(identity);
        return questionnaireFor(context, languageFor(context, locale));
      },
    ],
    [
      CARD_VERBS.editQuestionnaire,
      async (identity, _data, locale) => {
        const context = await questionnaires.open(identity);
        const language = languageFor(context, locale);
        return context.open ? editableQuestionnaire(context, language) : questionnaireFor(context, language);
      },
    ],
    [
      CARD_VERBS.submitQuestionnaire,
      async (identity, data, locale) => {
        try {
          const outcome = await questionnaires.submit(identity, parseQuestionnaireSubmission(data));
          const { wave, participant, response, open } = outcome.context;
          const language = languageFor(outcome.context, locale);
          return questionnaireSummaryCard({
            wave,
            participant,
            response,
            open,
            status: outcome.status,
            language,
          });
        } catch (error) {
          if (!hasErrorCode(error, "VALIDATION")) throw error;
          const context = await questionnaires.open(identity);
          return editableQuestionnaire(context, languageFor(context, locale), {
            values: cardValues(data),
            errors: error.fieldErrors,
          });
        }
      },
    ],
  ]);
}

/** The card shown when a domain rule refuses an action (not enrolled, closed, someone else's card). */
export function refusalCard(error: TandemError, name: string | undefined, language: Language): AdaptiveCard {
  const texts = textsFor(language).notices;
  switch (error.code) {
    case "NOT_ENROLLED":
      return notEnrolledCard(name, language);
    case "QUESTIONNAIRE_CLOSED":
      return noticeCard({
        title: texts.closedTitle,
        text: texts.closedRefusal(error.message),
        tone: "attention",
      });
    case "FORBIDDEN":
      return noticeCard({
        title: texts.notSavedTitle,
        text: texts.forbidden(error.message),
        tone: "attention",
      });
    default:
      return noticeCard({
        title: texts.notSavedTitle,
        text: texts.otherRefusal(error.message),
        tone: "attention",
      });
  }
}
