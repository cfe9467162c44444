import fc from "fast-check";
import { waveDashboard } from "../../../core/dashboard/wave-dashboard";
import { aDashboardWave, DASHBOARD_NOW } from "../../support/dashboard-factories";

const fixture = aDashboardWave();

describe("waveDashboard properties", () => {
  it("anySubsetOfTheWavesDocuments_monthsSumToHeldSessions_andRatingDistributionsSumToTheirCount", () => {
    const subset = <T>(items: readonly T[]) => fc.subarray([...items]);
    fc.assert(
      fc.property(
        subset(fixture.participants),
        subset(fixture.pairs),
        subset(fixture.sessions),
        subset(fixture.assessments),
        (participants, pairs, sessions, assessments) => {
          const d = waveDashboard({ ...fixture, participants, pairs, sessions, assessments }, DASHBOARD_NOW);
          expect(d.sessionsPerMonth.reduce((sum, m) => sum + m.held, 0)).toBe(d.heldSessions);
          expect(d.pairsAtRisk.length).toBeLessThanOrEqual(pairs.length);
          for (const r of [d.satisfaction.all, d.satisfaction.mentors, d.satisfaction.mentees]) {
            if (!r.suppressed) expect(r.distribution.reduce((a, b) => a + b, 0)).toBe(r.count);
          }
          const shownPeople = d.funnel.flatMap((s) => (s.people.suppressed ? [] : [s.people.value]));
          for (let i = 1; i < shownPeople.length; i++)
            expect(shownPeople[i]).toBeLessThanOrEqual(shownPeople[i - 1] ?? 0);
        },
      ),
      { numRuns: 60 },
    );
  });
});
