/**
 * The shape of the HR (Programme) pages' texts, the `hr` group of TabTexts: one sub-group per page or panel.
 * Server-sent messages (field errors, transition reasons, CSV line errors) arrive worded and are shown as sent.
 */
import type { WaveState } from "../../../core/wave";

type Text = string;
type Count = (count: number) => string;
type Named = (name: string) => string;

export interface HrTexts {
  readonly common: {
    readonly cancel: Text;
    readonly notSaved: Text;
    readonly allWaves: Text;
    readonly couldNotRefresh: (message: string) => string;
    /** The fallback error of a confirmed action: "Withdraw failed". */
    readonly actionFailed: (action: string) => string;
    /** A whole percentage: "37 %". */
    readonly percent: (whole: number) => string;
    readonly mentees: Count;
    readonly mentors: Count;
    readonly people: Count;
  };

  readonly waveList: {
    readonly eyebrow: Text;
    readonly title: Text;
    readonly newWave: Text;
    readonly intro: Text;
    readonly loading: Text;
    readonly loadFailed: Text;
    readonly failureTitle: Text;
    readonly emptyTitle: Text;
    readonly emptyText: Text;
  };

  readonly newWave: {
    readonly title: Text;
    readonly create: Text;
  };

  readonly waveDetail: {
    readonly loading: Text;
    readonly loadFailed: Text;
    readonly failureTitle: Text;
    readonly lifecycle: Text;
    readonly monthlySessions: (minutes: number) => string;
    /** "2 approved, 1 trained" after the mentor count. */
    readonly mentorVetting: (approved: number, trained: number) => string;
    readonly answered: Count;
    readonly withdrawn: Count;
    readonly sectionsLabel: Text;
    readonly sections: {
      readonly settings: Text;
      readonly participants: Text;
      readonly mentors: Text;
      readonly questionnaire: Text;
      readonly needs: Text;
      readonly matching: Text;
    };
    readonly saveChanges: Text;
  };

  readonly lifecycle: {
    readonly stepperLabel: Text;
    /** Read by screen readers after a finished step. */
    readonly done: Text;
    /** HR's name of each state (badges, stepper) and the button moving a wave forward into it. */
    readonly states: Readonly<Record<WaveState, { readonly label: Text; readonly forward: Text }>>;
    readonly backTo: (stateLabel: string) => string;
    readonly nowInPhase: (stateLabel: string) => string;
    readonly didNotMove: Text;
    readonly moveFailed: Text;
  };

  readonly waveEditor: {
    readonly checkFieldsTitle: Text;
    readonly checkFields: Text;
    readonly saved: Text;
    readonly saveFailed: Text;
    readonly nameMissing: Text;
    readonly startMissing: Text;
    readonly endMissing: Text;
    readonly endBeforeStart: Text;
    readonly sessionRange: Text;
    readonly reminderRange: Text;
    readonly noTheme: Text;
    readonly labelMissing: Text;
  };

  readonly waveBasics: {
    readonly legend: Text;
    readonly name: Text;
    readonly namePlaceholder: Text;
    readonly startDate: Text;
    readonly endDate: Text;
    readonly meetings: Text;
    readonly meetingsHint: Text;
    readonly monthly: Text;
    readonly sessionLength: Text;
    readonly remindMentors: Text;
    readonly defaultLanguage: Text;
    readonly defaultLanguageHint: Text;
  };

  readonly themes: {
    readonly legend: Text;
    readonly hint: Text;
    readonly listLabel: Text;
    readonly add: Text;
    /** The name of a theme without an English label yet: "theme 3". */
    readonly unnamed: (number: number) => string;
    readonly labelOf: (languageName: string, number: number) => string;
    readonly moveUp: Named;
    readonly moveDown: Named;
    readonly remove: Named;
  };

  readonly rules: {
    readonly legend: Text;
    readonly locked: Text;
    readonly reportingLine: Text;
    readonly reportingLineHint: Text;
    readonly sameDepartment: Text;
    readonly maxMentees: Text;
    readonly oneToOne: Text;
    readonly smallGroup: Text;
    readonly format: Text;
    readonly formatPairs: Text;
    readonly formatGroups: Text;
    readonly formatHint: Text;
    readonly groupSize: Text;
    readonly groupSizeHint: Text;
    readonly hint: Text;
  };

  readonly enrolment: {
    readonly title: Text;
    readonly importCsv: Text;
    readonly addPerson: Text;
    readonly csvHint: Text;
    readonly loading: Text;
    readonly loadFailed: Text;
    readonly failureTitle: Text;
    readonly emptyTitle: Text;
    readonly emptyText: Text;
    readonly shownOf: (shown: number, total: number) => string;
    readonly noMatchTitle: Text;
    readonly noMatchText: Text;
    readonly withdrawTitle: Named;
    readonly withdraw: Text;
    readonly withdrawText: Text;
  };

  readonly participantsTable: {
    readonly regionLabel: Text;
    readonly tableLabel: Text;
    readonly name: Text;
    readonly role: Text;
    readonly status: Text;
    readonly questionnaire: Text;
    readonly reachable: Text;
    readonly actions: Text;
    readonly statuses: { readonly active: Text; readonly withdrawn: Text };
    readonly answers: { readonly "not-started": Text; readonly submitted: Text };
    readonly reachability: { readonly yes: Text; readonly no: Text; readonly unknown: Text };
    readonly edit: Named;
    readonly withdraw: Named;
    readonly hasWithdrawn: Named;
  };

  readonly toolbar: {
    readonly search: Text;
    readonly searchPlaceholder: Text;
    readonly role: Text;
    readonly everyone: Text;
    readonly mentees: Text;
    readonly mentors: Text;
  };

