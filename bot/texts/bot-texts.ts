/**
 * The shape of the bot's message catalogue: every text a card or a bot message shows, one object per
 * language. Each language file is typed `BotTexts`, so a missing or extra key is a compile error.
 */
import type { FieldErrorDetail } from "../../core/errors";
import type { FirstSessionProblem } from "../../core/matching/first-session";
import type { Role } from "../../core/participant";

/** What a field error's wording may need besides its detail. */
export interface FieldErrorSubject {
  /** Needs, comfort, goal and language (mentee) or skills, level, motivation, languages, capacity (mentor). */
  readonly mentee: boolean;
  /** A theme's label in the reader's language. */
  readonly theme: (themeId: string) => string;
}

/** One wording per reason a proposed first session date is refused; `start`/`end` are the wave's dates. */
export type FirstSessionProblemTexts = {
  readonly [P in FirstSessionProblem as `${P["field"]}-${P["reason"]}`]: (
    start: string,
    end: string,
  ) => string;
};

/** One wording function per validation reason, typed by the reason's own detail. */
export type FieldErrorTexts = {
  readonly [D in FieldErrorDetail as D["reason"]]: (detail: D, subject: FieldErrorSubject) => string;
};

export interface BotTexts {
  /** The locale dates are written in ("3 March 2025"). */
  readonly dateLocale: string;
  /** Joins a card's DATE and TIME functions: "21/03/2025 at 18:00". */
  readonly dateTimeJoiner: string;

  readonly welcome: {
    readonly greeting: (firstName: string) => string;
    readonly greetingWithoutName: string;
    readonly takingPart: (waveName: string, role: Role) => string;
    readonly period: (start: string, end: string) => string;
    readonly questionnaireClosed: string;
    readonly answersSaved: string;
    readonly firstStep: (role: Role) => string;
    readonly seeAnswers: string;
    readonly seeOrEditAnswers: string;
    readonly answerQuestionnaire: string;
  };

  readonly help: {
    readonly title: string;
    readonly intro: string;
    /** The words people can send; recognised in every language by text-commands.ts. */
    readonly commands: ReadonlyArray<{ readonly word: string; readonly meaning: string }>;
    readonly tab: string;
    readonly didNotUnderstand: string;
  };

  readonly notices: {
    readonly hello: (firstName: string | undefined) => string;
    readonly notEnrolled: string;
    readonly closedTitle: string;
    readonly closedNotYetOpen: (waveName: string) => string;
    /** `coreMessage` is core's English explanation; languages other than English word their own. */
    readonly closedRefusal: (coreMessage: string) => string;
    readonly notSavedTitle: string;
    readonly forbidden: (coreMessage: string) => string;
    readonly otherRefusal: (coreMessage: string) => string;
  };

  readonly form: {
    readonly notSaved: (errorCount: number) => string;
    readonly optional: (label: string) => string;
    readonly chooseTheme: string;
    readonly none: string;
    readonly chooseScore: string;
    readonly send: string;
    readonly errors: FieldErrorTexts;
  };

  readonly mentee: {
    readonly title: string;
    readonly intro: (maxNeeds: number, lowest: string, highest: string) => string;
    readonly need: (line: number) => string;
    readonly firstNeed: string;
    readonly comfort: (line: number) => string;
    readonly needRequired: string;
    readonly goal: string;
    readonly goalPlaceholder: string;
    readonly goalRequired: string;
    readonly language: string;
    readonly languageRequired: string;
  };

  readonly mentor: {
    readonly title: string;
    readonly intro: (maxSkills: number, lowest: string, highest: string) => string;
    readonly skill: (line: number) => string;
    readonly level: (line: number) => string;
    readonly skillRequired: string;
    readonly motivation: string;
    readonly motivationRequired: string;
    readonly languages: string;
    readonly languagesRequired: string;
    readonly capacity: string;
    readonly capacityRequired: string;
    /** "2 mentees". */
    readonly capacityText: (capacity: number) => string;
  };

