/**
 * The card that replaces the introduction once a member proposed the first session: the date and time
 * recorded, who was told (and who could not be reached), and the form again for another date.
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
  type CardElement,
} from "./adaptive-card";
import { firstSessionForm, type FirstSessionFormState } from "./first-session-form";
import { chatLink } from "./pair-introduction-card";

/** Another member, and whether the proposal reached them. */
export interface ToldMember {
  readonly displayName: string;
  readonly email?: string;
  /** "told": the notice was delivered; "trying": it will be retried; "unreachable": the proposer should write. */
  readonly delivery: "told" | "trying" | "unreachable";
}

export interface FirstSessionProposedCardData {
  readonly pairId: string;
  /** "unchanged": the proposer had already proposed exactly this (a double click). */
  readonly status: "saved" | "unchanged";
  /** ISO instant of the proposed start. */
  readonly start: string;
  readonly others: readonly ToldMember[];
  readonly wave: Pick<Wave, "startDate" | "endDate">;
  readonly form: FirstSessionFormState;
  readonly language: Language;
}

/** The proposal as recorded, who knows about it, and a way to propose another date. */
export function firstSessionProposedCard(data: FirstSessionProposedCardData): AdaptiveCard {
  const { language } = data;
  const all = textsFor(language);
  const texts = all.firstSession;
  const names = (delivery: ToldMember["delivery"]): string =>
    data.others
      .filter((o) => o.delivery === delivery)
      .map((o) => plainText(o.displayName))
      .join(", ");
  const when = localDateTime(data.start, all.dateTimeJoiner) ?? data.start;
  const deliveries: CardElement[] = [];
  if (names("told") !== "") deliveries.push(textBlock(texts.told(names("told"))));
  if (names("trying") !== "") deliveries.push(textBlock(texts.stillTrying(names("trying"))));
  if (names("unreachable") !== "")
    deliveries.push(textBlock(texts.notTold(names("unreachable")), { color: "warning" }));
  const { form, button } = firstSessionForm({
    pairId: data.pairId,
    wave: data.wave,
    state: data.form,
    variant: "another",
    language,
  });
  const actions: CardAction[] = [button];
  const chat = chatLink(data.others, language);
  if (chat !== undefined) actions.push(chat);
  return adaptiveCard(
    [
      cardTitle(data.status === "saved" ? texts.sentTitle : texts.alreadySentTitle, "good"),
      textBlock(texts.youProposed(when)),
      ...deliveries,
      textBlock(texts.yourPair(data.others.map((o) => plainText(o.displayName)).join(", ")), {
        isSubtle: true,
      }),
      form,
    ],
    actions,
  );
}
