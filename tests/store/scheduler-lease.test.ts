import type { SchedulerLease } from "../../core/scheduler-lease";
import { startEmbeddedCosmos, type EmbeddedCosmos } from "../../store/embedded-cosmos";
import { openSchedulerLease } from "../../store/scheduler-lease";

const DATABASE = "scheduler-lease-test";
const T0 = new Date("2027-03-01T09:00:00Z");
const TTL = 60_000;
const at = (ms: number) => new Date(T0.getTime() + ms);

let cosmos: EmbeddedCosmos;
let lease: SchedulerLease;
let other: SchedulerLease;
let sequence = 0;
const aName = () => `reminders-${++sequence}`;

beforeAll(async () => {
  cosmos = await startEmbeddedCosmos();
  lease = await openSchedulerLease(cosmos.client, DATABASE);
  other = await openSchedulerLease(cosmos.client, DATABASE); // another instance, the same container
});
afterAll(async () => cosmos?.stop());

describe("CosmosSchedulerLease on the embedded emulator", () => {
  it("tryAcquire_twoHoldersRacing_exactlyOneWins", async () => {
    for (let round = 0; round < 5; round++) {
      const name = aName();
      const results = await Promise.all([
        lease.tryAcquire(name, "instance-a", T0, TTL),
        other.tryAcquire(name, "instance-b", T0, TTL),
        lease.tryAcquire(name, "instance-c", T0, TTL),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
    }
  });

  it("tryAcquire_heldByAnother_refusedUntilItExpires_thenTheOtherTakesOver", async () => {
    const name = aName();
    expect(await lease.tryAcquire(name, "instance-a", T0, TTL)).toBe(true);
    expect(await other.tryAcquire(name, "instance-b", at(TTL - 1), TTL)).toBe(false);
    expect(await other.tryAcquire(name, "instance-b", at(TTL), TTL)).toBe(true);
    expect(await lease.tryAcquire(name, "instance-a", at(TTL + 1), TTL)).toBe(false);
  });

  it("tryAcquire_byItsHolder_renewsIt_soTheOtherWaitsFromTheRenewal", async () => {
    const name = aName();
    expect(await lease.tryAcquire(name, "instance-a", T0, TTL)).toBe(true);
    expect(await lease.tryAcquire(name, "instance-a", at(TTL / 2), TTL)).toBe(true);
    expect(await other.tryAcquire(name, "instance-b", at(TTL + 1), TTL)).toBe(false);
    expect(await other.tryAcquire(name, "instance-b", at(TTL / 2 + TTL), TTL)).toBe(true);
  });

  it("tryAcquire_differentNames_areIndependent", async () => {
    const [first, second] = [aName(), aName()];
    expect(await lease.tryAcquire(first, "instance-a", T0, TTL)).toBe(true);
    expect(await other.tryAcquire(second, "instance-b", T0, TTL)).toBe(true);
  });
});
