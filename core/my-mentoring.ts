import { preferredLanguage } from "./participant";
import type { QuestionnaireContext } from "./questionnaire-service";
import { findTheme, type Wave, type WaveState } from "./wave";
import type { Language } from "./language";
import type { Role } from "./participant";

/** What the "My mentoring" tab shows: the JSON contract of GET /api/me, shared with the front end. */
export interface MyMentoringView {
  readonly user: { readonly displayName: string };
  readonly enrolment: EnrolmentView | null;
}

export interface EnrolmentView {
  readonly role: Role;
  readonly language: Language;
  readonly department: string;
  readonly site: string;
  readonly wave: {
    readonly id: string;
    readonly name: string;
    readonly state: WaveState;
    readonly startDate: string;
    readonly endDate: string;
    readonly sessionMinutes: number;
    readonly questionnaireOpen: boolean;
    readonly questionnaireDeadline?: string;
  };
  readonly questionnaire: QuestionnaireView;
}

export interface QuestionnaireView {
  readonly status: "not-started" | "submitted";
  readonly submittedAt?: string;
  readonly updatedAt?: string;
  readonly mentee?: {
    readonly needs: ReadonlyArray<{ rank: number; themeId: string; themeLabel: string; comfort: number }>;
    readonly goal: string;
    readonly preferredLanguage: Language;
  };
  readonly mentor?: {
    readonly skills: ReadonlyArray<{ themeId: string; themeLabel: string; level: number }>;
    readonly motivation: string;
    readonly languages: readonly Language[];
    readonly capacity: number;
  };
}

/** Builds the tab's view of a participant's questionnaire, with theme labels in their language. */
export function myMentoringView(
  displayName: string,
  context: QuestionnaireContext | undefined,
): MyMentoringView {
  if (context === undefined) return { user: { displayName }, enrolment: null };
  const { wave, participant } = context;
  const language = preferredLanguage(participant);
  return {
    user: { displayName: participant.displayName },
    enrolment: {
      role: participant.role,
      language,
      department: participant.department,
      site: participant.site,
      wave: {
        id: wave.id,
        name: wave.name,
        state: wave.state,
        startDate: wave.startDate,
        endDate: wave.endDate,
        sessionMinutes: wave.sessionMinutes,
        questionnaireOpen: context.open,
        ...(wave.questionnaireDeadline ? { questionnaireDeadline: wave.questionnaireDeadline } : {}),
      },
      questionnaire: questionnaireView(wave, language, context),
    },
  };
}

function questionnaireView(wave: Wave, language: Language, context: QuestionnaireContext): QuestionnaireView {
  const response = context.response;
  if (response === undefined) return { status: "not-started" };
  const label = (themeId: string): string => findTheme(wave, themeId)?.labels[language] ?? themeId;
  const base = {
    status: "submitted" as const,
    submittedAt: response.submittedAt,
    updatedAt: response.updatedAt,
  };
  const answers = response.answers;
  if (answers.kind === "mentee") {
    return {
      ...base,
      mentee: {
        needs: answers.needs.map((n, i) => ({
          rank: i + 1,
          themeId: n.themeId,
          themeLabel: label(n.themeId),
          comfort: n.comfort,
        })),
        goal: answers.goal,
        preferredLanguage: answers.preferredLanguage,
      },
    };
  }
  return {
    ...base,
    mentor: {
      skills: answers.skills.map((s) => ({
        themeId: s.themeId,
        themeLabel: label(s.themeId),
        level: s.level,
      })),
      motivation: answers.motivation,
      languages: answers.languages,
      capacity: answers.capacity,
    },
  };
}
