/** The nudge to a pair with no held session for a while: propose a date. */
import type { Language } from "../../core/language";
import { sessionTextsFor } from "../texts/session-texts";
import { adaptiveCard, cardTitle, textBlock, type AdaptiveCard } from "./adaptive-card";

export interface PairStallCardData {
  /** Days without a held session (the wave's stall period times the period number). */
  readonly days: number;
  readonly language: Language;
}

/** How long it has been, and where to propose the next date. */
export function pairStallCard(data: PairStallCardData): AdaptiveCard {
  const texts = sessionTextsFor(data.language);
  return adaptiveCard([
    cardTitle(texts.stallTitle),
    textBlock(texts.stallText(data.days)),
    textBlock(texts.stallAction, { isSubtle: true }),
  ]);
}
