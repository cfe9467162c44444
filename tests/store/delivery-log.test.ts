import type { Container } from "@azure/cosmos";
import { DELIVERY_LEASE_MS, type DeliveryLog } from "../../core/delivery";
import { hasErrorCode } from "../../core/errors";
import { CONTAINERS } from "../../store/containers";
import { openDeliveryLog } from "../../store/cosmos-store";
import { CosmosDeliveryLog } from "../../store/delivery-log";
import { startEmbeddedCosmos, type EmbeddedCosmos } from "../../store/embedded-cosmos";

const DATABASE = "delivery-log-test";
const T0 = new Date("2027-03-01T09:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

let cosmos: EmbeddedCosmos;
let container: Container;
let log: DeliveryLog;
let sequence = 0;
/** A fresh key per test, shaped like the campaign's. */
const aKey = () => `questionnaire:wave-1:participant-${++sequence}:initial`;
/** Another sender instance (another process): its own held claims, the same container. */
const anotherInstance = () => new CosmosDeliveryLog(container);

beforeAll(async () => {
  cosmos = await startEmbeddedCosmos();
  log = await openDeliveryLog(cosmos.client, DATABASE);
  container = cosmos.client.database(DATABASE).container(CONTAINERS.deliveries.id);
});
afterAll(async () => cosmos?.stop());

describe("CosmosDeliveryLog on the embedded emulator", () => {
  it("openDeliveryLog_createsTheDeliveriesContainer_partitionedById", async () => {
    const { resource } = await container.read();
    expect(resource?.partitionKey?.paths).toEqual(["/id"]);
  });

  it("claim_newKey_createsAPendingRecord_whoseIdIsTheKey", async () => {
    const key = aKey();
    expect(await log.claim(key, T0)).toBe(true);
    expect(await log.get(key)).toEqual({ key, state: "pending", claimedAt: T0.toISOString(), claims: 1 });
    const { resource } = await container.item(key, key).read<{ id: string; type: string }>();
    expect(resource).toMatchObject({ id: key, type: "delivery" });
  });

  it("get_unknownKey_isUndefined", async () => {
    expect(await log.get(aKey())).toBeUndefined();
  });

  it("claim_liveClaim_isRefused_byTheSameAndByAnotherInstance", async () => {
    const key = aKey();
    expect(await log.claim(key, T0)).toBe(true);
    expect(await log.claim(key, at(1000))).toBe(false);
    expect(await anotherInstance().claim(key, at(DELIVERY_LEASE_MS - 1))).toBe(false);
  });

  it("twoConcurrentClaims_fromTwoInstances_exactlyOneWins", async () => {
    const key = aKey();
    const results = await Promise.all([anotherInstance().claim(key, T0), anotherInstance().claim(key, T0)]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("tenConcurrentClaims_exactlyOneWins", async () => {
    const key = aKey();
    const results = await Promise.all(Array.from({ length: 10 }, () => anotherInstance().claim(key, T0)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("complete_sent_recordsTheOutcome_andTheKeyCanNeverBeClaimedAgain", async () => {
    const key = aKey();
    await log.claim(key, T0);
    await log.complete(key, { status: "sent", activityId: "1:abc" }, at(800));
    expect(await log.get(key)).toEqual({
      key,
      state: "completed",
      claimedAt: T0.toISOString(),
      claims: 1,
      completedAt: at(800).toISOString(),
      outcome: { status: "sent", activityId: "1:abc" },
    });
    expect(await anotherInstance().claim(key, at(10 * DELIVERY_LEASE_MS))).toBe(false);
  });

  it.each([
    ["blocked", { status: "unreachable", reason: "blocked" } as const],
    ["not installed", { status: "unreachable", reason: "not-installed" } as const],
  ])("complete_unreachable_%s_isFinal", async (_situation, outcome) => {
    const key = aKey();
    await log.claim(key, T0);
    await log.complete(key, outcome, T0);
    expect(await log.claim(key, at(10 * DELIVERY_LEASE_MS))).toBe(false);
  });

  it.each([
    ["failed", { status: "failed", error: "Gave up after 5 attempts" } as const],
    ["refused reference", { status: "unreachable", reason: "bad-reference" } as const],
  ])("complete_%s_leavesTheKeyClaimableByALaterRun", async (_situation, outcome) => {
    const key = aKey();
    await log.claim(key, T0);
    await log.complete(key, outcome, T0);
    expect(await anotherInstance().claim(key, at(5000))).toBe(true);
    expect(await log.get(key)).toMatchObject({
      state: "pending",
      claims: 2,
      claimedAt: at(5000).toISOString(),
    });
  });

  it("stalePendingClaim_afterTheLease_isTakenOver_byExactlyOneOfTwoInstances", async () => {
    const key = aKey();
    await anotherInstance().claim(key, T0); // claimed, then the process died
    const later = at(DELIVERY_LEASE_MS);
    const results = await Promise.all([
      anotherInstance().claim(key, later),
      anotherInstance().claim(key, later),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await log.get(key)).toMatchObject({ state: "pending", claims: 2, claimedAt: later.toISOString() });
  });

  it("complete_afterTheClaimWasTakenOver_isRefused_andLeavesTheNewClaimAlone", async () => {
    const key = aKey();
    const slow = anotherInstance();
    const successor = anotherInstance();
    await slow.claim(key, T0);
    await successor.claim(key, at(DELIVERY_LEASE_MS));
    const refused = await slow
      .complete(key, { status: "sent" }, at(DELIVERY_LEASE_MS + 1))
      .catch((e: unknown) => e);
    expect(hasErrorCode(refused, "PRECONDITION_FAILED")).toBe(true);
    expect(await log.get(key)).toMatchObject({ state: "pending", claims: 2 });
    await successor.complete(key, { status: "sent" }, at(DELIVERY_LEASE_MS + 2));
    expect(await log.get(key)).toMatchObject({ state: "completed", outcome: { status: "sent" } });
  });

  it("complete_withoutHoldingAClaim_isRefused", async () => {
    const key = aKey();
    await anotherInstance().claim(key, T0);
    const refused = await log.complete(key, { status: "sent" }, T0).catch((e: unknown) => e);
    expect(hasErrorCode(refused, "PRECONDITION_FAILED")).toBe(true);
  });

  it.each([
    ["a slash", "a/b"],
    ["a question mark", "a?b"],
    ["a hash", "a#b"],
    ["a backslash", "a\\b"],
    ["nothing", ""],
    ["a leading space", " padded"],
    ["256 characters", "x".repeat(256)],
  ])("keyWith_%s_isNotAValidId_andIsRefusedWithValidation", async (_situation, key) => {
    const refused = await log.claim(key, T0).catch((e: unknown) => e);
    expect(hasErrorCode(refused, "VALIDATION")).toBe(true);
  });
});
