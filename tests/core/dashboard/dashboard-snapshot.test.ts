import {
  AT_RISK_LISTED,
  atRiskMemberIds,
  servedDashboard,
  snapshotOf,
} from "../../../core/dashboard/dashboard-snapshot";
import { waveDashboard, type WaveDashboard } from "../../../core/dashboard/wave-dashboard";
import { aDashboardWave, DASHBOARD_NOW } from "../../support/dashboard-factories";

/** The fixture wave's dashboard with `count` made-up pairs at risk, longest without a session first. */
function withPairsAtRisk(count: number): WaveDashboard {
  const dashboard = waveDashboard(aDashboardWave(), DASHBOARD_NOW);
  return {
    ...dashboard,
    pairsAtRisk: Array.from({ length: count }, (_, i) => ({
      pairId: `pair-${i}`,
      mentor: { id: `mentor-${i}`, displayName: `Mentor ${i}` },
      mentees: [{ id: `mentee-${i}`, displayName: `Mentee ${i}` }],
      daysWithoutSession: 200 - i,
    })),
  };
}

describe("servedDashboard (what HR reads from a snapshot)", () => {
  it("largeWave_listsOnlyTheLongestWithoutSessionAndCountsThemAll", () => {
    const snapshot = snapshotOf(withPairsAtRisk(AT_RISK_LISTED + 12), "tenant");
    const names = new Map(atRiskMemberIds(snapshot).map((id) => [id, `Name of ${id}`]));

    const served = servedDashboard(snapshot, { name: "Wave", state: "running" }, names);

    expect(served.pairsAtRiskTotal).toBe(AT_RISK_LISTED + 12);
    expect(served.pairsAtRisk).toHaveLength(AT_RISK_LISTED);
    expect(served.pairsAtRisk[0]?.daysWithoutSession).toBe(200);
    expect(served.pairsAtRisk.at(-1)?.pairId).toBe(`pair-${AT_RISK_LISTED - 1}`);
    expect(served.pairsAtRisk[0]?.mentor.displayName).toBe("Name of mentor-0");
  });

  it("largeWave_readsNamesOnlyForTheListedPairs", () => {
    const snapshot = snapshotOf(withPairsAtRisk(AT_RISK_LISTED + 12), "tenant");

    const ids = atRiskMemberIds(snapshot);

    expect(ids).toHaveLength(2 * AT_RISK_LISTED);
    expect(ids).not.toContain(`mentor-${AT_RISK_LISTED}`);
  });

  it("smallWave_listsEveryPairAtRisk", () => {
    const snapshot = snapshotOf(withPairsAtRisk(3), "tenant");

    const served = servedDashboard(snapshot, { name: "Wave", state: "running" }, new Map());

    expect(served.pairsAtRiskTotal).toBe(3);
    expect(served.pairsAtRisk.map((r) => r.pairId)).toEqual(["pair-0", "pair-1", "pair-2"]);
    expect(served.pairsAtRisk[1]?.mentor.displayName).toBe("mentor-1");
  });
});
