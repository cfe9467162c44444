import { isMatchableMentor, type Participant } from "../participant";
import type { Repositories } from "../ports";
import type { QuestionnaireResponse } from "../questionnaire";
import { utcOffsetMinutesOn } from "../sessions/session-time";
import { DEFAULT_MATCH_WEIGHTS, DEFAULT_RULES, mentorCapacity, type Wave } from "../wave";
import type { Shortlist } from "./shortlist";
import type {
  IdleMentor,
  MatchingInput,
  MatchLock,
  MatchMentee,
  MatchMentor,
  PastPair,
  ReportingLink,
  UnmatchedMentee,
} from "./matching-types";

/** What a wave's matching is built from, as read through the ports. */
export interface WaveMatchingFacts {
  readonly wave: Wave;
  readonly participants: readonly Participant[];
  readonly responses: readonly QuestionnaireResponse[];
  readonly shortlists: readonly Shortlist[];
  /** Pairs of the tenant's earlier waves, by person keys. */
  readonly pastPairs: readonly PastPair[];
  /** Manager links of people only earlier waves know: a reporting line may run through them. */
  readonly earlierReportingLines: readonly ReportingLink[];
}

/** The engine's input for a wave, and who was left out before the engine and why. */
export interface WaveMatchingInput {
  readonly input: MatchingInput;
  /** Active mentees without answers: unmatched with reason "no-answers". */
  readonly unansweredMentees: readonly UnmatchedMentee[];
  /** Active mentors who are not approved and trained, or have not answered. */
  readonly leftOutMentors: readonly IdleMentor[];
}

/** The same person across waves: their lower-cased email. */
export function personKey(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Reads a wave's people, answers and shortlists, and the tenant's earlier waves' pairs (one partition
 * per wave: a tenant runs a handful of waves).
 */
export async function loadWaveMatchingFacts(repos: Repositories, wave: Wave): Promise<WaveMatchingFacts> {
  const [participants, responses, shortlists, waves] = await Promise.all([
    repos.participants.listByWave(wave.id),
    repos.responses.listByWave(wave.id),
    repos.shortlists.listByWave(wave.id),
    repos.waves.list(),
  ]);
  const earlier = waves.filter(
    (w) => w.tenantId === wave.tenantId && w.id !== wave.id && w.startDate <= wave.startDate,
  );
  const pastPairs: PastPair[] = [];
  const earlierLinks = new Map<string, ReportingLink>();
  for (const other of earlier) {
    const [pairs, people] = await Promise.all([
      repos.pairs.listByWave(other.id),
      repos.participants.listByWave(other.id),
    ]);
    const keyOf = new Map(people.map((p) => [p.id, personKey(p.email)]));
    for (const pair of pairs) {
      const mentor = keyOf.get(pair.mentorId);
      for (const menteeId of pair.menteeIds) {
        const mentee = keyOf.get(menteeId);
        if (mentor !== undefined && mentee !== undefined) pastPairs.push({ a: mentee, b: mentor });
      }
    }
    for (const link of reportingLinks(people)) earlierLinks.set(link.personKey, link);
  }
  const known = new Set(participants.map((p) => personKey(p.email)));
  return {
    wave,
    participants,
    responses,
    shortlists,
    pastPairs,
    earlierReportingLines: [...earlierLinks.values()].filter((l) => !known.has(l.personKey)),
  };
}

/** Options HR's review adds to the wave's data. */
export interface MatchingOptions {
  /** Pairs to keep; those naming someone no longer in the pool are dropped. */
  readonly locks?: readonly MatchLock[];
  readonly removedMenteeIds?: readonly string[];
}

/**
 * Builds the engine's input from a wave: active mentees who answered, approved and trained mentors who
 * answered (capacity capped by the wave's rules), shortlists limited to the pool, and the hard rules' data.
 */
