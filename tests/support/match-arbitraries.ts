import fc from "fast-check";
import { LANGUAGES, type Language } from "../../core/language";
import type { MatchingInput, MatchMentee, MatchMentor } from "../../core/matching/matching-types";
import type { MatchWeights } from "../../core/wave";

/** fast-check generators of small, messy waves for the matching engine's property tests. */

const THEMES = ["cloud", "ai", "data", "social"] as const;
const languagesArb = fc.subarray([...LANGUAGES] as Language[], { minLength: 1 });
const placeArb = fc.record({
  department: fc.option(fc.constantFrom("Sales", "IT", " sales"), { nil: undefined }),
  site: fc.option(fc.constantFrom("Paris", "Lyon", "paris "), { nil: undefined }),
  utcOffsetMinutes: fc.option(fc.constantFrom(0, 60, 180, 330), { nil: undefined }),
});

/** Weights 0–100 with at least one above 0. */
export const weightsArb: fc.Arbitrary<MatchWeights> = fc
  .record({
    topics: fc.integer({ min: 0, max: 100 }),
    level: fc.integer({ min: 0, max: 100 }),
    language: fc.integer({ min: 0, max: 100 }),
    site: fc.integer({ min: 0, max: 100 }),
    mutualChoice: fc.integer({ min: 0, max: 100 }),
  })
  .map((w) => (Object.values(w).some((v) => v > 0) ? w : { ...w, topics: 1 }));

export function menteeArb(id: string, mentorIds: readonly string[] = ["m"]): fc.Arbitrary<MatchMentee> {
  return fc
    .record({
      languages: languagesArb,
      preferred: fc.option(fc.constantFrom(...LANGUAGES), { nil: undefined }),
      place: placeArb,
      needs: fc.uniqueArray(
        fc.record({ themeId: fc.constantFrom(...THEMES), comfort: fc.integer({ min: 1, max: 5 }) }),
        { selector: (n) => n.themeId, maxLength: 3 },
      ),
      shortlist: fc.subarray([...mentorIds], { maxLength: Math.min(3, mentorIds.length) }),
    })
    .map(({ languages, preferred, place, needs, shortlist }) => ({
      id,
      displayName: id,
      personKey: `${id}@x`,
      languages,
      ...(preferred === undefined ? {} : { preferredLanguage: preferred }),
      ...defined(place),
      needs,
      shortlist,
    }));
}

export function mentorArb(id: string, menteeIds: readonly string[] = ["e"]): fc.Arbitrary<MatchMentor> {
  return fc
    .record({
      languages: languagesArb,
      place: placeArb,
      skills: fc.uniqueArray(
        fc.record({ themeId: fc.constantFrom(...THEMES), level: fc.integer({ min: 1, max: 5 }) }),
        { selector: (s) => s.themeId, maxLength: 4 },
      ),
      capacity: fc.integer({ min: 1, max: 3 }),
      shortlist: fc.subarray([...menteeIds], { maxLength: Math.min(3, menteeIds.length) }),
    })
    .map(({ languages, place, skills, capacity, shortlist }) => ({
      id,
      displayName: id,
      personKey: `${id}@x`,
      languages,
      ...defined(place),
      skills,
      capacity,
      shortlist,
    }));
}

/**
 * A wave of up to 6 mentees and 5 mentors (capacities 1–3) with random languages, departments, sites,
 * shortlists, manager links among them and three outsiders (cycles included), past pairs, locks and removals.
 */
export const waveArb: fc.Arbitrary<MatchingInput> = fc
  .record({ menteeCount: fc.integer({ min: 0, max: 6 }), mentorCount: fc.integer({ min: 0, max: 5 }) })
  .chain(({ menteeCount, mentorCount }) => {
    const menteeIds = Array.from({ length: menteeCount }, (_, i) => `e${i}`);
    const mentorIds = Array.from({ length: mentorCount }, (_, i) => `m${i}`);
    const keys = [...menteeIds, ...mentorIds, "o0", "o1", "o2"].map((id) => `${id}@x`);
    const keyArb = fc.constantFrom(...keys);
    const pick = <T>(list: readonly T[]) => fc.constantFrom(...list);
    return fc.record({
      mentees: fc.tuple(...menteeIds.map((id) => menteeArb(id, mentorIds))),
      mentors: fc.tuple(...mentorIds.map((id) => mentorArb(id, menteeIds))),
      rules: fc.record({
        forbidReportingLine: fc.boolean(),
        forbidSameDepartment: fc.boolean(),
        maxMenteesPerMentor: fc.constant(3),
      }),
      weights: weightsArb,
      reportingLines: fc.array(fc.record({ personKey: keyArb, managerKey: keyArb }), { maxLength: 10 }),
      pastPairs:
        menteeCount > 0 && mentorCount > 0
          ? fc.array(fc.record({ a: pick(keys.slice(0, menteeCount)), b: pick(keys.slice(menteeCount)) }), {
              maxLength: 3,
            })
          : fc.constant([]),
      locks:
        menteeCount > 0 && mentorCount > 0
          ? fc.uniqueArray(
              fc.record({
                menteeId: pick(menteeIds),
                mentorId: pick(mentorIds),
                origin: fc.constantFrom("hr" as const, "mutual" as const),
              }),
              { selector: (l) => l.menteeId, maxLength: 2 },
            )
          : fc.constant([]),
      removedMenteeIds: fc.subarray(menteeIds, { maxLength: Math.min(2, menteeCount) }),
    });
  });

/** Drops the undefined fields (exactOptionalPropertyTypes-friendly and closer to real inputs). */
function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
