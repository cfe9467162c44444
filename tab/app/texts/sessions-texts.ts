/**
 * The shape of the "My pair" panel's texts: the pair, its session plan, the session actions and the shared
 * notes editor. Refusals arrive structured (core/sessions/session-rules.ts SessionProblem) and are worded here.
 */
type Text = string;

export interface SessionsTexts {
  readonly title: Text;
  readonly loading: Text;
  readonly loadFailed: Text;
  readonly failureTitle: Text;
  readonly noPairTitle: Text;
  readonly noPairText: Text;
  /** The wave is closing or closed: the pair's sessions and notes stay, to read. */
  readonly endedTitle: Text;
  readonly endedText: Text;
  readonly withLabel: Text;
  readonly mentor: Text;
  readonly mentee: Text;
  readonly planTitle: Text;
  readonly planSummary: (held: number, booked: number, total: number) => string;
  readonly planEntry: (position: number) => string;
  readonly periodFromTo: (from: string, to: string) => string;
  readonly states: {
    readonly held: Text;
    readonly scheduled: Text;
    readonly "awaiting-check-in": Text;
    readonly proposed: Text;
    readonly open: Text;
    readonly upcoming: Text;
    readonly overdue: Text;
  };
  readonly cancelled: Text;
  readonly otherSessions: Text;
  readonly proposedByMe: Text;
  readonly proposedByOther: (name: string) => string;
  readonly reasonLabel: (reason: string) => string;
  readonly proposeTitle: Text;
  readonly dateLabel: Text;
  readonly timeLabel: Text;
  readonly timeZoneHint: (zone: string) => string;
  readonly propose: Text;
  readonly accept: Text;
  readonly reschedule: Text;
  readonly rescheduleTitle: Text;
  readonly cancel: Text;
  readonly cancelTitle: Text;
  readonly reasonField: Text;
  readonly confirm: Text;
  readonly back: Text;
  readonly meetingLink: Text;
  readonly meetingLinkField: Text;
  readonly saveLink: Text;
  readonly joinMeeting: Text;
  readonly downloadInvitation: Text;
  readonly showNotes: Text;
  readonly hideNotes: Text;
  readonly actionFailed: Text;
  readonly problems: {
    readonly wave: Text;
    readonly dateMissing: Text;
    readonly dateInvalid: Text;
    readonly dateOutsideWave: Text;
    readonly dateInPast: Text;
    readonly timeInvalid: Text;
    readonly reasonMissing: Text;
    readonly reasonTooLong: Text;
    readonly meetingUrl: Text;
    readonly ownProposal: Text;
    readonly planFull: Text;
    readonly sessionClosed: Text;
    readonly other: Text;
  };
  readonly notes: {
    readonly title: Text;
    readonly loading: Text;
    readonly loadFailed: Text;
    readonly textLabel: Text;
    readonly itemsTitle: Text;
    readonly noItems: Text;
    readonly newItemLabel: Text;
    readonly addItem: Text;
    readonly removeItem: (text: string) => string;
    readonly done: (text: string) => string;
    readonly save: Text;
    readonly saving: Text;
    readonly saved: Text;
    readonly saveFailed: Text;
    readonly unsaved: Text;
    readonly conflictTitle: Text;
    readonly conflictText: Text;
    readonly theirs: Text;
    readonly yours: Text;
    readonly merged: Text;
    readonly saveMerge: Text;
    readonly keepEditing: Text;
  };
}
