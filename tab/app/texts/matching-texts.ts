/**
 * The shape of the matching texts: HR's Matching section (`hr.matching`) and the participants' shortlist panel
 * (`shortlist`). Pairs' reasons arrive structured (core/matching/matching-types.ts) and are worded here.
 */
import type { HardRule } from "../../../core/matching/matching-types";
import type { MatchWeights } from "../../../core/wave";

type Text = string;
type Count = (count: number) => string;
type Named = (name: string) => string;

/** One criterion of a pair's score, as HR reads it next to its weight. */
export interface CriterionTexts {
  readonly name: Text;
  /** What the criterion rewards, in plain words. */
  readonly meaning: Text;
}

export interface MatchingTexts {
  readonly title: Text;
  readonly loading: Text;
  readonly loadFailed: Text;
  readonly failureTitle: Text;
  readonly notYetTitle: Text;
  readonly notYetText: Text;
  readonly questionnaireOpenTitle: Text;
  readonly questionnaireOpenText: Text;
  readonly startMatching: Text;
  readonly startMatchingFailed: Text;

  readonly weights: {
    readonly legend: Text;
    readonly intro: Text;
    readonly criteria: Readonly<Record<keyof MatchWeights, CriterionTexts>>;
    /** The criterion's share of a perfect score: "38 % of a perfect score". */
    readonly share: (percent: string) => string;
    readonly none: Text;
    readonly save: Text;
    readonly saved: Text;
    readonly saveFailed: Text;
    readonly reset: Text;
    readonly takesEffect: Text;
    readonly fixed: Text;
  };

  readonly pool: {
    readonly title: Text;
    readonly mentees: Text;
    readonly mentors: Text;
    readonly places: Text;
    readonly mutualChoices: Text;
    readonly propose: Text;
    readonly proposeAgain: Text;
    readonly proposing: Text;
    readonly proposeFailed: Text;
    readonly proposed: (pairs: number, unmatched: number) => string;
  };

  readonly totals: {
    readonly title: Text;
    readonly pairs: Count;
    readonly groups: Count;
    readonly totalScore: Text;
    /** "612 of a best possible 640". */
    readonly scoreOf: (total: number, optimal: number) => string;
    readonly proven: Text;
    readonly provenHint: Text;
    readonly notProven: Text;
    readonly edited: Text;
    readonly editedHint: Text;
    readonly proposedAt: (when: string) => string;
  };

  readonly table: {
    readonly regionLabel: Text;
    readonly pairsLabel: Text;
    readonly groupsLabel: Text;
    readonly mentee: Text;
    readonly mentor: Text;
    readonly group: Text;
    readonly score: Text;
    readonly reasons: Text;
    readonly lock: Text;
    readonly actions: Text;
    /** Read instead of "72 / 130". */
    readonly scoreLabel: (score: number, max: number) => string;
    readonly groupOf: Named;
    readonly lockedByHr: Text;
    readonly lockedMutual: Text;
    readonly mutual: Text;
    readonly notLocked: Text;
    readonly lockPair: Named;
    readonly unlockPair: Named;
    readonly actionsFor: Named;
    readonly swap: Text;
    readonly changeMentor: Text;
    readonly remove: Text;
    readonly busy: Named;
  };

  readonly reasons: {
    readonly topicCovered: (theme: string, rank: number, level: number, comfort: number) => string;
    readonly topicNotCovered: (theme: string, rank: number) => string;
    readonly preferredLanguage: Named;
    readonly commonLanguage: Named;
    readonly sameSite: Named;
    readonly timeZoneGap: Count;
    readonly mutualChoice: Text;
    readonly chosenByMentee: Text;
    readonly chosenByMentor: Text;
    readonly lockedByHr: Text;
    readonly lockedMutual: Text;
  };

  readonly unmatched: {
    readonly menteesTitle: Count;
    readonly everyoneMatched: Text;
    readonly listLabel: Text;
    readonly noAllowedMentor: (details: string) => string;
    readonly excludedBy: Readonly<Record<HardRule, Count>>;
    readonly notEnoughCapacity: Count;
    readonly removedByHr: Text;
    readonly noAnswers: Text;
    readonly assign: Named;
    readonly mentorsTitle: Count;
    readonly everyMentorUsed: Text;
    readonly idleListLabel: Text;
    readonly idle: {
      readonly "not-needed": Text;
      readonly "no-allowed-mentee": Text;
      readonly "no-answers": Text;
      readonly "not-eligible": Text;
    };
    readonly spare: Count;
  };

  readonly edits: {
    readonly refusedTitle: Text;
    readonly failed: Text;
    readonly locked: Named;
    readonly unlocked: Named;
    readonly removed: Named;
    readonly swapped: (first: string, second: string) => string;
    readonly assigned: (mentee: string, mentor: string) => string;
    readonly swapTitle: Named;
    readonly swapWith: Text;
    readonly swapPlaceholder: Text;
    readonly swapOption: (mentee: string, mentor: string) => string;
    readonly swapPreview: (first: string, newMentor: string, second: string, otherMentor: string) => string;
    readonly swapConfirm: Text;
    readonly noOneToSwap: Text;
    readonly assignTitle: Named;
    readonly mentorField: Text;
    readonly mentorPlaceholder: Text;
    readonly withRoom: (mentor: string, spare: number) => string;
    readonly alreadyHas: (mentor: string, mentees: number) => string;
    readonly assignHint: Text;
    readonly assignConfirm: Text;
    readonly noMentorAvailable: Text;
  };

  readonly publish: {
    readonly publish: Text;
    readonly title: Count;
    readonly groupsTitle: Count;
    readonly running: Text;
    readonly introductions: Count;
    readonly groupIntroductions: Count;
    readonly unmatchedTold: Count;
    readonly everyoneMatched: Text;
    readonly confirm: Text;
    readonly publishedTitle: Text;
    readonly publishedText: (date: string, pairs: number) => string;
    readonly readOnly: Text;
  };
}

/** The participant's "choose who you'd like to be paired with" panel in My mentoring. */
export interface ShortlistTexts {
  readonly title: Text;
  /** `otherSide` is the plural of the other role: "mentors" for a mentee. */
  readonly intro: (max: number, otherSide: string) => string;
  readonly notAGuarantee: Text;
  readonly otherSide: { readonly mentor: Text; readonly mentee: Text };
  readonly loading: Text;
  readonly loadFailed: Text;
  readonly failureTitle: Text;
  readonly noCandidates: Text;
  readonly candidatesLabel: Text;
  readonly offers: Text;
  readonly needs: Text;
  readonly motivation: Text;
  readonly choose: Named;
  readonly chosen: (rank: number) => string;
  readonly unchoose: Named;
  readonly yourChoices: Text;
  readonly noChoiceYet: Text;
  readonly full: (max: number) => string;
  readonly moveUp: Named;
  readonly moveDown: Named;
  readonly save: Text;
  readonly saved: Text;
  readonly unsaved: Text;
  readonly saveFailed: Text;
  readonly closedTitle: Text;
  readonly closedText: Text;
  readonly closedNone: Text;
}
