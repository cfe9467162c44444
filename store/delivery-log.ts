import type { Container, ItemDefinition } from "@azure/cosmos";
import {
  DELIVERY_LEASE_MS,
  isReclaimable,
  type DeliveryLog,
  type DeliveryRecord,
  type RecordedOutcome,
} from "../core/delivery";
import { TandemError } from "../core/errors";
import { cosmosStatus, readOrUndefined } from "./cosmos-errors";

/** One document per message key (id = key, partition key /id): point reads and writes only. */
interface DeliveryDocument extends ItemDefinition {
  readonly id: string;
  readonly type: "delivery";
  readonly data: DeliveryRecord;
}

/** A claim this instance holds: the version it wrote, so `complete` overwrites nothing but its own claim. */
interface HeldClaim {
  readonly etag: string;
  readonly record: DeliveryRecord;
}

/** Characters Cosmos DB refuses in an id, and its length limit. */
const FORBIDDEN_ID_CHARACTERS = /[/\\?#]/;
const MAX_ID_LENGTH = 255;

/**
 * The delivery log on Cosmos DB. A claim is a create (a duplicate gets 409, so of concurrent claims one
 * wins); taking over an abandoned or failed key is a replace under the ETag just read (412 = someone
 * else took it first); completing replaces under the ETag of this instance's own claim.
 */
export class CosmosDeliveryLog implements DeliveryLog {
  private readonly held = new Map<string, HeldClaim>();

  constructor(
    private readonly container: Container,
    private readonly leaseMs = DELIVERY_LEASE_MS,
  ) {}

  async get(key: string): Promise<DeliveryRecord | undefined> {
    return (await this.read(checkedKey(key)))?.data;
  }

  async claim(key: string, now: Date): Promise<boolean> {
    checkedKey(key);
    // A few rounds only because a record can vanish between our 409 and our read (deleted by hand).
    for (let round = 0; round < 3; round++) {
      const fresh: DeliveryRecord = { key, state: "pending", claimedAt: now.toISOString(), claims: 1 };
      try {
        const { resource } = await this.container.items.create<DeliveryDocument>(toDocument(fresh));
        return this.hold(fresh, resource);
      } catch (error) {
        if (cosmosStatus(error) !== 409) throw error;
      }
      const current = await this.read(key);
      if (current === undefined) continue;
      if (!isReclaimable(current.data, now, this.leaseMs)) return false;
      const takeover: DeliveryRecord = { ...fresh, claims: current.data.claims + 1 };
      try {
        const { resource } = await this.container
          .item(key, key)
          .replace<DeliveryDocument>(toDocument(takeover), ifMatch(current._etag));
        return this.hold(takeover, resource);
      } catch (error) {
        if (cosmosStatus(error) === 412) return false;
        throw error;
      }
    }
    return false;
  }

  async complete(key: string, outcome: RecordedOutcome, now: Date): Promise<void> {
    const claim = this.held.get(checkedKey(key));
    if (claim === undefined)
      throw new TandemError("PRECONDITION_FAILED", `No claim on delivery "${key}" is held here.`);
    this.held.delete(key);
    const completed: DeliveryRecord = {
      key,
      state: "completed",
      claimedAt: claim.record.claimedAt,
      claims: claim.record.claims,
      completedAt: now.toISOString(),
      outcome,
    };
    try {
      await this.container
        .item(key, key)
        .replace<DeliveryDocument>(toDocument(completed), ifMatch(claim.etag));
    } catch (error) {
      const status = cosmosStatus(error);
      if (status === 412 || status === 404)
        throw new TandemError(
          "PRECONDITION_FAILED",
          `The claim on delivery "${key}" was taken over before its outcome was recorded.`,
        );
      throw error;
    }
  }

  private read(key: string): Promise<DeliveryDocument | undefined> {
    return readOrUndefined(() => this.container.item(key, key).read<DeliveryDocument>());
  }

  private hold(record: DeliveryRecord, written: DeliveryDocument | undefined): true {
    const etag = written?._etag;
    if (etag === undefined) throw new Error("Cosmos DB answered a write without the document.");
    this.held.set(record.key, { etag, record });
    return true;
  }
}

function toDocument(record: DeliveryRecord): DeliveryDocument {
  return { id: record.key, type: "delivery", data: record };
}

function ifMatch(etag: string | undefined) {
  return { accessCondition: { type: "IfMatch", condition: etag ?? "" } };
}

/** Keys become document ids as they are (deterministic), so they must be valid Cosmos ids. */
function checkedKey(key: string): string {
  if (
    key.length === 0 ||
    key.length > MAX_ID_LENGTH ||
    FORBIDDEN_ID_CHARACTERS.test(key) ||
    key.trim() !== key
  )
    throw new TandemError(
      "VALIDATION",
      `Delivery key "${key.slice(0, 80)}" must be 1–${MAX_ID_LENGTH} characters without / \\ ? # or edge spaces.`,
    );
  return key;
}
