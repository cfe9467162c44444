/** What the bot understands, and where else to look. */
import type { Language } from "../../core/language";
import { textsFor } from "../texts/catalogue";
import { adaptiveCard, cardTitle, textBlock, type AdaptiveCard } from "./adaptive-card";

export interface HelpCardData {
  readonly language: Language;
}

/** The commands the bot answers, each with what it does. */
export function helpCard(data: HelpCardData): AdaptiveCard {
  const texts = textsFor(data.language).help;
  return adaptiveCard([
    cardTitle(texts.title),
    textBlock(texts.intro),
    { type: "FactSet", facts: texts.commands.map((c) => ({ title: c.word, value: c.meaning })) },
    textBlock(texts.tab),
  ]);
}
