/**
 * A small running wave whose dashboard was worked out by hand (see the expected figures in
 * tests/core/dashboard/wave-dashboard.test.ts): 7 pairs with 6, 5, 4, 2, 1, 0 and 0 held sessions, two
 * unmatched mentees who answered and one who did not, closing assessments from 7 people, and private text
 * (check-in and assessment comments) that must never come out.
 */
import type { FinalAssessment } from "../../core/assessments/assessment";
import type { DashboardData } from "../../core/dashboard/wave-dashboard";
import type { PublishedPair } from "../../core/matching/published-pair";
import type { Participant } from "../../core/participant";
import type { Repositories } from "../../core/ports";
import { questionnaireResponseId, type QuestionnaireResponse } from "../../core/questionnaire";
import { checkInId, type CheckIn, type MentoringSession } from "../../core/sessions/session";
import type { Wave } from "../../core/wave";
import { TENANT } from "./domain-factories";
import { aPublishedPair, aRunningWave, aSession } from "./session-factories";

export const DASHBOARD_NOW = new Date("2026-12-15T12:00:00.000Z");
export const PRIVATE_COMMENT = "PRIVATE-COMMENT my mentor is always late";

/** Held session days (of Sep–Dec 2026, 08:00 UTC) per pair: 6, 5, 4, 2, 1, 0, 0 sessions. */
const HELD: readonly (readonly string[])[] = [
  ["09-05", "09-20", "10-05", "10-20", "11-05", "12-05"],
  ["09-06", "10-06", "11-06", "11-20", "12-06"],
  ["09-07", "10-07", "11-07", "12-07"],
  ["09-08", "10-08"],
  ["09-09"],
  [],
  [],
];
/** Mentees' needs (theme, comfort) and their final ratings of the same themes (undefined: no assessment). */
const S = "social-networks";
const C = "cloud";
const A = "artificial-intelligence";
const NEEDS: readonly (readonly [string, number][])[] = [
  [
    [S, 2],
    [C, 1],
    [A, 3],
  ],
  [
    [S, 1],
    [C, 2],
  ],
  [
    [S, 3],
    [C, 2],
  ],
  [
    [S, 2],
    [A, 1],
  ],
  [
    [S, 1],
    [C, 3],
    [A, 2],
  ],
  [[S, 2]],
  [[C, 2]],
  [[S, 3]],
  [
    [S, 2],
    [A, 2],
  ],
];
const FINALS: readonly (readonly [string, number][] | undefined)[] = [
  [
    [S, 4],
    [C, 3],
    [A, 3],
  ],
  [
    [S, 3],
    [C, 2],
  ],
  [
    [S, 4],
    [C, 4],
    ["big-data", 5],
  ],
  [
    [S, 2],
    [A, 3],
  ],
  [
    [S, 3],
    [C, 4],
    [A, 2],
  ],
];
/** Mentees' satisfaction and recommendation (pairs 1–5), then the two mentors who answered (pairs 1–2). */
const MENTEE_SATISFACTION: readonly [number, boolean][] = [
  [4, true],
  [3, true],
  [4, true],
  [2, false],
  [3, true],
];
const MENTOR_SATISFACTION: readonly [number, boolean][] = [
  [5, true],
  [5, true],
];

export interface DashboardFixture extends DashboardData {
  readonly mentors: readonly Participant[];
  readonly mentees: readonly Participant[];
}