  readonly participantDialog: {
    readonly addTitle: Text;
    readonly editTitle: Named;
    readonly add: Text;
    readonly save: Text;
    readonly saveFailed: Text;
    readonly name: Text;
    readonly workEmail: Text;
    readonly role: Text;
    /** After the role's name: "Mentee (executive)". */
    readonly menteeWho: Text;
    readonly mentorWho: Text;
    readonly managerEmail: Text;
    readonly managerHint: Text;
    readonly objectId: Text;
    readonly objectIdHint: Text;
    readonly languages: Text;
    readonly motivation: Text;
    readonly nameMissing: Text;
    readonly emailInvalid: Text;
    readonly noLanguage: Text;
  };

  readonly csvImport: {
    readonly close: Text;
    readonly doneTitle: Text;
    readonly doneText: (created: number, updated: number, unchanged: number) => string;
    readonly checking: Named;
    readonly couldNotCheck: Named;
    readonly checkFailed: Text;
    readonly importFailed: Text;
    readonly previewTitle: Named;
    readonly nothingImported: Text;
    readonly fileRejected: Text;
    readonly importPeople: Count;
    readonly summaryNew: Count;
    readonly summaryUpdated: Count;
    readonly summaryUnchanged: Count;
    readonly summaryErrors: Count;
    readonly adviceFix: Text;
    readonly adviceNothing: Text;
    readonly adviceReady: Text;
    readonly regionLabel: Text;
    readonly tableLabel: Text;
    readonly line: Text;
    readonly name: Text;
    readonly email: Text;
    readonly role: Text;
    readonly outcome: Text;
    readonly problems: Text;
    readonly none: Text;
    readonly outcomes: {
      readonly new: Text;
      readonly updated: Text;
      readonly unchanged: Text;
      readonly error: Text;
    };
  };

  readonly mentors: {
    readonly loading: Text;
    readonly loadFailed: Text;
    readonly failureTitle: Text;
    readonly emptyTitle: Text;
    readonly emptyText: Text;
    readonly listLabel: Text;
    readonly announce: (name: string, matchable: boolean) => string;
    readonly legendTitle: Text;
    readonly legendText: (matchable: number, total: number) => string;
    readonly canBeMatched: Text;
    readonly notYet: Text;
    readonly declined: Text;
    readonly approve: Text;
    readonly approved: Text;
    readonly decline: Text;
    readonly saving: Named;
    readonly approvalOf: Named;
    readonly trainingDone: Text;
    readonly trainingDoneOn: (date: string) => string;
    readonly trainer: Text;
    readonly whyWithdrawn: Text;
    readonly whyDeclined: Text;
    readonly whyApprovalAndTraining: Text;
    readonly whyApproval: Text;
    readonly whyTraining: Text;
  };

  readonly campaign: {
    readonly title: Text;
    readonly loading: Text;
    readonly loadFailed: Text;
    readonly failureTitle: Text;
    readonly blockedInDraft: Text;
    readonly blockedPastEnrolment: Text;
    readonly legend: Text;
    readonly intro: Text;
    readonly deadlineDate: Text;
    readonly deadlineTime: Text;
    readonly remindEvery: Text;
    readonly remindHint: Text;
    readonly launch: Text;
    readonly confirmTitle: Text;
    readonly confirmRecipients: Count;
    readonly confirmSchedule: (deadline: string, intervalDays: number) => string;
    readonly chooseDateTime: Text;
    readonly futureDeadline: Text;
    readonly intervalRange: Text;
    readonly states: { readonly "not-launched": Text; readonly running: Text; readonly closed: Text };
    readonly launched: (when: string) => string;
    readonly acceptedUntil: (when: string) => string;
    readonly remindersEvery: (days: number) => string;
    readonly responseRate: Text;
    readonly rateHint: (percent: string) => string;
    readonly answeredOf: (answered: number, enrolled: number) => string;
    readonly enrolled: Text;
    readonly sent: Text;
    readonly reminders: Text;
    readonly unreachable: Text;
    readonly updatedAt: (time: string) => string;
    readonly unreachableTitle: Count;
    readonly everyoneReachable: Text;
    readonly reasons: {
      readonly "not-installed": Text;
      readonly blocked: Text;
      readonly "no-identity": Text;
    };
    readonly whatToDo: {
      readonly "not-installed": Text;
      readonly blocked: Text;
      readonly "no-identity": Text;
    };
  };

  readonly needs: {
    readonly title: Text;
    readonly loading: Text;
    readonly loadFailed: Text;
    readonly failureTitle: Text;
    readonly emptyTitle: Text;
    readonly emptyText: (mentees: number, mentors: number) => string;
    readonly summary: (
      menteesAnswered: number,
      mentees: number,
      mentorsAnswered: number,
      mentors: number,
    ) => string;
    readonly shortfallTitle: Text;
    readonly drawing: Text;
    readonly perTheme: Text;
    /** "3 places short", "2 places to spare", "Balanced". */
    readonly gap: (gap: number) => string;
    readonly firstChoice: Text;
    readonly inTop3: Text;
    readonly supplyLegend: Text;
    readonly demandAboveSupply: Text;
    readonly menteesWanting: Text;
    readonly demandCaption: Text;
    readonly demandTitle: Text;
    readonly balanceCaption: Text;
    readonly balanceTitle: Text;
    readonly tableRegion: Text;
    readonly tableCaption: (menteesAnswered: number, mentorsAnswered: number) => string;
    readonly theme: Text;
    readonly menteesTop3: Text;
    readonly mentorsOffering: Text;
    readonly menteePlaces: Text;
    readonly gapColumn: Text;
  };
}