  readonly summary: {
    readonly yourAnswers: string;
    readonly saved: string;
    readonly unchanged: string;
    readonly subtitle: (role: Role, waveName: string) => string;
    readonly lastUpdated: (when: string) => string;
    readonly closed: string;
    readonly changeWhileOpen: string;
    readonly changeUntil: (deadline: string) => string;
    readonly edit: string;
    readonly need: (line: number) => string;
    readonly needValue: (theme: string, comfort: number, max: number) => string;
    readonly goal: string;
    readonly mentoringLanguage: string;
    readonly skill: (line: number) => string;
    readonly skillValue: (theme: string, level: number, max: number) => string;
    readonly motivation: string;
    readonly languages: string;
    readonly capacity: string;
  };

  readonly campaign: {
    readonly invitation: (firstName: string, waveName: string, deadline: string) => string;
    readonly reminder: (firstName: string, waveName: string, deadline: string) => string;
  };

  /** The card introducing a published pair (or group) to each of its members. */
  readonly introduction: {
    /** The message's text beside the card (what the notification shows). */
    readonly preview: (waveName: string) => string;
    readonly meetYourMentor: (name: string) => string;
    readonly meetYourMentee: (name: string) => string;
    readonly meetYourGroup: string;
    readonly paired: (waveName: string) => string;
    readonly mentor: string;
    readonly mentee: string;
    /** The reader's own profile: "Alex Wilber (you)". */
    readonly you: (name: string) => string;
    readonly department: string;
    readonly site: string;
    readonly languages: string;
    readonly skills: string;
    /** "Cloud (Advanced)". */
    readonly skillLevel: (theme: string, level: string) => string;
    readonly topNeeds: string;
    readonly inTheirWords: string;
    readonly topicsTitle: string;
    readonly noSharedTopics: string;
    /** The wave's rhythm: monthly sessions of `minutes`, from `start` to `end`. */
    readonly rhythm: (minutes: number, start: string, end: string) => string;
    readonly chatWith: (name: string) => string;
    readonly groupChat: string;
    readonly proposalSoFar: (name: string, when: string) => string;
  };

  /** Proposing the first session from the introduction card, and what the others are told. */
  readonly firstSession: {
    readonly formTitle: string;
    readonly formIntro: (start: string, end: string) => string;
    readonly date: string;
    readonly time: string;
    readonly dateRequired: string;
    readonly timeRequired: string;
    readonly propose: string;
    readonly notSent: string;
    readonly problems: FirstSessionProblemTexts;
    readonly sentTitle: string;
    readonly alreadySentTitle: string;
    readonly youProposed: (when: string) => string;
    /** `names`: the other members, already joined. */
    readonly told: (names: string) => string;
    readonly stillTrying: (names: string) => string;
    readonly notTold: (names: string) => string;
    readonly yourPair: (names: string) => string;
    readonly changeTitle: string;
    readonly proposeInstead: string;
    readonly noticePreview: (name: string) => string;
    readonly noticeTitle: (name: string) => string;
    readonly noticeText: (name: string, when: string) => string;
    readonly replyInChat: (name: string) => string;
    readonly notYoursTitle: string;
    readonly notYours: string;
  };

  /** What a mentee left without a mentor, or a mentor without a mentee, is told when pairs are published. */
  readonly notMatched: {
    readonly preview: (waveName: string) => string;
    readonly menteeTitle: string;
    readonly menteeIntro: (waveName: string) => string;
    readonly notEnoughMentors: string;
    readonly ruledOut: string;
    readonly noCommonLanguage: (count: number) => string;
    readonly reportingLine: (count: number) => string;
    readonly sameDepartment: (count: number) => string;
    readonly metBefore: (count: number) => string;
    readonly removedByHr: string;
    readonly noAnswers: string;
    readonly hrWillGetBack: string;
    readonly reserveTitle: string;
    readonly reserve: (waveName: string) => string;
    readonly reserveNoAllowedMentee: (waveName: string) => string;
    readonly mentorNotPairedTitle: string;
    readonly mentorNoAnswers: (waveName: string) => string;
    readonly mentorNotEligible: (waveName: string) => string;
  };
}
