import type { FieldError } from "../core/errors";
import { chooseLanguage, type Language } from "../core/language";
import { preferredLanguage } from "../core/participant";
import type { QuestionnaireContext } from "../core/questionnaire-service";
import { themeLabel } from "../core/theme";
import { findTheme } from "../core/wave";
import type { AdaptiveCard } from "./cards/adaptive-card";
import { menteeQuestionnaireCard } from "./cards/mentee-questionnaire-card";
import { mentorQuestionnaireCard } from "./cards/mentor-questionnaire-card";
import { noticeCard } from "./cards/notice-card";
import { questionnaireSummaryCard } from "./cards/questionnaire-summary-card";
import { welcomeCard } from "./cards/welcome-card";
import { answersAsCardValues } from "./questionnaire-card-inputs";
import { textsFor } from "./texts/catalogue";
import { localisedFieldErrors } from "./texts/field-error-text";

/** The language to speak to a participant in: their Teams locale, else the wave's default, else their own. */
export function languageFor(context: QuestionnaireContext | undefined, locale: string | undefined): Language {
  return chooseLanguage({
    locale,
    waveDefault: context?.wave.defaultLanguage,
    participantLanguage: context === undefined ? undefined : preferredLanguage(context.participant),
  });
}

/** The welcome card for an enrolled participant. */
export function welcomeFor(context: QuestionnaireContext, language: Language): AdaptiveCard {
  const { participant, wave } = context;
  return welcomeCard({
    displayName: participant.displayName,
    role: participant.role,
    waveName: wave.name,
    waveDates: { startDate: wave.startDate, endDate: wave.endDate },
    questionnaire: { status: context.response ? "submitted" : "not-started", open: context.open },
    participantId: participant.id,
    language,
  });
}

/**
 * The card that answers "questionnaire": the blank questionnaire while it is open and unanswered,
 * otherwise the saved answers (with Edit while open), or a notice once it closed unanswered.
 */
export function questionnaireFor(context: QuestionnaireContext, language: Language): AdaptiveCard {
  if (context.response) {
    return questionnaireSummaryCard({
      wave: context.wave,
      participant: context.participant,
      response: context.response,
      open: context.open,
      language,
    });
  }
  if (!context.open) {
    const texts = textsFor(language).notices;
    return noticeCard({ title: texts.closedTitle, text: texts.closedNotYetOpen(context.wave.name) });
  }
  return editableQuestionnaire(context, language);
}

/** The questionnaire to fill in: pre-filled with saved answers, or with a refused submission and its errors. */
export function editableQuestionnaire(
  context: QuestionnaireContext,
  language: Language,
  refused?: { values: Record<string, string>; errors: readonly FieldError[] },
): AdaptiveCard {
  const { wave, participant } = context;
  const values =
    refused?.values ?? (context.response ? answersAsCardValues(context.response.answers) : undefined);
  const theme = (themeId: string): string => {
    const found = findTheme(wave, themeId);
    return found === undefined ? themeId : themeLabel(found, language);
  };
  const errors =
    refused === undefined
      ? undefined
      : localisedFieldErrors(refused.errors, textsFor(language), {
          mentee: participant.role === "mentee",
          theme,
        });
  const input = {
    wave,
    participant,
    language,
    ...(values ? { values } : {}),
    ...(errors ? { errors } : {}),
  };
  return participant.role === "mentee" ? menteeQuestionnaireCard(input) : mentorQuestionnaireCard(input);
}

/** What someone who is not enrolled is told, politely. */
export function notEnrolledCard(name: string | undefined, language: Language): AdaptiveCard {
  const texts = textsFor(language).notices;
  return noticeCard({ title: texts.hello(name ? firstName(name) : undefined), text: texts.notEnrolled });
}

export function firstName(displayName: string): string {
  return displayName.trim().split(/\s+/)[0] ?? displayName;
}
