/**
 * A large running wave for the dashboard benchmark: `pairs` 1:1 pairs (so twice as many participants, all
 * with questionnaire answers), `sessions` sessions spread over them (about three quarters held), one rated
 * check-in per held session, and final assessments from 60 % of mentees and 40 % of mentors. Seeded, so
 * every run writes the same wave.
 */
import type { FinalAssessment } from "../core/assessments/assessment";
import { publishedPairId, type PublishedPair } from "../core/matching/published-pair";
import type { Participant } from "../core/participant";
import { questionnaireResponseId, type QuestionnaireResponse } from "../core/questionnaire";
import { checkInId, sessionId, type CheckIn, type MentoringSession } from "../core/sessions/session";
import { DEFAULT_THEMES } from "../core/theme";
import type { Wave } from "../core/wave";
import { seededRandom } from "./seeded-random";

export interface BenchWave {
  readonly wave: Wave;
  readonly participants: Participant[];
  readonly responses: QuestionnaireResponse[];
  readonly pairs: PublishedPair[];
  readonly sessions: MentoringSession[];
  readonly checkIns: CheckIn[];
  readonly assessments: FinalAssessment[];
}

const DAY = 86_400_000;
const START = Date.parse("2026-09-01T08:00:00.000Z");

/** The wave's documents (ids deterministic from the wave id). */
export function benchWave(
  waveId: string,
  tenantId: string,
  pairs: number,
  sessions: number,
  seed = 7,
): BenchWave {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const themeIds = DEFAULT_THEMES.map((t) => t.id);
  const wave: Wave = {
    id: waveId,
    tenantId,
    name: "Benchmark wave",
    state: "running",
    startDate: "2026-09-01",
    endDate: "2027-02-28",
    cadence: "monthly",
    sessionMinutes: 90,
    themes: DEFAULT_THEMES,
  };
  const at = (t: number) => new Date(t).toISOString();
  const person = (role: "mentor" | "mentee", i: number): Participant => ({
    id: `${role}-${i}`,
    waveId,
    tenantId,
    aadObjectId: `bench-${role}-${i}`,
    email: `${role}.${i}@contoso.example`,
    displayName: `${role === "mentor" ? "Mentor" : "Mentee"} ${i}`,
    role,
    department: pick(["Finance", "Sales", "IT", "HR", "Operations"]),
    site: pick(["Paris", "Lyon", "Brussels"]),
    languages: ["fr", "en"],
  });
  const participants: Participant[] = [];
  const responses: QuestionnaireResponse[] = [];
  const pairList: PublishedPair[] = [];
  const assessments: FinalAssessment[] = [];
  const needsOf = new Map<string, string[]>();
  for (let i = 0; i < pairs; i++) {
    const mentor = person("mentor", i);
    const mentee = person("mentee", i);
    participants.push(mentor, mentee);
    const needs = [...new Set([pick(themeIds), pick(themeIds), pick(themeIds)])];
    needsOf.set(mentee.id, needs);
    const base = { waveId, submittedAt: at(START - 20 * DAY), updatedAt: at(START - 20 * DAY), revision: 1 };
    responses.push({
      ...base,
      id: questionnaireResponseId(mentee.id),
      participantId: mentee.id,
      role: "mentee",
      answers: {
        kind: "mentee",
        needs: needs.map((themeId) => ({ themeId, comfort: 1 + Math.floor(random() * 3) })),
        goal: "A personal goal HR never sees",
        preferredLanguage: "fr",
      },
    });
    responses.push({
      ...base,
      id: questionnaireResponseId(mentor.id),
      participantId: mentor.id,
      role: "mentor",
      answers: {
        kind: "mentor",
        skills: [...new Set([pick(themeIds), pick(themeIds), pick(themeIds), pick(themeIds)])].map(
          (themeId) => ({
            themeId,
            level: 3 + Math.floor(random() * 3),
          }),
        ),
        motivation: "A motivation HR never sees in the dashboard",
        languages: ["fr", "en"],
        capacity: 1,
      },
    });
    pairList.push({
      id: publishedPairId("one-to-one", mentor.id, mentee.id),
      waveId,
      tenantId,
      format: "one-to-one",
      mentorId: mentor.id,
      menteeIds: [mentee.id],
      scores: { [mentee.id]: 80 },
      reasons: { [mentee.id]: [] },
      sharedThemeIds: needs.slice(0, 1),
      publishedAt: at(START),
    });
    const assessed = (p: Participant, chance: number) => {
      if (random() >= chance) return;
      assessments.push({
        waveId,
        participantId: p.id,
        role: p.role,
        themes: (needsOf.get(p.id) ?? []).map((themeId) => ({
          themeId,
          rating: 2 + Math.floor(random() * 4),
        })),
        satisfaction: 1 + Math.floor(random() * 5),
        wouldRecommend: random() < 0.8,
        comment: "A private comment",
        submittedAt: at(START + 150 * DAY),
        updatedAt: at(START + 150 * DAY),
      });
    };
    assessed(mentee, 0.6);
    assessed(mentor, 0.4);
  }
  const sessionList: MentoringSession[] = [];
  const checkIns: CheckIn[] = [];
  for (let k = 0; k < sessions; k++) {
    const pair = pairList[k % pairs] as PublishedPair;
    const sequence = Math.floor(k / pairs) + 1;
    const start = START + (sequence - 1) * 30 * DAY + Math.floor(random() * 20) * DAY;
    const status = random() < 0.75 ? "held" : pick(["scheduled", "cancelled", "proposed"] as const);
    const id = sessionId(pair.id, sequence);
    const menteeId = pair.menteeIds[0] ?? "";
    sessionList.push({
      id,
      waveId,
      tenantId,
      pairId: pair.id,
      sequence,
      start: at(start),
      durationMinutes: 90,
      timeZone: "Europe/Paris",
      status,
      proposedBy: pair.mentorId,
      acceptedBy: menteeId,
      history: [
        { at: at(start - 10 * DAY), by: pair.mentorId, action: "proposed", start: at(start) },
        { at: at(start - 9 * DAY), by: menteeId, action: "accepted" },
      ],
      createdAt: at(start - 10 * DAY),
      updatedAt: at(start - 9 * DAY),
    });
    if (status === "held")
      checkIns.push({
        id: checkInId(id, menteeId),
        waveId,
        pairId: pair.id,
        sessionId: id,
        participantId: menteeId,
        outcome: "held",
        rating: 1 + Math.floor(random() * 5),
        comment: "A private check-in comment",
        at: at(start + DAY),
      });
  }
  return { wave, participants, responses, pairs: pairList, sessions: sessionList, checkIns, assessments };
}
