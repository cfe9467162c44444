import type { Container, ItemDefinition } from "@azure/cosmos";
import type { Identity } from "../core/participant";
import type { Enrolment, UserDirectory, UserRecord } from "../core/ports";
import type { UserDocument } from "./containers";
import { readOrUndefined } from "./cosmos-errors";
import { writeUnderEtag } from "./etag-update";

type Doc = UserDocument<UserRecord> & ItemDefinition;

/** Users are keyed by tenant and Entra object id, never by email (SECURITY-NOTES §2). */
export function userKey(identity: Identity): string {
  return `${identity.tenantId}:${identity.aadObjectId}`;
}

/** The user-keyed container: one document per person, updated read-modify-write under its ETag. */
export class CosmosUserDirectory implements UserDirectory {
  constructor(private readonly container: Container) {}

  async get(identity: Identity): Promise<UserRecord | undefined> {
    return (await this.read(identity))?.data;
  }

  async addEnrolment(identity: Identity, enrolment: Enrolment, now: Date): Promise<void> {
    await this.update(identity, now, (user) => ({
      ...user,
      enrolments: [
        ...user.enrolments.filter(
          (e) => !(e.waveId === enrolment.waveId && e.participantId === enrolment.participantId),
        ),
        enrolment,
      ],
    }));
  }

  async saveConversationReference(
    identity: Identity,
    reference: Readonly<Record<string, unknown>>,
    now: Date,
  ): Promise<UserRecord> {
    return this.update(identity, now, (user) => ({ ...user, conversationReference: reference }));
  }

  private async read(identity: Identity): Promise<Doc | undefined> {
    const id = userKey(identity);
    return readOrUndefined(() => this.container.item(id, id).read<Doc>());
  }

  /**
   * Applies `change` to the current record (no write when nothing changes) and answers the record as
   * stored; a concurrent writer (409/412) makes it re-read and retry.
   */
  private async update(
    identity: Identity,
    now: Date,
    change: (user: UserRecord) => UserRecord,
  ): Promise<UserRecord> {
    const id = userKey(identity);
    let stored: UserRecord | undefined;
    await writeUnderEtag<Doc>(this.container, id, id, (current) => {
      const base: UserRecord = current?.data ?? {
        tenantId: identity.tenantId,
        aadObjectId: identity.aadObjectId,
        enrolments: [],
        updatedAt: now.toISOString(),
      };
      const changed = change(base);
      if (current !== undefined && JSON.stringify(changed) === JSON.stringify(base)) {
        stored = base;
        return undefined;
      }
      stored = { ...changed, updatedAt: now.toISOString() };
      return { id, type: "user", data: stored };
    });
    return stored!;
  }
}
