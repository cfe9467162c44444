import type { Language } from "../core/language";
import type {
  MatchingInput,
  MatchMentee,
  MatchMentor,
  PastPair,
  ReportingLink,
} from "../core/matching/matching-types";
import type { RankedNeed, OfferedSkill } from "../core/questionnaire";
import { DEFAULT_MATCH_WEIGHTS } from "../core/wave";
import { seededRandom, shuffle } from "./seeded-random";

/**
 * A wave of made-up participants shaped like the programmes Tandem runs: 12 themes with a few popular
 * ones, ranked needs with comfort, skills with levels, French/English/Dutch speakers who overlap,
 * departments, sites with their time zones, a manager tree spanning both sides, capacities 1–3, a few
 * shortlists and earlier pairs. Seeded: the same options always give the same wave.
 */
export interface WaveOptions {
  readonly mentees: number;
  readonly mentors: number;
  readonly seed: number;
  readonly forbidSameDepartment?: boolean;
}

const THEMES = Array.from({ length: 12 }, (_, i) => `theme-${i + 1}`);
const DEPARTMENTS = Array.from({ length: 16 }, (_, i) => `department-${i + 1}`);
const SITES: readonly { name: string; utcOffsetMinutes: number; languages: readonly Language[] }[] = [
  { name: "Paris", utcOffsetMinutes: 60, languages: ["fr"] },
  { name: "Lyon", utcOffsetMinutes: 60, languages: ["fr"] },
  { name: "Brussels", utcOffsetMinutes: 60, languages: ["fr", "nl"] },
  { name: "Antwerp", utcOffsetMinutes: 60, languages: ["nl"] },
  { name: "London", utcOffsetMinutes: 0, languages: ["en"] },
  { name: "Montreal", utcOffsetMinutes: -300, languages: ["fr", "en"] },
  { name: "Singapore", utcOffsetMinutes: 480, languages: ["en"] },
];

export function generateWave(options: WaveOptions): MatchingInput {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  // Popular themes first: theme k is drawn with weight 1 / (k + 2).
  const themeWeights = THEMES.map((_, k) => 1 / (k + 2));
  const weightSum = themeWeights.reduce((a, b) => a + b, 0);
  const drawTheme = (): string => {
    let x = random() * weightSum;
    for (let k = 0; k < THEMES.length; k++) {
      x -= themeWeights[k]!;
      if (x < 0) return THEMES[k]!;
    }
    return THEMES[THEMES.length - 1]!;
  };
  const distinctThemes = (count: number): string[] => {
    const chosen = new Set<string>();
    while (chosen.size < count) chosen.add(drawTheme());
    return [...chosen];
  };
  const person = (id: string) => {
    const site = pick(SITES);
    const languages = new Set<Language>([pick(site.languages)]);
    if (random() < 0.6) languages.add("en");
    if (random() < 0.15) languages.add(pick(["fr", "en", "nl"] as const));
    return {
      id,
      displayName: id,
      personKey: `${id}@example.com`,
      department: pick(DEPARTMENTS),
      site: site.name,
      utcOffsetMinutes: site.utcOffsetMinutes,
      languages: [...languages],
    };
  };

  const mentees: MatchMentee[] = [];
  for (let i = 0; i < options.mentees; i++) {
    const base = person(`mentee-${String(i).padStart(6, "0")}`);
    const needs: RankedNeed[] = distinctThemes(1 + Math.floor(random() * 3)).map((themeId) => ({
      themeId,
      comfort: 1 + Math.floor(random() * 5),
    }));
    mentees.push({ ...base, needs, preferredLanguage: pick(base.languages) });
  }
  const mentors: MatchMentor[] = [];
  for (let i = 0; i < options.mentors; i++) {
    const base = person(`mentor-${String(i).padStart(6, "0")}`);
    const skills: OfferedSkill[] = distinctThemes(2 + Math.floor(random() * 4)).map((themeId) => ({
      themeId,
      level: 1 + Math.floor(random() * 5),
    }));
    mentors.push({ ...base, skills, capacity: 1 + Math.floor(random() * 3) });
  }
  addShortlists(mentees, mentors, random);

  return {
    mentees,
    mentors,
    rules: {
      forbidReportingLine: true,
      forbidSameDepartment: options.forbidSameDepartment ?? false,
      maxMenteesPerMentor: 3,
      format: "one-to-one",
    },
    weights: DEFAULT_MATCH_WEIGHTS,
    reportingLines: managerTree(mentees, mentors, random),
    pastPairs: pastPairs(mentees, mentors, random),
    locks: [],
  };
}

/**
 * Executives (mentees) and outside managers above, juniors (mentors) below: each person reports to a
 * random more senior one, so lines run several levels deep across both sides of the wave.
 */
function managerTree(
  mentees: readonly MatchMentee[],
  mentors: readonly MatchMentor[],
  random: () => number,
): ReportingLink[] {
  const outside = Array.from({ length: Math.ceil(mentees.length / 4) }, (_, i) => `manager-${i}@example.com`);
  const senior = shuffle([...outside, ...mentees.map((m) => m.personKey)], random);
  const order = [
    ...senior,
    ...shuffle(
      mentors.map((m) => m.personKey),
      random,
    ),
  ];
  const links: ReportingLink[] = [];
  for (let i = 1; i < order.length; i++) {
    const span = i < senior.length ? i : senior.length;
    const manager = order[Math.floor(random() * span * (i < senior.length ? 0.5 : 1))]!;
    links.push({ personKey: order[i]!, managerKey: manager });
  }
  return links;
}

/** About one mentee in ten shortlists mentors, one mentor in ten mentees; some choices are mutual. */
function addShortlists(mentees: MatchMentee[], mentors: MatchMentor[], random: () => number): void {
  const chosen = (count: number, ids: readonly string[]) => [
    ...new Set(Array.from({ length: count }, () => ids[Math.floor(random() * ids.length)]!)),
  ];
  const mentorIds = mentors.map((m) => m.id);
  mentees.forEach((mentee, i) => {
    if (random() < 0.1 && mentorIds.length > 0) mentees[i] = { ...mentee, shortlist: chosen(3, mentorIds) };
  });
  const choosersOf = new Map<string, string[]>();
  for (const mentee of mentees) {
    for (const id of mentee.shortlist ?? []) choosersOf.set(id, [...(choosersOf.get(id) ?? []), mentee.id]);
  }
  mentors.forEach((mentor, i) => {
    if (random() >= 0.1) return;
    const choosers = choosersOf.get(mentor.id) ?? [];
    const picks = choosers.length > 0 && random() < 0.7 ? choosers.slice(0, 3) : [];
    if (picks.length === 0 && mentees.length > 0)
      picks.push(
        ...chosen(
          2,
          mentees.map((m) => m.id),
        ),
      );
    mentors[i] = { ...mentor, shortlist: picks };
  });
}

/** Half as many earlier pairs as mentees, drawn at random across the two sides. */
function pastPairs(
  mentees: readonly MatchMentee[],
  mentors: readonly MatchMentor[],
  random: () => number,
): PastPair[] {
  if (mentees.length === 0 || mentors.length === 0) return [];
  return Array.from({ length: Math.floor(mentees.length / 2) }, () => ({
    a: mentees[Math.floor(random() * mentees.length)]!.personKey,
    b: mentors[Math.floor(random() * mentors.length)]!.personKey,
  }));
}
