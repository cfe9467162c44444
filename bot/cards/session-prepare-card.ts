/**
 * The mentor's "prepare" card, a few days before a session: the mentee's goal, the pair's agreed topics
 * and the last session's open action items, each with a "Done" button. What people typed is plain text.
 */
import type { Language } from "../../core/language";
import { sessionTextsFor, sessionWhen } from "../texts/session-texts";
import {
  adaptiveCard,
  cardTitle,
  CARD_VERBS,
  executeAction,
  plainText,
  textBlock,
  type AdaptiveCard,
  type CardElement,
} from "./adaptive-card";

/** An open action item, and the session whose notes hold it. */
export interface OpenActionItem {
  readonly waveId: string;
  readonly sessionId: string;
  readonly itemId: string;
  readonly text: string;
}

export interface SessionPrepareCardData {
  readonly menteeName: string;
  /** The mentee's goal, in their words. */
  readonly goal?: string;
  /** Labels of the pair's agreed topics, in the reader's language. */
  readonly topics: readonly string[];
  readonly openItems: readonly OpenActionItem[];
  /** ISO instant of the session's start. */
  readonly start: string;
  /** The reader's IANA zone. */
  readonly timeZone: string;
  readonly language: Language;
}

/** The session's time, then the goal, the topics and the open items with a "Done" button each. */
export function sessionPrepareCard(data: SessionPrepareCardData): AdaptiveCard {
  const texts = sessionTextsFor(data.language);
  const goal = plainText(data.goal ?? "");
  const topics = data.topics.map(plainText).filter((t) => t !== "");
  const body: CardElement[] = [
    cardTitle(texts.prepareTitle(plainText(data.menteeName))),
    textBlock(texts.sessionOn(sessionWhen(data.start, data.timeZone, data.language)), { spacing: "small" }),
    textBlock(texts.goalTitle, { weight: "bolder", spacing: "medium" }),
    textBlock(goal === "" ? texts.noGoal : `“${goal}”`, goal === "" ? { isSubtle: true } : {}),
    textBlock(texts.topicsTitle, { weight: "bolder", spacing: "medium" }),
    ...(topics.length === 0
      ? [textBlock(texts.noTopics, { isSubtle: true })]
      : topics.map((label, index) => textBlock(`${index + 1}. ${label}`, { spacing: "none" }))),
    textBlock(texts.openItemsTitle, { weight: "bolder", spacing: "medium" }),
    ...(data.openItems.length === 0
      ? [textBlock(texts.noOpenItems, { isSubtle: true })]
      : data.openItems.map((item) => openItem(item, data.language))),
  ];
  return adaptiveCard(body);
}

function openItem(item: OpenActionItem, language: Language): CardElement {
  const texts = sessionTextsFor(language);
  return {
    type: "Container",
    spacing: "small",
    items: [
      textBlock(`• ${plainText(item.text)}`),
      {
        type: "ActionSet",
        spacing: "none",
        actions: [
          executeAction(texts.done, CARD_VERBS.actionItemDone, {
            waveId: item.waveId,
            sessionId: item.sessionId,
            itemId: item.itemId,
          }),
        ],
      },
    ],
  };
}
