import { TandemError, type FieldError } from "../errors";
import type { Language } from "../language";
import {
  isMatchableMentor,
  preferredLanguage,
  type Identity,
  type Participant,
  type Role,
} from "../participant";
import type { Clock, Repositories } from "../ports";
import type { QuestionnaireAnswers } from "../questionnaire";
import { themeLabel } from "../theme";
import { findTheme, type Wave } from "../wave";
import { brokenHardRules, buildHardRuleIndex } from "./hard-rules";
import { publicationStarted } from "./matching-gates";
import {
  buildMatchingInput,
  loadWaveMatchingFacts,
  menteeOf,
  mentorOf,
  type WaveMatchingFacts,
} from "./matching-input";
import { MAX_SHORTLIST } from "./shortlist";

/** A profile of the other side a participant may shortlist: what helps choose, nothing private (no goals). */
export interface ShortlistProfile {
  readonly id: string;
  readonly displayName: string;
  readonly role: Role;
  readonly department: string;
  readonly site: string;
  readonly languages: readonly Language[];
  /** Mentors: what they offer, with their level; mentees: what they need, in rank order. */
  readonly themes: ReadonlyArray<{
    readonly themeId: string;
    readonly themeLabel: string;
    readonly level?: number;
  }>;
  /** Mentors only. */
  readonly motivation?: string;
}

/** A participant's shortlist as they see it. */
export interface ShortlistState {
  readonly waveId: string;
  readonly open: boolean;
  readonly max: number;
  readonly choices: readonly string[];
  readonly candidates: readonly ShortlistProfile[];
}

/**
 * Mutual choice before matching: a participant sees the other side's eligible, answered people (minus
 * anyone a hard rule excludes for them) and shortlists up to MAX_SHORTLIST of them.
 */
export class ShortlistService {
  constructor(
    private readonly repos: Repositories,
    private readonly clock: Clock,
  ) {}

  async view(identity: Identity, waveId: string): Promise<ShortlistState> {
    const { participant, facts } = await this.enrolled(identity, waveId);
    const candidates = candidatesFor(participant, facts);
    const offered = new Set(candidates.map((c) => c.id));
    const stored = await this.repos.shortlists.get(waveId, participant.id);
    return {
      waveId,
      open: await this.isOpen(facts.wave),
      max: MAX_SHORTLIST,
      choices: (stored?.choices ?? []).filter((id) => offered.has(id)),
      candidates,
    };
  }

  /** Saves the caller's choices: only offered ids, no duplicates, at most MAX_SHORTLIST, only while open. */
  async save(identity: Identity, waveId: string, choices: unknown): Promise<ShortlistState> {
    const { participant, facts } = await this.enrolled(identity, waveId);
    if (!(await this.isOpen(facts.wave))) {
      throw new TandemError(
        "INVALID_TRANSITION",
        "Shortlists are closed: pairs are published or being made.",
      );
    }
    const offered = new Set(candidatesFor(participant, facts).map((c) => c.id));
    const problem = choicesProblem(choices, offered);
    if (problem !== undefined) throw new TandemError("VALIDATION", problem.message, [problem]);
    await this.repos.shortlists.save({
      waveId,
      participantId: participant.id,
      role: participant.role,
      choices: choices as string[],
      updatedAt: this.clock.now().toISOString(),
    });
    return this.view(identity, waveId);
  }

  /** Open while the wave is in its questionnaire or matching state and publishing has not started. */
  private async isOpen(wave: Wave): Promise<boolean> {
    if (wave.state !== "questionnaire" && wave.state !== "matching") return false;
    return !publicationStarted((await this.repos.proposals.get(wave.id))?.value);
  }

  /** The caller's active participation in this wave (found by identity, never by a claimed id). */
  private async enrolled(
    identity: Identity,
    waveId: string,
  ): Promise<{ participant: Participant; facts: WaveMatchingFacts }> {
    const user = await this.repos.users.get(identity);
    const enrolment = user?.enrolments.find((e) => e.waveId === waveId);
    const wave = enrolment && (await this.repos.waves.get(waveId));
    const participant = enrolment && (await this.repos.participants.get(waveId, enrolment.participantId));
    if (
      wave === undefined ||
      wave.tenantId !== identity.tenantId ||
      participant === undefined ||
      participant.aadObjectId !== identity.aadObjectId ||
      participant.status === "withdrawn"
    ) {
      throw new TandemError("NOT_ENROLLED", "You are not taking part in this wave.");
    }
    return { participant, facts: await loadWaveMatchingFacts(this.repos, wave) };
  }
}

/** The other side's active, answered, eligible people the hard rules allow for `caller`. */
export function candidatesFor(caller: Participant, facts: WaveMatchingFacts): ShortlistProfile[] {
  const { wave } = facts;
  const answers = new Map(facts.responses.map((r) => [r.participantId, r.answers]));
  const index = buildHardRuleIndex(buildMatchingInput(facts).input);
  const language = preferredLanguage(caller);
  const label = (themeId: string) => {
    const theme = findTheme(wave, themeId);
    return theme ? themeLabel(theme, language) : themeId;
  };
  const other: Role = caller.role === "mentee" ? "mentor" : "mentee";
  return facts.participants
    .filter((p) => p.role === other && p.status !== "withdrawn")
    .filter((p) => answers.get(p.id)?.kind === other && (other === "mentee" || isMatchableMentor(p)))
    .filter((p) => {
      const [mentee, mentor] = caller.role === "mentee" ? [caller, p] : [p, caller];
      return (
        brokenHardRules(
          index,
          menteeOf(mentee, answers.get(mentee.id)),
          mentorOf(mentor, answers.get(mentor.id)),
        ).length === 0
      );
    })
    .map((p) => profile(p, answers.get(p.id), label));
}

function profile(
  p: Participant,
  answers: QuestionnaireAnswers | undefined,
  label: (themeId: string) => string,
): ShortlistProfile {
  const base = { id: p.id, displayName: p.displayName, role: p.role, department: p.department, site: p.site };
  if (answers?.kind === "mentor") {
    return {
      ...base,
      languages: answers.languages.length > 0 ? answers.languages : p.languages,
      themes: answers.skills.map((s) => ({
        themeId: s.themeId,
        themeLabel: label(s.themeId),
        level: s.level,
      })),
      motivation: answers.motivation,
    };
  }
  const needs = answers?.kind === "mentee" ? answers.needs : [];
  return {
    ...base,
    languages: p.languages,
    themes: needs.map((n) => ({ themeId: n.themeId, themeLabel: label(n.themeId) })),
  };
}

function choicesProblem(choices: unknown, offered: ReadonlySet<string>): FieldError | undefined {
  const field = "choices";
  if (!Array.isArray(choices) || choices.some((c) => typeof c !== "string"))
    return { field, message: "Send the chosen people's ids as a list." };
  if (choices.length > MAX_SHORTLIST)
    return {
      field,
      message: `Choose at most ${MAX_SHORTLIST} people.`,
      detail: { reason: "too-many", max: MAX_SHORTLIST },
    };
  if (new Set(choices).size !== choices.length) return { field, message: "Choose each person only once." };
  if (choices.some((c: string) => !offered.has(c)))
    return { field, message: "Choose only among the people offered to you." };
  return undefined;
}
