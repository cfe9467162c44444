import { AsyncLocalStorage } from "node:async_hooks";
import type { Identity } from "../core/participant";
import type { Enrolment, UserDirectory, UserRecord } from "../core/ports";
import { userKey } from "./user-directory";

/**
 * One bot turn reads the person's user record several times: to keep their conversation reference, to
 * record the time zone Teams reports, to find their wave. Inside `run` (one turn), the first read — or the
 * record a write answered — serves the later ones; each turn starts afresh, and outside a turn (the tab
 * API, the runners) every call goes to the store. Within a turn this sees what the turn itself wrote, and
 * a concurrent change from elsewhere as of the turn's first read, as reads at the turn's start would.
 */
export class TurnScopedUsers {
  private readonly turn = new AsyncLocalStorage<Map<string, UserRecord | undefined>>();

  constructor(private readonly users: UserDirectory) {}

  /** Runs one turn with its own memo. */
  run<T>(turn: () => Promise<T>): Promise<T> {
    return this.turn.run(new Map(), turn);
  }

  /** The directory the services use: memoised inside a turn, pass-through outside. */
  readonly directory: UserDirectory = {
    get: async (identity: Identity) => {
      const memo = this.turn.getStore();
      const key = userKey(identity);
      if (memo?.has(key)) return memo.get(key);
      const record = await this.users.get(identity);
      memo?.set(key, record);
      return record;
    },
    addEnrolment: async (identity: Identity, enrolment: Enrolment, now: Date) => {
      this.turn.getStore()?.delete(userKey(identity));
      await this.users.addEnrolment(identity, enrolment, now);
    },
    saveConversationReference: async (identity, reference, now) => {
      const record = await this.users.saveConversationReference(identity, reference, now);
      this.turn.getStore()?.set(userKey(identity), record);
      return record;
    },
  };
}
