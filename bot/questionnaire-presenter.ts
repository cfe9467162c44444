import type { FieldError } from "../core/errors";
import type { QuestionnaireContext } from "../core/questionnaire-service";
import type { AdaptiveCard } from "./cards/adaptive-card";
import { menteeQuestionnaireCard } from "./cards/mentee-questionnaire-card";
import { mentorQuestionnaireCard } from "./cards/mentor-questionnaire-card";
import { noticeCard } from "./cards/notice-card";
import { questionnaireSummaryCard } from "./cards/questionnaire-summary-card";
import { welcomeCard } from "./cards/welcome-card";
import { answersAsCardValues } from "./questionnaire-card-inputs";

/** The welcome card for an enrolled participant. */
export function welcomeFor(context: QuestionnaireContext): AdaptiveCard {
  const { participant, wave } = context;
  return welcomeCard({
    displayName: participant.displayName,
    role: participant.role,
    waveName: wave.name,
    waveDates: { startDate: wave.startDate, endDate: wave.endDate },
    questionnaire: { status: context.response ? "submitted" : "not-started", open: context.open },
    participantId: participant.id,
  });
}

/**
 * The card that answers "questionnaire": the blank questionnaire while it is open and unanswered,
 * otherwise the saved answers (with Edit while open), or a notice once it closed unanswered.
 */
export function questionnaireFor(context: QuestionnaireContext): AdaptiveCard {
  if (context.response) {
    return questionnaireSummaryCard({
      wave: context.wave,
      participant: context.participant,
      response: context.response,
      open: context.open,
    });
  }
  if (!context.open) {
    return noticeCard({
      title: "The questionnaire is closed",
      text: `The questionnaire of ${context.wave.name} is not open right now. Your HR programme team will tell you when it opens.`,
    });
  }
  return editableQuestionnaire(context);
}

/** The questionnaire to fill in: pre-filled with saved answers, or with a refused submission and its errors. */
export function editableQuestionnaire(
  context: QuestionnaireContext,
  refused?: { values: Record<string, string>; errors: readonly FieldError[] },
): AdaptiveCard {
  const { wave, participant } = context;
  const values =
    refused?.values ?? (context.response ? answersAsCardValues(context.response.answers) : undefined);
  const input = {
    wave,
    participant,
    ...(values ? { values } : {}),
    ...(refused ? { errors: [...refused.errors] } : {}),
  };
  return participant.role === "mentee" ? menteeQuestionnaireCard(input) : mentorQuestionnaireCard(input);
}

/** What someone who is not enrolled is told, politely. */
export function notEnrolledCard(name: string | undefined): AdaptiveCard {
  return noticeCard({
    title: name ? `Hello ${firstName(name)}` : "Hello",
    text:
      "You are not enrolled in a Tandem mentoring wave at the moment, so there is no questionnaire for you yet. " +
      "Your HR programme team enrols mentors and mentees for each wave; if you volunteered, they will add you and I will message you here.",
  });
}

export function firstName(displayName: string): string {
  return displayName.trim().split(/\s+/)[0] ?? displayName;
}
