/** Small factories for the card tests: a wave, participants, answers and responses, each overridable. */
import type { Language } from "../../../core/language";
import type { Participant } from "../../../core/participant";
import type { MenteeAnswers, MentorAnswers, QuestionnaireResponse } from "../../../core/questionnaire";
import { DEFAULT_THEMES } from "../../../core/theme";
import type { Wave } from "../../../core/wave";

export function aWave(overrides: Partial<Wave> = {}): Wave {
  return {
    id: "wave-2025-spring",
    tenantId: "tenant-1",
    name: "Spring 2025 wave",
    state: "questionnaire",
    startDate: "2025-03-03",
    endDate: "2025-06-30",
    cadence: "monthly",
    sessionMinutes: 60,
    themes: DEFAULT_THEMES,
    questionnaireDeadline: "2025-03-21T17:00:00.000Z",
    ...overrides,
  };
}

/** A wave offering one theme only, the smallest catalogue a card must handle. */
export function aOneThemeWave(): Wave {
  return aWave({ themes: DEFAULT_THEMES.slice(0, 1) });
}

export function aMentee(overrides: Partial<Participant> = {}): Participant {
  return {
    id: "participant-mentee-1",
    waveId: "wave-2025-spring",
    tenantId: "tenant-1",
    aadObjectId: "00000000-0000-0000-0000-00000000000a",
    email: "claire.dubois@example.com",
    displayName: "Claire Dubois",
    role: "mentee",
    department: "Finance",
    site: "Paris",
    languages: ["en"],
    ...overrides,
  };
}

export function aMentor(overrides: Partial<Participant> = {}): Participant {
  return aMentee({
    id: "participant-mentor-1",
    aadObjectId: "00000000-0000-0000-0000-00000000000b",
    email: "sam.peeters@example.com",
    displayName: "Sam Peeters",
    role: "mentor",
    department: "IT",
    site: "Brussels",
    ...overrides,
  });
}

/** A participant of `role` whose first language is `language`. */
export function aParticipantSpeaking(role: "mentee" | "mentor", language: Language): Participant {
  const others = (["fr", "en", "nl"] as const).filter((l) => l !== language);
  return (role === "mentee" ? aMentee : aMentor)({ languages: [language, ...others] });
}

export function menteeAnswers(overrides: Partial<MenteeAnswers> = {}): MenteeAnswers {
  return {
    kind: "mentee",
    needs: [
      { themeId: "social-networks", comfort: 2 },
      { themeId: "artificial-intelligence", comfort: 1 },
    ],
    goal: "Post about our projects on LinkedIn with confidence.",
    preferredLanguage: "fr",
    ...overrides,
  };
}

export function mentorAnswers(overrides: Partial<MentorAnswers> = {}): MentorAnswers {
  return {
    kind: "mentor",
    skills: [
      { themeId: "cloud", level: 4 },
      { themeId: "cybersecurity", level: 3 },
      { themeId: "social-networks", level: 5 },
    ],
    motivation: "I like explaining what I use every day.",
    languages: ["nl", "en"],
    capacity: 2,
    ...overrides,
  };
}

export function aResponse(
  participant: Participant,
  overrides: Partial<QuestionnaireResponse> = {},
): QuestionnaireResponse {
  return {
    id: `response:${participant.id}`,
    waveId: participant.waveId,
    participantId: participant.id,
    role: participant.role,
    answers: participant.role === "mentee" ? menteeAnswers() : mentorAnswers(),
    submittedAt: "2025-03-10T09:15:00.000Z",
    updatedAt: "2025-03-12T14:30:45.123Z",
    revision: 2,
    ...overrides,
  };
}
