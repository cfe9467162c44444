/**
 * The whole server process killed with SIGKILL in the middle of a reminder run, then started again on the
 * same local data (the embedded Cosmos and its snapshot file): every due reminder ends up delivered, and
 * the only reminders that can arrive twice are the ones in flight when the process died.
 *
 * Why duplicates are possible at all: the Bot Connector has no idempotency key. The sender claims a key in
 * the delivery log, posts the activity, then records "sent". A process killed between the post and the
 * record leaves a pending claim; once its lease ran out, the restarted server cannot tell "never posted"
 * from "posted, not recorded" and sends again (at least once rather than at most once). In embedded mode the
 * data lives in the killed process and reaches the disk through the debounced snapshot, so a record made
 * just before the kill can be lost as well. Both cases are exactly "received by the connector before the
 * kill, and not recorded as sent in the data the restart begins from" — which is what the test asserts.
 *
 * The server runs as its own process (server/main.ts bundled by esbuild, as `npm start` runs it), with a
 * test clock (TANDEM_TEST_CLOCK_START, local mode only) and a fast scheduler interval. The connector answers
 * each activity after a delay, and the kill is sent from its request handler when a set number has arrived,
 * so it lands mid-run whatever the machine's speed.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import type { Participant } from "../../core/participant";
import { loadConfig } from "../../server/config";
import { startTandem } from "../../server/tandem-app";
import { aParticipant, TENANT } from "../support/domain-factories";
import { exited, KillableServer, expectDeliveredOnceInEffect } from "../support/killable-server";
import { aPublishedPair, aRunningWave, aSession } from "../support/session-factories";
import { SlowConnector } from "../support/slow-connector";

jest.setTimeout(180_000);

const PAIRS = 30;
/** Every member of every pair has one check-in card due: one activity per conversation. */
const DUE = 2 * PAIRS;
/** The kill goes when this many activities have reached the connector (of DUE): in the sender's third round of 16. */
const KILL_AFTER = 36;
/** Long beside the snapshot's 250 ms debounce: the first answered rounds are usually on disk at the kill. */
const CONNECTOR_DELAY_MS = 1_000;
/** Session 1 of every pair, 14:00–15:30 Paris: check-in cards are due from 14:45 UTC. */
const SESSION_START = "2027-02-10T13:00:00.000Z";
const FIRST_RUN_CLOCK = "2027-02-10T16:00:00.000Z";
/** Later than both leases of the killed server (scheduler lease, delivery claims), inside the catch-up window. */
const RESTART_CLOCK = "2027-02-10T16:10:00.000Z";
const CHECK_IN = /How did your mentoring session go/;

let dataDir: string;
let server: KillableServer;
let connector: SlowConnector;

const wave = aRunningWave({ id: "wave-kill", startDate: "2027-01-15", endDate: "2027-07-15" });
const people: Participant[] = [];
const pairs = Array.from({ length: PAIRS }, () => {
  const mentor = aParticipant({ waveId: wave.id, role: "mentor" });
  const mentee = aParticipant({ waveId: wave.id, role: "mentee" });
  people.push(mentor, mentee);
  return aPublishedPair(wave, mentor, [mentee], { publishedAt: "2027-02-01T08:00:00.000Z" });
});
const conversationOf = (p: Participant) => `a:personal-${p.aadObjectId}`;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "tandem-kill-"));
  connector = await SlowConnector.start(CONNECTOR_DELAY_MS);
  server = await KillableServer.bundle(dataDir);
  await seed();
});
afterAll(async () => {
  server?.killAll();
  await connector?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

/** The wave, its people with a stored conversation at the slow connector, pairs and past first sessions. */
async function seed(): Promise<void> {
  const app = await startTandem(
    loadConfig({ PORT: "0", HOST: "127.0.0.1", TANDEM_DATA_DIR: dataDir, TANDEM_SEED_DEMO: "false" }),
    {
      log: pino({ level: "silent" }),
      clock: { now: () => new Date("2027-02-01T08:00:00.000Z") },
      campaignIntervalMs: 3_600_000,
    },
  );
  try {
    await app.repos.waves.save(wave);
    for (const p of people) {
      await app.repos.participants.save(p);
      await app.repos.users.saveConversationReference(
        { tenantId: p.tenantId, aadObjectId: p.aadObjectId! },
        {
          serviceUrl: connector.url,
          channelId: "msteams",
          locale: "en-US",
          user: { id: `29:${p.aadObjectId}`, aadObjectId: p.aadObjectId },
          bot: { id: "28:tandem", name: "Tandem" },
          conversation: { id: conversationOf(p), conversationType: "personal", tenantId: TENANT },
        },
        new Date("2027-02-01T08:00:00.000Z"),
      );
    }
    for (const pair of pairs) {
      await app.repos.pairs.createIfAbsent(pair);
      await app.repos.sessions.create(
        aSession(pair, SESSION_START, { bookedAt: "2027-02-02T08:00:00.000Z" }),
      );
    }
  } finally {
    await app.stop(); // writes the snapshot the child processes start from
  }
}

/** The conversation a check-in reminder key is for (keys end with the participant's id). */
function conversationOfKey(key: string): string {
  const person = people.find((p) => key.endsWith(`:check-in:${p.id}`));
  if (person === undefined) throw new Error(`unexpected reminder key ${key}`);
  return conversationOf(person);
}

describe("a server process killed with SIGKILL during a reminder run", () => {
  it("afterARestart_everyDueReminderIsDelivered_andOnlyTheOnesInFlightAtTheKillCanArriveTwice", async () => {
    const first = server.start(FIRST_RUN_CLOCK);
    connector.onActivity = (count) => {
      if (count === KILL_AFTER) first.kill("SIGKILL");
    };
    await server.until(() => first.exitCode !== null || first.signalCode !== null, "the kill");
    expect(first.signalCode).toBe("SIGKILL");
    const beforeKill = connector.received.map((r) => r.conversationId);
    // The kill landed mid-run: some reminders had gone out, far from all.
    expect(beforeKill.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(new Set(beforeKill).size).toBeLessThan(DUE);

    // What the restart may send again: reached the connector, but not recorded as sent on disk.
    const split = await server.splitAtKill(beforeKill, conversationOfKey);
    // The activity whose arrival triggered the kill was still waiting for its answer: surely in flight.
    expect(split.inFlight).toContain(beforeKill[KILL_AFTER - 1]);

    connector.onActivity = () => undefined;
    const second = server.start(RESTART_CLOCK);
    const everyone = people.map(conversationOf);
    const received = () => new Set(connector.received.map((r) => r.conversationId));
    await server.until(() => everyone.every((c) => received().has(c)), "every reminder");
    // A few more scheduler runs: nothing further may arrive.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    second.kill("SIGTERM");
    await exited(second);

    expect(connector.received.every((r) => CHECK_IN.test(r.text))).toBe(true);
    expectDeliveredOnceInEffect(
      connector.received.map((r) => r.conversationId),
      everyone,
      split,
    );

    // After the graceful stop, the log holds every reminder as sent.
    const final = await server.persistedDeliveries();
    expect(final.filter((r) => r.state === "completed" && r.outcome.status === "sent")).toHaveLength(DUE);
  });
});
