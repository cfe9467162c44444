import type { EnrolmentView } from "../../../core/my-mentoring";
import type { TabTexts } from "../texts/tab-texts";
import type { DateFormats } from "./date-formats";
import { questionnaireNotYetOpen } from "./wording";

type Wave = EnrolmentView["wave"];
type Status = EnrolmentView["questionnaire"]["status"];

/** What the person can still do with their questionnaire: answer it, change it, or nothing (closed). */
export function questionnaireWindow(
  wave: Wave,
  status: Status,
  formats: DateFormats,
  texts: TabTexts,
): string {
  const words = texts.questionnaire;
  const deadline =
    wave.questionnaireDeadline === undefined ? undefined : formats.dateTime(wave.questionnaireDeadline);
  if (wave.questionnaireOpen)
    return status === "submitted" ? words.openToChange(deadline) : words.open(deadline);
  if (questionnaireNotYetOpen(wave.state)) return words.opensLater;
  return status === "submitted" ? words.closedFinal(deadline) : words.closedContactTeam(deadline);
}
