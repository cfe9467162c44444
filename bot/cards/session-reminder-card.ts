/** The same-day reminder to every member: the time in the reader's zone, who they meet, the meeting link. */
import type { Language } from "../../core/language";
import { sessionTextsFor, sessionTime } from "../texts/session-texts";
import {
  adaptiveCard,
  cardTitle,
  plainText,
  textBlock,
  type AdaptiveCard,
  type CardAction,
} from "./adaptive-card";

export interface SessionReminderCardData {
  /** ISO instant of the session's start. */
  readonly start: string;
  /** The reader's IANA zone. */
  readonly timeZone: string;
  /** The other members' names. */
  readonly others: readonly string[];
  /** The Teams meeting link (https), when set. */
  readonly meetingUrl?: string;
  readonly language: Language;
}

/** Today's time and the others' names; a "Join" button when the pair set a meeting link. */
export function sessionReminderCard(data: SessionReminderCardData): AdaptiveCard {
  const texts = sessionTextsFor(data.language);
  const time = sessionTime(data.start, data.timeZone, data.language);
  const link =
    data.meetingUrl !== undefined && data.meetingUrl.startsWith("https://") ? data.meetingUrl : undefined;
  const actions: CardAction[] =
    link === undefined ? [] : [{ type: "Action.OpenUrl", title: texts.joinMeeting, url: link }];
  return adaptiveCard(
    [
      cardTitle(texts.sameDayTitle),
      textBlock(`${texts.todayAt(time)} (${data.timeZone})`),
      textBlock(texts.withWhom(data.others.map(plainText).join(", "))),
      ...(link === undefined ? [textBlock(texts.noMeetingLink, { isSubtle: true })] : []),
    ],
    actions,
  );
}
