/**
 * What the other member(s) of a pair receive when one proposes the first session: who proposes when, to
 * reply in chat (accepting and calendar invitations come with sessions), or to propose another date.
 */
import type { Language } from "../../core/language";
import type { Wave } from "../../core/wave";
import { textsFor } from "../texts/catalogue";
import {
  adaptiveCard,
  cardTitle,
  localDateTime,
  plainText,
  textBlock,
  type AdaptiveCard,
  type CardAction,
} from "./adaptive-card";
import { firstSessionForm, type FirstSessionFormState } from "./first-session-form";
import { chatLink } from "./pair-introduction-card";

export interface FirstSessionNoticeCardData {
  readonly pairId: string;
  readonly proposer: { readonly displayName: string; readonly email?: string };
  /** ISO instant of the proposed start. */
  readonly start: string;
  readonly wave: Pick<Wave, "startDate" | "endDate">;
  readonly form: FirstSessionFormState;
  readonly language: Language;
}

/** "Megan proposes <date> at <time> for your first session", a chat link, and the form for another date. */
export function firstSessionNoticeCard(data: FirstSessionNoticeCardData): AdaptiveCard {
  const { language } = data;
  const all = textsFor(language);
  const texts = all.firstSession;
  const name = plainText(data.proposer.displayName);
  const when = localDateTime(data.start, all.dateTimeJoiner) ?? data.start;
  const { form, button } = firstSessionForm({
    pairId: data.pairId,
    wave: data.wave,
    state: data.form,
    variant: "another",
    language,
  });
  const actions: CardAction[] = [];
  const chat = chatLink([data.proposer], language);
  if (chat !== undefined) actions.push(chat);
  actions.push(button);
  return adaptiveCard(
    [
      cardTitle(texts.noticeTitle(name)),
      textBlock(texts.noticeText(name, when)),
      textBlock(texts.replyInChat(name)),
      form,
    ],
    actions,
  );
}
