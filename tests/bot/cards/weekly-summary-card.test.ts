/** The HR channel's weekly summary card: valid Adaptive Card 1.5 in every language; suppressed figures say so. */
import { weeklySummaryCard } from "../../../bot/cards/weekly-summary-card";
import type { WeeklySummary } from "../../../core/hr-channel/weekly-summary";
import { validateAdaptiveCard } from "../../support/adaptive-card-validation";

const SUMMARY: WeeklySummary = {
  waveId: "wave-1",
  waveName: "Digital *Tandem*",
  week: "2027-W11",
  pairs: { suppressed: false, value: 12 },
  heldLastWeek: { suppressed: false, value: 4 },
  heldTotal: { suppressed: false, value: 31 },
  pairsAtRisk: { suppressed: false, value: 2 },
  questionnaireRate: { suppressed: false, percent: 92, answered: 22, asked: 24 },
  assessmentRate: { suppressed: true },
};

describe("weeklySummaryCard", () => {
  it.each(["en", "fr", "nl"] as const)("in %s_isAValidCard_withEveryFigure", (language) => {
    const card = weeklySummaryCard(SUMMARY, language);
    expect(validateAdaptiveCard(card)).toEqual([]);
    const facts = card.body.flatMap((e) => (e.type === "FactSet" ? e.facts : []));
    expect(facts.map((f) => f.value)).toEqual(expect.arrayContaining(["12", "4", "31", "2"]));
    expect(facts).toHaveLength(6);
  });

  it("aSuppressedFigure_readsFewerThan5_andTheWaveNameIsNotMarkdown", () => {
    const card = weeklySummaryCard({ ...SUMMARY, pairsAtRisk: { suppressed: true } }, "en");
    const json = JSON.stringify(card);
    expect(json).toContain('"value":"fewer than 5"');
    expect(json).toContain("92% (22 of 24)");
    expect(json).not.toContain("Digital *Tandem*");
  });
});
