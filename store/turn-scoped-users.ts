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
  private readonly turn = new AsyncLocalStorage<{
    readonly memo: Map<string, UserRecord | undefined>;
    readonly until: number;
  }>();

  constructor(
    private readonly users: UserDirectory,
    /** Work started inside a turn but still running after this long (a timer it set) reads the store again. */
    private readonly lifetimeMs = 30_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Runs one turn with its own memo. */
  run<T>(turn: () => Promise<T>): Promise<T> {
    return this.turn.run({ memo: new Map(), until: this.now() + this.lifetimeMs }, turn);
  }

  /** The current turn's memo, if there is a turn and it is still young. */
  private memo(): Map<string, UserRecord | undefined> | undefined {
    const scope = this.turn.getStore();
    return scope !== undefined && this.now() <= scope.until ? scope.memo : undefined;
  }

  /** The directory the services use: memoised inside a turn, pass-through outside. */
  readonly directory: UserDirectory = {
    get: async (identity: Identity) => {
      const memo = this.memo();
      const key = userKey(identity);
      if (memo?.has(key)) return memo.get(key);
      const record = await this.users.get(identity);
      memo?.set(key, record);
      return record;
    },
    addEnrolment: async (identity: Identity, enrolment: Enrolment, now: Date) => {
      this.turn.getStore()?.memo.delete(userKey(identity));
      await this.users.addEnrolment(identity, enrolment, now);
    },
    saveConversationReference: async (identity, reference, now) => {
      const record = await this.users.saveConversationReference(identity, reference, now);
      this.memo()?.set(userKey(identity), record);
      return record;
    },
  };
}
