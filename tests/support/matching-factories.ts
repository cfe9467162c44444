import { enrolParticipant } from "../../core/enrolment";
import type { Language } from "../../core/language";
import type { MentorVetting, Participant } from "../../core/participant";
import type { Repositories } from "../../core/ports";
import { questionnaireResponseId, type QuestionnaireAnswers } from "../../core/questionnaire";

/** A mentor HR approved and trained: the only kind matching may use. */
export const VETTED: MentorVetting = { approval: "approved", trainedAt: "2027-01-05T09:00:00.000Z" };

/** A mentee's answers: needs as [themeId, comfort] in rank order. */
export function menteeAnswers(
  needs: ReadonlyArray<readonly [string, number]>,
  preferredLanguage: Language = "fr",
  goal = "Post on LinkedIn without fear",
): QuestionnaireAnswers {
  return {
    kind: "mentee",
    needs: needs.map(([themeId, comfort]) => ({ themeId, comfort })),
    goal,
    preferredLanguage,
  };
}

/** A mentor's answers: skills as [themeId, level]. */
export function mentorAnswers(
  skills: ReadonlyArray<readonly [string, number]>,
  capacity = 1,
  languages: readonly Language[] = ["fr", "en"],
  motivation = "I like to share what I use every day.",
): QuestionnaireAnswers {
  return {
    kind: "mentor",
    skills: skills.map(([themeId, level]) => ({ themeId, level })),
    motivation,
    languages,
    capacity,
  };
}

/** Enrols the participant and, when given, saves their answers. */
export async function enrolWithAnswers(
  repos: Repositories,
  participant: Participant,
  answers: QuestionnaireAnswers | undefined,
  now: Date,
): Promise<Participant> {
  await enrolParticipant(repos, participant, now);
  if (answers !== undefined) {
    await repos.responses.create({
      id: questionnaireResponseId(participant.id),
      waveId: participant.waveId,
      participantId: participant.id,
      role: participant.role,
      answers,
      submittedAt: now.toISOString(),
      updatedAt: now.toISOString(),
      revision: 1,
    });
  }
  return participant;
}
