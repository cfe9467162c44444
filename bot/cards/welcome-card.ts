/** The first card a participant sees: who they are in the programme, and the way into their questionnaire. */
import type { Role } from "../../core/participant";
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
}

const ROLE_IN_PLAIN_WORDS: Readonly<Record<Role, string>> = {
  mentee: "a mentee: an executive being coached by a digital mentor",
  mentor: "a mentor: a digital mentor coaching an executive",
};

/** A greeting by first name, the participant's role and wave, and one button to their questionnaire. */
export function welcomeCard(data: WelcomeCardData): AdaptiveCard {
  const { questionnaire } = data;
  const name = firstName(data.displayName);
  return adaptiveCard(
    [
      cardTitle(name === "" ? "Hi" : `Hi ${name}`),
      textBlock(`You're taking part in ${data.waveName} as ${ROLE_IN_PLAIN_WORDS[data.role]}.`),
      textBlock(`${day(data.waveDates.startDate)} to ${day(data.waveDates.endDate)}`, {
        isSubtle: true,
        spacing: "small",
      }),
      textBlock(questionnaireStatus(data.role, questionnaire)),
    ],
    [
      executeAction(
        buttonTitle(questionnaire),
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

function questionnaireStatus(role: Role, questionnaire: WelcomeCardData["questionnaire"]): string {
  if (!questionnaire.open) return "The questionnaire is closed, so answers can no longer be changed.";
  if (questionnaire.status === "submitted") {
    return "Your answers are saved. You can change them until the questionnaire closes.";
  }
  return role === "mentee"
    ? "First step: tell us which digital needs you'd like help with."
    : "First step: tell us which digital skills you'd like to share.";
}

function buttonTitle(questionnaire: WelcomeCardData["questionnaire"]): string {
  if (!questionnaire.open) return "See my answers";
  return questionnaire.status === "submitted" ? "See or edit my answers" : "Answer the questionnaire";
}

const DAY_FORMAT = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "3 March 2025" from "2025-03-03"; a date that does not parse is shown as given. */
function day(isoDate: string): string {
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  return Number.isNaN(time) ? isoDate : DAY_FORMAT.format(time);
}
