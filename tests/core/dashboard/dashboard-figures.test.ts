import fc from "fast-check";
import { peopleFigure, shareFigure, valueFigure } from "../../../core/dashboard/dashboard-figures";
import { funnelCounts, funnelStages, type FunnelPerson } from "../../../core/dashboard/dashboard-funnel";

describe("dashboard figures", () => {
  it("fourPeople_areSuppressed_fivePeopleAreShown", () => {
    expect(peopleFigure(4)).toEqual({ suppressed: true });
    expect(peopleFigure(5)).toEqual({ suppressed: false, value: 5 });
    expect(peopleFigure(0)).toEqual({ suppressed: true });
  });

  it("aShare_isSuppressedWhenEitherItsPeopleOrItsWholeIsBelowFive", () => {
    expect(shareFigure(4, 10)).toEqual({ suppressed: true });
    expect(shareFigure(5, 10)).toEqual({ suppressed: false, value: 0.5 });
    expect(shareFigure(5, 5)).toEqual({ suppressed: false, value: 1 });
    expect(valueFigure(3.5, 4)).toEqual({ suppressed: true });
    expect(valueFigure(3.5, 5)).toEqual({ suppressed: false, value: 3.5 });
  });
});

const person: fc.Arbitrary<FunnelPerson> = fc.record({
  answered: fc.boolean(),
  matched: fc.boolean(),
  heldSessions: fc.integer({ min: 0, max: 8 }),
  assessed: fc.boolean(),
});

describe("funnel properties", () => {
  it("anyWave_funnelNeverGrowsFromOneStepToTheNext_andStartsWithEveryoneEnrolled", () => {
    fc.assert(
      fc.property(fc.array(person, { maxLength: 60 }), fc.integer({ min: 0, max: 8 }), (people, planned) => {
        const counts = funnelCounts(people, planned);
        expect(counts[0]).toBe(people.length);
        for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeLessThanOrEqual(counts[i - 1] ?? 0);
      }),
    );
  });

  it("anyWave_everyShownStepHasAtLeastFivePeople_andSuppressedOnesHaveFewer", () => {
    fc.assert(
      fc.property(fc.array(person, { maxLength: 30 }), (people) => {
        const counts = funnelCounts(people, 6);
        funnelStages(counts).forEach((stage, i) => {
          if (stage.people.suppressed) expect(counts[i]).toBeLessThan(5);
          else expect(stage.people.value).toBe(counts[i]);
        });
      }),
    );
  });
});
