import type { Language } from "./language";
import type { Role } from "./participant";

export const MAX_NEEDS = 3;
export const MAX_SKILLS = 5;
export const GOAL_MAX_LENGTH = 500;
export const MOTIVATION_MAX_LENGTH = 1000;
export const MIN_CAPACITY = 1;
export const MAX_CAPACITY = 3;
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

/** A need, in the mentee's order of priority, with how comfortable they already feel with it (1–5). */
export interface RankedNeed {
  readonly themeId: string;
  readonly comfort: number;
}

export interface MenteeAnswers {
  readonly kind: "mentee";
  /** Ordered: first is the top priority. 1 to MAX_NEEDS entries, no theme twice. */
  readonly needs: readonly RankedNeed[];
  readonly goal: string;
  readonly preferredLanguage: Language;
}

/** A skill a mentor offers, with a self-declared level (1–5). */
export interface OfferedSkill {
  readonly themeId: string;
  readonly level: number;
}

export interface MentorAnswers {
  readonly kind: "mentor";
  readonly skills: readonly OfferedSkill[];
  readonly motivation: string;
  readonly languages: readonly Language[];
  /** How many mentees the mentor can take on (MIN_CAPACITY–MAX_CAPACITY). */
  readonly capacity: number;
}

export type QuestionnaireAnswers = MenteeAnswers | MentorAnswers;

/** A participant's saved answers to their wave's questionnaire: one document per participant and wave. */
export interface QuestionnaireResponse {
  readonly id: string;
  readonly waveId: string;
  readonly participantId: string;
  readonly role: Role;
  readonly answers: QuestionnaireAnswers;
  readonly submittedAt: string;
  readonly updatedAt: string;
  /** Incremented on every saved change; a resubmission of identical answers does not count. */
  readonly revision: number;
}

/** Deterministic id, so a retried or doubled submission can never create a second response. */
export function questionnaireResponseId(participantId: string): string {
  return `response:${participantId}`;
}

/** True when two sets of answers say the same thing (a double click, a retry). */
export function sameAnswers(a: QuestionnaireAnswers, b: QuestionnaireAnswers): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

function normalise(answers: QuestionnaireAnswers): unknown {
  if (answers.kind === "mentee") {
    return [
      answers.kind,
      answers.needs.map((n) => [n.themeId, n.comfort]),
      answers.goal,
      answers.preferredLanguage,
    ];
  }
  return [
    answers.kind,
    answers.skills.map((s) => [s.themeId, s.level]),
    answers.motivation,
    [...answers.languages].sort(),
    answers.capacity,
  ];
}

/** The words of a 1–5 scale, lowest first: the same on the cards and in the tab. */
export type ScaleWords = readonly [string, string, string, string, string];

/** How comfortable a mentee already feels with a need, in each language. */
export const COMFORT_WORDS_BY_LANGUAGE: Readonly<Record<Language, ScaleWords>> = {
  en: ["I'm new to this", "I've tried it", "I get by", "I'm fairly comfortable", "I'm at ease"],
  fr: [
    "Je débute",
    "J'ai déjà essayé",
    "Je me débrouille",
    "Je suis plutôt à l'aise",
    "Je suis tout à fait à l'aise",
  ],
  nl: [
    "Ik ben beginner",
    "Ik heb het al geprobeerd",
    "Ik red me wel",
    "Ik voel me redelijk zeker",
    "Ik voel me helemaal thuis",
  ],
};

/** How well a mentor masters a skill they offer, in each language. */
export const LEVEL_WORDS_BY_LANGUAGE: Readonly<Record<Language, ScaleWords>> = {
  en: ["Basics", "Working knowledge", "Good", "Advanced", "Expert"],
  fr: ["Notions de base", "Connaissances pratiques", "Bon niveau", "Avancé", "Expert"],
  nl: ["Basiskennis", "Praktische kennis", "Goed", "Gevorderd", "Expert"],
};

/** How comfortable a mentee already feels with a need (English, as the tab shows it). */
export const COMFORT_WORDS: ScaleWords = COMFORT_WORDS_BY_LANGUAGE.en;

/** How well a mentor masters a skill they offer (English, as the tab shows it). */
export const LEVEL_WORDS: ScaleWords = LEVEL_WORDS_BY_LANGUAGE.en;