/** The fixture wave (id and tenant can be changed to store it next to another wave). */
export function aDashboardWave(
  waveId = "wave-dash",
  tenantId = TENANT,
  overrides: Partial<Wave> = {},
): DashboardFixture {
  const wave = aRunningWave({ id: waveId, tenantId, name: "Dashboard wave", ...overrides });
  const person = (role: "mentor" | "mentee", i: number): Participant => ({
    id: `${waveId}-${role}-${i}`,
    waveId,
    tenantId,
    aadObjectId: `${waveId}-aad-${role}-${i}`,
    email: `${role}${i}@contoso.example`,
    displayName: `${role === "mentor" ? "Mentor" : "Mentee"} ${i}`,
    role,
    department: "Finance",
    site: "Paris",
    languages: ["fr", "en"],
  });
  const mentors = HELD.map((_, i) => person("mentor", i + 1));
  const mentees = Array.from({ length: 10 }, (_, i) => person("mentee", i + 1));
  const pairs: PublishedPair[] = mentors.map((m, i) => ({
    ...aPublishedPair(wave, m, [mentees[i] as Participant]),
    tenantId,
  }));
  const sessions: MentoringSession[] = pairs.flatMap((pair, p) =>
    (HELD[p] ?? []).map((day, k) => ({
      ...aSession(pair, `2026-${day}T08:00:00.000Z`, { sequence: k + 1, status: "held" }),
      tenantId,
    })),
  );
  const pair6 = pairs[5] as PublishedPair;
  sessions.push({ ...aSession(pair6, "2027-01-10T08:00:00.000Z", { sequence: 1 }), tenantId });
  sessions.push({
    ...aSession(pair6, "2026-10-10T08:00:00.000Z", { sequence: 2, status: "cancelled" }),
    tenantId,
  });
  const pair4 = pairs[3] as PublishedPair;
  const firstOf4 = sessions.find((s) => s.pairId === pair4.id) as MentoringSession;
  const checkIns: CheckIn[] = [
    {
      id: checkInId(firstOf4.id, pair4.menteeIds[0] ?? ""),
      waveId,
      pairId: pair4.id,
      sessionId: firstOf4.id,
      participantId: pair4.menteeIds[0] ?? "",
      outcome: "held",
      rating: 2,
      comment: PRIVATE_COMMENT,
      at: "2026-11-02T10:00:00.000Z",
    },
  ];
  const answered = (p: Participant, answers: QuestionnaireResponse["answers"]): QuestionnaireResponse => ({
    id: questionnaireResponseId(p.id),
    waveId,
    participantId: p.id,
    role: p.role,
    answers,
    submittedAt: "2026-08-10T08:00:00.000Z",
    updatedAt: "2026-08-10T08:00:00.000Z",
    revision: 1,
  });
  const responses = [
    ...mentees.slice(0, 9).map((m, i) =>
      answered(m, {
        kind: "mentee",
        needs: (NEEDS[i] ?? []).map(([themeId, comfort]) => ({ themeId, comfort })),
        goal: "Understand my teams' tools",
        preferredLanguage: "fr",
      }),
    ),
    ...mentors.map((m, i) =>
      answered(m, {
        kind: "mentor",
        skills: [S, ...(i < 5 ? [C] : []), ...(i < 2 ? [A] : [])].map((themeId) => ({ themeId, level: 4 })),
        motivation: "Share what I know",
        languages: ["fr"],
        capacity: 1,
      }),
    ),
  ];
  const assessed = (
    p: Participant,
    [satisfaction, wouldRecommend]: readonly [number, boolean],
    themes: readonly [string, number][] = [],
  ): FinalAssessment => ({
    waveId,
    participantId: p.id,
    role: p.role,
    themes: themes.map(([themeId, rating]) => ({ themeId, rating })),
    satisfaction,
    wouldRecommend,
    comment: PRIVATE_COMMENT,
    submittedAt: "2026-12-10T08:00:00.000Z",
    updatedAt: "2026-12-10T08:00:00.000Z",
  });
  const assessments = [
    ...MENTEE_SATISFACTION.map((s, i) => assessed(mentees[i] as Participant, s, FINALS[i])),
    ...MENTOR_SATISFACTION.map((s, i) => assessed(mentors[i] as Participant, s, [[S, 5]])),
  ];
  return {
    wave,
    participants: [...mentors, ...mentees],
    responses,
    pairs,
    sessions,
    checkIns,
    assessments,
    mentors,
    mentees,
  };
}

/** Writes a dashboard fixture through the repositories (the emulator's or the fakes), people mapped by `person`. */
export async function saveDashboardWave(
  repos: Repositories,
  f: DashboardFixture,
  person: (p: Participant) => Participant = (p) => p,
): Promise<void> {
  await repos.waves.save(f.wave);
  for (const p of f.participants) await repos.participants.save(person(p));
  for (const r of f.responses) await repos.responses.create(r);
  for (const p of f.pairs) await repos.pairs.createIfAbsent(p);
  for (const s of f.sessions) await repos.sessions.create(s);
  for (const c of f.checkIns) await repos.checkIns.save(c);
  for (const a of f.assessments) await repos.assessments.save(a);
}
