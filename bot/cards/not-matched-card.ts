/**
 * What a participant left out of the published pairs is told: a mentee why no mentor was found (in plain
 * words from the engine's reasons) and that HR will get back to them; an idle mentor thanks and where they stand.
 */
import type { Language } from "../../core/language";
import type { HardRule, IdleMentor, UnmatchedReason } from "../../core/matching/matching-types";
import type { BotTexts } from "../texts/bot-texts";
import { textsFor } from "../texts/catalogue";
import {
  adaptiveCard,
  cardTitle,
  plainText,
  textBlock,
  type AdaptiveCard,
  type CardElement,
} from "./adaptive-card";

export type NotMatchedCardData =
  | {
      readonly role: "mentee";
      readonly waveName: string;
      readonly reasons: readonly UnmatchedReason[];
      readonly language: Language;
    }
  | {
      readonly role: "mentor";
      readonly waveName: string;
      readonly reason: IdleMentor["reason"];
      readonly language: Language;
    };

/** The hard rules in the order a mentee reads them: language first, then the reporting line. */
const RULES: readonly HardRule[] = ["no-common-language", "reporting-line", "same-department", "met-before"];

/** A mentee's "no mentor yet" with every reason, or a mentor's thanks and reserve-list news. */
export function notMatchedCard(data: NotMatchedCardData): AdaptiveCard {
  const texts = textsFor(data.language).notMatched;
  const waveName = plainText(data.waveName);
  if (data.role === "mentor") {
    const reserve = data.reason === "not-needed" || data.reason === "no-allowed-mentee";
    const text =
      data.reason === "not-needed"
        ? texts.reserve(waveName)
        : data.reason === "no-allowed-mentee"
          ? texts.reserveNoAllowedMentee(waveName)
          : data.reason === "no-answers"
            ? texts.mentorNoAnswers(waveName)
            : texts.mentorNotEligible(waveName);
    return adaptiveCard([
      cardTitle(reserve ? texts.reserveTitle : texts.mentorNotPairedTitle, reserve ? "good" : "default"),
      textBlock(text),
    ]);
  }
  return adaptiveCard([
    cardTitle(texts.menteeTitle),
    textBlock(texts.menteeIntro(waveName)),
    ...data.reasons.flatMap((reason) => explain(reason, texts)),
    textBlock(texts.hrWillGetBack, { weight: "bolder", spacing: "medium" }),
  ]);
}

function explain(reason: UnmatchedReason, texts: BotTexts["notMatched"]): CardElement[] {
  switch (reason.kind) {
    case "not-enough-capacity":
      return [textBlock(texts.notEnoughMentors)];
    case "removed-by-hr":
      return [textBlock(texts.removedByHr)];
    case "no-answers":
      return [textBlock(texts.noAnswers)];
    case "no-allowed-mentor": {
      const wording: Readonly<Record<HardRule, (count: number) => string>> = {
        "no-common-language": texts.noCommonLanguage,
        "reporting-line": texts.reportingLine,
        "same-department": texts.sameDepartment,
        "met-before": texts.metBefore,
      };
      const lines = RULES.filter((rule) => (reason.excludedBy[rule] ?? 0) > 0).map(
        (rule) => `- ${wording[rule](reason.excludedBy[rule])}`,
      );
      return [
        textBlock(texts.ruledOut),
        ...(lines.length > 0 ? [textBlock(lines.join("\r"), { spacing: "none" })] : []),
      ];
    }
  }
}
