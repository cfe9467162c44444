/**
 * The server process killed with SIGKILL while it sends a questionnaire campaign that HR just launched over
 * the API, then started again on the same local data: every participant ends up with the questionnaire card,
 * and only those whose card was in flight at the kill (reached the connector, not recorded as sent on disk)
 * can get it twice — the same "at least once" as reminders (see reminder-kill-restart.test.ts for why). The
 * kill is sent from the slow connector's handler when a set number of cards has arrived, so it lands
 * mid-campaign whatever the machine's speed.
 */
import type { ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { enrolParticipant } from "../../core/enrolment";
import type { Participant } from "../../core/participant";
import { DEMO_TENANT_ID, loadConfig } from "../../server/config";
import { startTandem } from "../../server/tandem-app";
import { aParticipant, aWave } from "../support/domain-factories";
import {
  devToken,
  exited,
  freePort,
  KillableServer,
  untilServing,
  expectDeliveredOnceInEffect,
} from "../support/killable-server";
import { SlowConnector } from "../support/slow-connector";

jest.setTimeout(180_000);

const PEOPLE = 40;
/** The kill goes when this many cards have reached the connector: in the sender's second round of 16. */
const KILL_AFTER = 20;
const CONNECTOR_DELAY_MS = 1_000;
const FIRST_RUN_CLOCK = "2027-01-10T09:00:00.000Z";
/** Later than the killed server's delivery claims and scheduler lease; long before the first reminder. */
const RESTART_CLOCK = "2027-01-10T09:10:00.000Z";

let dataDir: string;
let server: KillableServer;
let connector: SlowConnector;

const wave = aWave({ id: "wave-campaign-kill", tenantId: DEMO_TENANT_ID, state: "enrolling" });
const people: Participant[] = Array.from({ length: PEOPLE }, (_, k) =>
  aParticipant({ waveId: wave.id, tenantId: DEMO_TENANT_ID, role: k % 2 === 0 ? "mentor" : "mentee" }),
);
const conversationOf = (p: Participant) => `a:personal-${p.aadObjectId}`;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "tandem-campaign-kill-"));
  connector = await SlowConnector.start(CONNECTOR_DELAY_MS);
  server = await KillableServer.bundle(dataDir);
  await seed();
});
afterAll(async () => {
  server?.killAll();
  await connector?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

/** The enrolling wave and its people, each with a stored conversation at the slow connector. */
async function seed(): Promise<void> {
  const app = await startTandem(
    loadConfig({ PORT: "0", HOST: "127.0.0.1", TANDEM_DATA_DIR: dataDir, TANDEM_SEED_DEMO: "false" }),
    { log: pino({ level: "silent" }), campaignIntervalMs: 3_600_000 },
  );
  try {
    await app.repos.waves.save(wave);
    for (const p of people) {
      await enrolParticipant(app.repos, p, new Date("2027-01-05T08:00:00.000Z"));
      await app.repos.users.saveConversationReference(
        { tenantId: p.tenantId, aadObjectId: p.aadObjectId! },
        {
          serviceUrl: connector.url,
          channelId: "msteams",
          locale: "en-US",
          user: { id: `29:${p.aadObjectId}`, aadObjectId: p.aadObjectId },
          bot: { id: "28:tandem", name: "Tandem" },
          conversation: { id: conversationOf(p), conversationType: "personal", tenantId: DEMO_TENANT_ID },
        },
        new Date("2027-01-05T08:00:00.000Z"),
      );
    }
  } finally {
    await app.stop(); // writes the snapshot the child processes start from
  }
}

/** The conversation a campaign key is for (questionnaire:<wave>:<participant>:<kind>). */
function conversationOfKey(key: string): string {
  const person = people.find((p) => key === `questionnaire:${wave.id}:${p.id}:initial`);
  if (person === undefined) throw new Error(`unexpected campaign key ${key}`);
  return conversationOf(person);
}

describe("a server process killed with SIGKILL while it sends a questionnaire campaign", () => {
  it("afterARestart_everyParticipantHasTheQuestionnaire_andOnlyTheOnesInFlightAtTheKillCanGetItTwice", async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const first: ChildProcess = server.start(FIRST_RUN_CLOCK, port);
    connector.onActivity = (count) => {
      if (count === KILL_AFTER) first.kill("SIGKILL");
    };
    await untilServing(url);
    const hr = await devToken(url, "demo-hr-lead");
    // The answer may not come: on a busy machine the kill can land before the route has answered.
    const launch = await fetch(`${url}/api/hr/waves/${wave.id}/campaign`, {
      method: "POST",
      headers: { authorization: `Bearer ${hr}`, "content-type": "application/json" },
      body: JSON.stringify({ deadline: "2027-01-17T09:00:00.000Z", reminderIntervalDays: 2 }),
    }).then(
      (response) => response.status,
      () => "killed before answering",
    );
    expect([200, "killed before answering"]).toContain(launch);

    await server.until(() => first.exitCode !== null || first.signalCode !== null, "the kill");
    expect(first.signalCode).toBe("SIGKILL");
    const beforeKill = connector.received.map((r) => r.conversationId);
    expect(beforeKill.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(new Set(beforeKill).size).toBeLessThan(PEOPLE);

    // What the restart may send again: reached the connector, but not recorded as sent on disk.
    const split = await server.splitAtKill(beforeKill, conversationOfKey);
    expect(split.inFlight).toContain(beforeKill[KILL_AFTER - 1]);

    connector.onActivity = () => undefined;
    const second = server.start(RESTART_CLOCK);
    const everyone = people.map(conversationOf);
    const received = () => new Set(connector.received.map((r) => r.conversationId));
    await server.until(() => everyone.every((c) => received().has(c)), "every questionnaire");
    await new Promise((resolve) => setTimeout(resolve, 2_000)); // a few more scheduler runs: nothing more
    second.kill("SIGTERM");
    await exited(second);

    expectDeliveredOnceInEffect(
      connector.received.map((r) => r.conversationId),
      everyone,
      split,
    );
    const final = await server.persistedDeliveries();
    expect(final.filter((r) => r.state === "completed" && r.outcome.status === "sent")).toHaveLength(PEOPLE);
  });
});
