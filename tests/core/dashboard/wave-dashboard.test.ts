import { waveDashboard, type WaveDashboard } from "../../../core/dashboard/wave-dashboard";
import { aDashboardWave, DASHBOARD_NOW, PRIVATE_COMMENT } from "../../support/dashboard-factories";

const fixture = aDashboardWave();
const dashboard = waveDashboard(fixture, DASHBOARD_NOW);
const shown = (value: number) => ({ suppressed: false, value });
const hidden = { suppressed: true };
const theme = (d: WaveDashboard, id: string) => d.uplift.find((u) => u.themeId === id);
const demand = (d: WaveDashboard, id: string) => d.demandSupply.find((t) => t.themeId === id);

describe("waveDashboard on the hand-computed fixture", () => {
  it("funnel_countsPeopleWhoReachedEachStepAndEveryEarlierOne_withSharesOfEnrolled", () => {
    expect(dashboard.funnel).toEqual([
      { stage: "enrolled", people: shown(17), shareOfEnrolled: shown(1) },
      { stage: "answered", people: shown(16), shareOfEnrolled: shown(0.9412) },
      { stage: "matched", people: shown(14), shareOfEnrolled: shown(0.8235) },
      { stage: "firstSessionHeld", people: shown(10), shareOfEnrolled: shown(0.5882) },
      { stage: "fourSessionsHeld", people: shown(6), shareOfEnrolled: shown(0.3529) },
      // Pair 1 held all 6 planned; pair 2 (5 held) both assessed; pair 3 (4 held) only its mentee assessed.
      { stage: "completed", people: shown(5), shareOfEnrolled: shown(0.2941) },
    ]);
  });

  it("sessionsPerMonth_countsHeldSessionsOnlyForEveryMonthOfTheWave", () => {
    expect(dashboard.sessionsPerMonth).toEqual([
      { month: "2026-09", held: 6 },
      { month: "2026-10", held: 5 },
      { month: "2026-11", held: 4 },
      { month: "2026-12", held: 3 },
      { month: "2027-01", held: 0 },
      { month: "2027-02", held: 0 },
    ]);
    expect(dashboard).toMatchObject({
      heldSessions: 18,
      pairCount: 7,
      heldPerPair: 2.57,
      plannedSessions: 6,
    });
  });

  it("pairsAtRisk_areThePairsWithoutAHeldSessionFor40Days_longestStalledFirst_withLastActivity", () => {
    const [p4, p5, p6, p7] = fixture.pairs.slice(3);
    expect(dashboard.pairsAtRisk.map((r) => [r.pairId, r.daysWithoutSession])).toEqual([
      [p6?.id, 105],
      [p7?.id, 105],
      [p5?.id, 97],
      [p4?.id, 68],
    ]);
    expect(dashboard.pairsAtRisk[3]).toEqual({
      pairId: p4?.id,
      mentor: { id: "wave-dash-mentor-4", displayName: "Mentor 4" },
      mentees: [{ id: "wave-dash-mentee-4", displayName: "Mentee 4" }],
      daysWithoutSession: 68,
      lastHeldAt: "2026-10-08T08:00:00.000Z",
      lastActivityAt: "2026-11-02T10:00:00.000Z",
    });
    expect(dashboard.pairsAtRisk[1]?.lastActivityAt).toBeUndefined();
  });

  it("satisfaction_isShownForGroupsOfFiveOrMore_andSuppressedForTheTwoMentors", () => {
    expect(dashboard.satisfaction).toEqual({
      all: { suppressed: false, count: 7, mean: 3.71, distribution: [0, 1, 2, 2, 2] },
      mentees: { suppressed: false, count: 5, mean: 3.2, distribution: [0, 1, 2, 2, 0] },
      mentors: hidden,
      respondents: shown(7),
      wouldRecommend: shown(0.8571),
    });
  });

  it("uplift_pairsEachMenteesFinalRatingWithTheirOwnBaseline_fivePeopleShownFourSuppressed", () => {
    expect(theme(dashboard, "social-networks")).toEqual({
      themeId: "social-networks",
      people: shown(5),
      baseline: shown(1.8),
      final: shown(3.2),
      uplift: shown(1.4),
    });
    expect(theme(dashboard, "cloud")).toEqual({
      themeId: "cloud",
      people: hidden,
      baseline: hidden,
      final: hidden,
      uplift: hidden,
    });
    expect(theme(dashboard, "big-data")?.people).toEqual(hidden);
    expect(dashboard.overallUplift).toEqual({
      themeId: "all",
      people: shown(5),
      baseline: shown(1.9),
      final: shown(3.07),
      uplift: shown(1.17),
    });
  });

  it("demandAndSupply_countMenteesRankingAndMentorsOffering_withSharesOfThoseWhoAnswered", () => {
    expect(demand(dashboard, "social-networks")).toEqual({
      themeId: "social-networks",
      demand: shown(8),
      demandShare: shown(0.8889),
      supply: shown(7),
      supplyShare: shown(1),
    });
    expect(demand(dashboard, "cloud")).toEqual({
      themeId: "cloud",
      demand: shown(5),
      demandShare: shown(0.5556),
      supply: shown(5),
      supplyShare: shown(0.7143),
    });
    expect(demand(dashboard, "artificial-intelligence")).toEqual({
      themeId: "artificial-intelligence",
      demand: hidden,
      demandShare: hidden,
      supply: hidden,
      supplyShare: hidden,
    });
  });

  it("theDashboard_neverCarriesCommentsNotesOrIndividualAnswers", () => {
    const json = JSON.stringify(dashboard);
    expect(json).not.toContain(PRIVATE_COMMENT);
    expect(json).not.toContain("Understand my teams");
    expect(json).not.toContain("Share what I know");
    expect(json).not.toContain("@contoso");
  });

  it("aWaveThatIsNotRunning_hasNoPairsAtRisk", () => {
    const closing = waveDashboard({ ...fixture, wave: { ...fixture.wave, state: "closing" } }, DASHBOARD_NOW);
    expect(closing.pairsAtRisk).toEqual([]);
    expect(closing.funnel[0]?.people).toEqual(shown(17));
  });
});
