/**
 * The shape of the tab's text catalogue: every text the tab shows, one object per language. Each language file is
 * typed `TabTexts`, so a missing or extra key is a compile error. Pure TypeScript: no React, no DOM (tested in node).
 */
import type { Language } from "../../../core/language";
import type { Role } from "../../../core/participant";
import type { WaveState } from "../../../core/wave";
import type { HrTexts } from "./hr-texts";

export interface TabTexts {
  /** The Intl locale for dates and numbers when the reader's own locale is in another language. */
  readonly intlLocale: string;
  /** Language names as this language writes them in running text ("French", "français"). */
  readonly languageNames: Readonly<Record<Language, string>>;

  readonly shell: {
    readonly starting: string;
    readonly couldNotStart: string;
    readonly retry: string;
  };

  readonly signIn: {
    readonly title: string;
    readonly intro: string;
    readonly sessionExpired: string;
    readonly loadingUsers: string;
    readonly usersFailed: string;
    readonly noDemoUsers: string;
    readonly signInFailed: string;
    readonly noUsersYet: string;
    readonly usersLabel: string;
    readonly signingInAs: (displayName: string) => string;
    readonly hrBadge: string;
    /** Precedes the user's name in bold: "Demo sign-in as **Megan Bowen** (mentor)". */
    readonly demoSignInAs: string;
    readonly hrLead: string;
    readonly switchUser: string;
    readonly openInTeamsTitle: string;
    readonly openInTeamsText: string;
  };

  readonly pages: {
    readonly navigationLabel: string;
    readonly myMentoringTab: string;
    readonly programmeTab: string;
    readonly loadingProgramme: string;
    readonly programmeFailedTitle: string;
    readonly programmeFailed: (detail: string | undefined) => string;
  };

  readonly myMentoring: {
    readonly title: string;
    readonly loading: string;
    readonly loadFailedTitle: string;
    readonly loadFailed: string;
    readonly notEnrolledTitle: string;
    readonly notEnrolledText: string;
  };

  readonly role: {
    readonly title: string;
    readonly names: Readonly<Record<Role, string>>;
    readonly sentences: Readonly<Record<Role, string>>;
    readonly department: string;
    readonly site: string;
  };

  readonly wave: {
    readonly title: string;
    readonly states: Readonly<Record<WaveState, { readonly label: string; readonly sentence: string }>>;
    readonly dates: string;
    readonly sessions: string;
    readonly sessionEach: (length: string) => string;
    readonly sessionLength: (minutes: number) => string;
  };

  readonly questionnaire: {
    readonly title: Readonly<Record<Role, string>>;
    readonly submitted: string;
    readonly notStarted: string;
    readonly lastUpdated: string;
    readonly notAnswered: string;
    readonly askTheBot: string;
    readonly whatItAsks: Readonly<Record<Role, string>>;
    /** `until` is undefined when the wave has no deadline. */
    readonly open: (until: string | undefined) => string;
    readonly openToChange: (until: string | undefined) => string;
    readonly opensLater: string;
    readonly closedFinal: (on: string | undefined) => string;
    readonly closedContactTeam: (on: string | undefined) => string;
  };

  readonly answers: {
    readonly whatYouWantToLearn: string;
    readonly comfortToday: string;
    readonly yourGoal: string;
    readonly preferredLanguage: string;
    readonly whatYouCanShare: string;
    readonly yourLevel: string;
    readonly whyYouMentor: string;
    readonly languages: string;
    readonly capacity: string;
    readonly capacityText: (capacity: number) => string;
    /** "3 of 5". */
    readonly score: (value: number, max: number) => string;
  };

  /** The Programme (HR) pages. */
  readonly hr: HrTexts;
}
