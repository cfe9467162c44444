/** HR channel's weekly progress card: one wave's counts and response rates, nothing about anyone. */
import type { Language } from "../../core/language";
import type { SummaryFigure, SummaryRate, WeeklySummary } from "../../core/hr-channel/weekly-summary";
import { hrChannelTextsFor } from "../texts/hr-channel-texts";
import { adaptiveCard, cardTitle, plainText, textBlock, type AdaptiveCard, type Fact } from "./adaptive-card";

/** The summary as a card, in `language`; suppressed figures read "fewer than 5". */
export function weeklySummaryCard(summary: WeeklySummary, language: Language): AdaptiveCard {
  const texts = hrChannelTextsFor(language);
  const count = (figure: SummaryFigure) => (figure.suppressed ? texts.fewerThanFive : String(figure.value));
  const rate = (figure: SummaryRate) =>
    figure.suppressed ? texts.fewerThanFive : texts.rate(figure.percent, figure.answered, figure.asked);
  const facts: Fact[] = [
    { title: texts.pairs, value: count(summary.pairs) },
    { title: texts.heldLastWeek, value: count(summary.heldLastWeek) },
    { title: texts.heldTotal, value: count(summary.heldTotal) },
    { title: texts.pairsAtRisk, value: count(summary.pairsAtRisk) },
    { title: texts.questionnaireRate, value: rate(summary.questionnaireRate) },
    ...(summary.assessmentRate === undefined
      ? []
      : [{ title: texts.assessmentRate, value: rate(summary.assessmentRate) }]),
  ];
  return adaptiveCard([
    cardTitle(texts.title(plainText(summary.waveName))),
    textBlock(texts.week(summary.week), { isSubtle: true, spacing: "none" }),
    { type: "FactSet", facts },
    textBlock(texts.privacy, { isSubtle: true, size: "small" }),
    textBlock(texts.openTab, { isSubtle: true, size: "small", spacing: "none" }),
  ]);
}