export function buildMatchingInput(
  facts: WaveMatchingFacts,
  options: MatchingOptions = {},
): WaveMatchingInput {
  const { wave } = facts;
  const rules = wave.rules ?? DEFAULT_RULES;
  const answers = new Map(facts.responses.map((r) => [r.participantId, r.answers]));
  const choices = new Map(facts.shortlists.map((s) => [s.participantId, s.choices]));
  const active = facts.participants.filter((p) => p.status !== "withdrawn");

  const mentees: MatchMentee[] = [];
  const unansweredMentees: UnmatchedMentee[] = [];
  const mentors: MatchMentor[] = [];
  const leftOutMentors: IdleMentor[] = [];
  for (const p of active) {
    const a = answers.get(p.id);
    if (p.role === "mentee") {
      if (a?.kind === "mentee") mentees.push(menteeOf(p, a, wave.startDate));
      else unansweredMentees.push({ menteeId: p.id, reasons: [{ kind: "no-answers" }] });
    } else if (!isMatchableMentor(p)) leftOutMentors.push({ mentorId: p.id, reason: "not-eligible" });
    else if (a?.kind !== "mentor") leftOutMentors.push({ mentorId: p.id, reason: "no-answers" });
    else mentors.push({ ...mentorOf(p, a, wave.startDate), capacity: mentorCapacity(rules, a.capacity) });
  }

  const menteeIds = new Set(mentees.map((m) => m.id));
  const mentorIds = new Set(mentors.map((m) => m.id));
  const within = (id: string, ids: ReadonlySet<string>) => (choices.get(id) ?? []).filter((c) => ids.has(c));
  const locks = (options.locks ?? []).filter((l) => menteeIds.has(l.menteeId) && mentorIds.has(l.mentorId));
  const removed = (options.removedMenteeIds ?? []).filter((id) => menteeIds.has(id));
  return {
    input: {
      mentees: mentees.map((m) => ({ ...m, shortlist: within(m.id, mentorIds) })),
      mentors: mentors.map((m) => ({ ...m, shortlist: within(m.id, menteeIds) })),
      rules,
      weights: wave.matchWeights ?? DEFAULT_MATCH_WEIGHTS,
      reportingLines: [...reportingLinks(facts.participants), ...facts.earlierReportingLines],
      pastPairs: facts.pastPairs,
      locks,
      ...(removed.length > 0 ? { removedMenteeIds: removed } : {}),
    },
    unansweredMentees,
    leftOutMentors,
  };
}

/**
 * A mentee as the engine sees them; without answers, no needs and their declared languages. With the
 * wave's start date, their own time zone (if known) gives their UTC offset then, for the time-zone fit.
 */
export function menteeOf(
  p: Participant,
  answers?: QuestionnaireResponse["answers"],
  startDate?: string,
): MatchMentee {
  const own = answers?.kind === "mentee" ? answers : undefined;
  return {
    ...personOf(p, startDate),
    languages: p.languages,
    needs: own?.needs ?? [],
    ...(own ? { preferredLanguage: own.preferredLanguage } : {}),
  };
}

/** A mentor as the engine sees them, with their declared capacity (the caller caps it by the rules); offset as above. */
export function mentorOf(
  p: Participant,
  answers?: QuestionnaireResponse["answers"],
  startDate?: string,
): MatchMentor {
  const own = answers?.kind === "mentor" ? answers : undefined;
  return {
    ...personOf(p, startDate),
    languages: own && own.languages.length > 0 ? own.languages : p.languages,
    skills: own?.skills ?? [],
    capacity: own?.capacity ?? 0,
  };
}

function personOf(p: Participant, startDate: string | undefined) {
  const offset = startDate === undefined ? undefined : utcOffsetMinutesOn(p.timeZone, startDate);
  return {
    id: p.id,
    displayName: p.displayName,
    personKey: personKey(p.email),
    department: p.department,
    site: p.site,
    ...(offset === undefined ? {} : { utcOffsetMinutes: offset }),
  };
}

/** Every participant's manager link (withdrawn people included: the line runs through them all the same). */
function reportingLinks(people: readonly Participant[]): ReportingLink[] {
  return people.flatMap((p) =>
    p.managerEmail ? [{ personKey: personKey(p.email), managerKey: personKey(p.managerEmail) }] : [],
  );
}
