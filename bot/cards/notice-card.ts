/** A short message with a title: not enrolled, questionnaire closed, something went wrong. */
import { adaptiveCard, cardTitle, textBlock, type AdaptiveCard, type TextColor } from "./adaptive-card";

export interface NoticeCardData {
  readonly title: string;
  readonly text: string;
  /** "attention" for refusals and errors, "good" for confirmations. */
  readonly tone?: "default" | "attention" | "good";
}

const TITLE_COLORS: Readonly<Record<NonNullable<NoticeCardData["tone"]>, TextColor>> = {
  default: "default",
  attention: "attention",
  good: "good",
};

/** A title coloured by tone, then the explanation. */
export function noticeCard(data: NoticeCardData): AdaptiveCard {
  return adaptiveCard([cardTitle(data.title, TITLE_COLORS[data.tone ?? "default"]), textBlock(data.text)]);
}
