import {
  DELIVERY_LEASE_MS,
  isReclaimable,
  type DeliveryLog,
  type DeliveryRecord,
  type RecordedOutcome,
} from "../../../core/delivery";
import { TandemError } from "../../../core/errors";

/**
 * The DeliveryLog contract in memory (the same rules as the Cosmos one, from core/delivery.ts), for
 * sender tests on virtual time. Records are replaced, never mutated, so object identity is the ETag.
 */
export class InMemoryDeliveryLog implements DeliveryLog {
  readonly records = new Map<string, DeliveryRecord>();
  readonly calls: string[] = [];
  /** Makes the next `complete` throw, as a Cosmos outage would. */
  failNextComplete = false;
  private readonly held = new Map<string, DeliveryRecord>();

  constructor(private readonly leaseMs = DELIVERY_LEASE_MS) {}

  async get(key: string): Promise<DeliveryRecord | undefined> {
    this.calls.push(`get ${key}`);
    return this.records.get(key);
  }

  async claim(key: string, now: Date): Promise<boolean> {
    this.calls.push(`claim ${key}`);
    const current = this.records.get(key);
    if (current !== undefined && !isReclaimable(current, now, this.leaseMs)) return false;
    const claim: DeliveryRecord = {
      key,
      state: "pending",
      claimedAt: now.toISOString(),
      claims: (current?.claims ?? 0) + 1,
    };
    this.records.set(key, claim);
    this.held.set(key, claim);
    return true;
  }

  async complete(key: string, outcome: RecordedOutcome, now: Date): Promise<void> {
    this.calls.push(`complete ${key}`);
    if (this.failNextComplete) {
      this.failNextComplete = false;
      throw new Error("Cosmos DB is unavailable");
    }
    const claim = this.held.get(key);
    this.held.delete(key);
    if (claim === undefined || this.records.get(key) !== claim)
      throw new TandemError("PRECONDITION_FAILED", `The claim on delivery "${key}" was taken over.`);
    this.records.set(key, { ...claim, state: "completed", completedAt: now.toISOString(), outcome });
  }
}
