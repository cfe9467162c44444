/** The first card a participant sees: who they are in the programme, and the way into their questionnaire. */
import type { Language } from "../../core/language";
import type { Role } from "../../core/participant";
import type { BotTexts } from "../texts/bot-texts";
import { calendarDay, textsFor } from "../texts/catalogue";
import {
  adaptiveCard,
  CARD_VERBS,
  cardTitle,
  executeAction,
  textBlock,
  type AdaptiveCard,
} from "./adaptive-card";

export interface WelcomeCardData {
  readonly displayName: string;
  readonly role: Role;
  readonly waveName: string;
  /** ISO dates (yyyy-mm-dd), as on the wave. */
  readonly waveDates: { readonly startDate: string; readonly endDate: string };
  readonly questionnaire: { readonly status: "not-started" | "submitted"; readonly open: boolean };
  readonly participantId: string;
  readonly language: Language;
}

/** A greeting by first name, the participant's role and wave, and one button to their questionnaire. */
export function welcomeCard(data: WelcomeCardData): AdaptiveCard {
  const { questionnaire, language } = data;
  const texts = textsFor(language).welcome;
  const name = firstName(data.displayName);
  return adaptiveCard(
    [
      cardTitle(name === "" ? texts.greetingWithoutName : texts.greeting(name)),
      textBlock(texts.takingPart(data.waveName, data.role)),
      textBlock(
        texts.period(
          calendarDay(data.waveDates.startDate, language),
          calendarDay(data.waveDates.endDate, language),
        ),
        { isSubtle: true, spacing: "small" },
      ),
      textBlock(questionnaireStatus(texts, data.role, questionnaire)),
    ],
    [
      executeAction(
        buttonTitle(texts, questionnaire),
        CARD_VERBS.openQuestionnaire,
        { participantId: data.participantId },
        questionnaire.open && questionnaire.status === "not-started" ? "positive" : "default",
      ),
    ],
  );
}

/** "Claire" from "Claire Dubois", and from the directory's "Dubois, Claire" too. */
function firstName(displayName: string): string {
  const [last, first] = displayName.split(",", 2);
  const given = first !== undefined && first.trim() !== "" ? first : (last ?? "");
  return given.trim().split(/\s+/)[0] ?? "";
}

type WelcomeTexts = BotTexts["welcome"];

function questionnaireStatus(
  texts: WelcomeTexts,
  role: Role,
  questionnaire: WelcomeCardData["questionnaire"],
): string {
  if (!questionnaire.open) return texts.questionnaireClosed;
  return questionnaire.status === "submitted" ? texts.answersSaved : texts.firstStep(role);
}

function buttonTitle(texts: WelcomeTexts, questionnaire: WelcomeCardData["questionnaire"]): string {
  if (!questionnaire.open) return texts.seeAnswers;
  return questionnaire.status === "submitted" ? texts.seeOrEditAnswers : texts.answerQuestionnaire;
}
