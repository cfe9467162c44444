import type { EnrolmentView } from "../../../core/my-mentoring";
import type { DateFormats } from "./date-formats";
import { questionnaireNotYetOpen } from "./wording";

type Wave = EnrolmentView["wave"];
type Status = EnrolmentView["questionnaire"]["status"];

export const ASK_THE_BOT = "Answer it in chat with the Tandem bot: say 'questionnaire'.";

/** What the person can still do with their questionnaire: answer it, change it, or nothing (closed). */
export function questionnaireWindow(wave: Wave, status: Status, formats: DateFormats): string {
  const deadline = wave.questionnaireDeadline;
  if (wave.questionnaireOpen) {
    const until = deadline === undefined ? "It is open" : `It is open until ${formats.dateTime(deadline)}`;
    return status === "submitted"
      ? `${until}: to change your answers, say 'questionnaire' to the Tandem bot.`
      : `${until}.`;
  }
  if (questionnaireNotYetOpen(wave.state)) {
    return "It opens later in the wave: the Tandem bot will message you when it does.";
  }
  const closed = deadline === undefined ? "It is closed" : `It closed on ${formats.dateTime(deadline)}`;
  return status === "submitted"
    ? `${closed}: your answers are final.`
    : `${closed}. Contact your programme team if you still want to take part.`;
}
