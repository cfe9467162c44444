/**
 * The shared notes and action items of one session: for the pair (or group) alone, never HR. One document
 * per session, edited under its ETag; on a conflict the editor gets both versions to merge, so no update
 * is ever lost silently.
 */
export interface ActionItem {
  /** Stable within the notes (client-made ids are checked: short, url-safe). */
  readonly id: string;
  readonly text: string;
  readonly done: boolean;
  /** Participant id of who it is for, when assigned. */
  readonly owner?: string;
  readonly doneBy?: string;
  readonly doneAt?: string;
}

export interface SessionNotes {
  readonly id: string;
  readonly waveId: string;
  readonly pairId: string;
  readonly sessionId: string;
  readonly text: string;
  readonly actionItems: readonly ActionItem[];
  /** Incremented on every saved change; the client sends the revision it edited. */
  readonly revision: number;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

export const NOTES_MAX_LENGTH = 20_000;
export const ACTION_ITEM_MAX_LENGTH = 300;
export const MAX_ACTION_ITEMS = 30;

export function sessionNotesId(sessionId: string): string {
  return `notes:${sessionId}`;
}
