import type { Container, ItemDefinition } from "@azure/cosmos";
import type { Identity } from "../core/participant";
import type { Enrolment, UserDirectory, UserRecord } from "../core/ports";
import type { UserDocument } from "./containers";
import { cosmosStatus, readOrUndefined } from "./cosmos-errors";

type Doc = UserDocument<UserRecord> & ItemDefinition;

const MAX_ATTEMPTS = 5;

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
    for (let attempt = 1; ; attempt++) {
      const current = await this.read(identity);
      const base: UserRecord = current?.data ?? {
        tenantId: identity.tenantId,
        aadObjectId: identity.aadObjectId,
        enrolments: [],
        updatedAt: now.toISOString(),
      };
      const changed = change(base);
      if (current !== undefined && JSON.stringify(changed) === JSON.stringify(base)) return base;
      const doc: Doc = {
        id: userKey(identity),
        type: "user",
        data: { ...changed, updatedAt: now.toISOString() },
      };
      try {
        if (current === undefined) await this.container.items.create(doc);
        else
          await this.container
            .item(doc.id, doc.id)
            .replace(doc, { accessCondition: { type: "IfMatch", condition: current._etag ?? "" } });
        return doc.data;
      } catch (error) {
        const status = cosmosStatus(error);
        if ((status !== 409 && status !== 412) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }
}
