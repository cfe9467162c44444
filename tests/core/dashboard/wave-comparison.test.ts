import { compareWaves } from "../../../core/dashboard/wave-comparison";
import { waveDashboard } from "../../../core/dashboard/wave-dashboard";
import { aDashboardWave, DASHBOARD_NOW } from "../../support/dashboard-factories";

const big = aDashboardWave("wave-big");
const small = aDashboardWave("wave-small");
const a = waveDashboard(big, DASHBOARD_NOW);
// The small wave: only pairs 1–3 and their people, everyone else left out.
const kept = new Set(small.pairs.slice(0, 3).flatMap((p) => [p.mentorId, ...p.menteeIds]));
const b = waveDashboard(
  {
    ...small,
    participants: small.participants.filter((p) => kept.has(p.id)),
    pairs: small.pairs.slice(0, 3),
  },
  DASHBOARD_NOW,
);
const comparison = compareWaves(a, b);
const row = (metric: string, key?: string) =>
  comparison.rows.find((r) => r.metric === metric && r.key === key);

describe("compareWaves", () => {
  it("funnelSteps_compareAsSharesOfEnrolled_soWavesOfDifferentSizesLineUp", () => {
    expect(row("funnel", "matched")).toEqual({
      metric: "funnel",
      key: "matched",
      a: { suppressed: false, value: 0.8235 },
      b: { suppressed: false, value: 1 },
    });
  });

  it("heldSessionsPerPair_andPerPairPerMonth_compareAsRates", () => {
    expect(row("heldPerPair")).toEqual({
      metric: "heldPerPair",
      a: { suppressed: false, value: 2.57 },
      b: { suppressed: false, value: 5 },
    });
    expect(row("heldPerPairInMonth", "1")?.b).toEqual({ suppressed: false, value: 1.33 });
    expect(row("pairsAtRiskShare")?.a).toEqual({ suppressed: false, value: 0.5714 });
    expect(row("pairsAtRiskShare")?.b).toEqual({ suppressed: false, value: 0 });
  });

  it("aFigureSuppressedInAWave_staysSuppressedInTheComparison", () => {
    // The small wave: five respondents (mentees 1–3, mentors 1–2) are shown; three paired baselines are not.
    expect(row("satisfactionMean")).toEqual({
      metric: "satisfactionMean",
      a: { suppressed: false, value: 3.71 },
      b: { suppressed: false, value: 4.2 },
    });
    expect(row("uplift", "all")).toEqual({
      metric: "uplift",
      key: "all",
      a: { suppressed: false, value: 1.17 },
      b: { suppressed: true },
    });
    expect(row("uplift", "cloud")?.a).toEqual({ suppressed: true });
    expect(comparison.a.waveId).toBe("wave-big");
    expect(comparison.b.waveId).toBe("wave-small");
  });
});
