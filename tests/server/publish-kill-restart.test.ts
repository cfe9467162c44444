/**
 * The server process killed with SIGKILL while it introduces the pairs HR just published over the API,
 * started again on the same local data, and HR publishes again (as they would after an error): every pair
 * exists exactly once, every member of a pair gets the introduction and everyone left out the "not matched"
 * message, and only the messages in flight at the kill (reached the connector, not recorded as sent on disk)
 * can arrive twice. The kill is sent from the slow connector's handler when a set number of messages has
 * arrived (the pairs are written before the introductions start), so it lands mid-run whatever the speed.
 */
import type { ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { publishedPairId, type PublishedPair } from "../../core/matching/published-pair";
import { DEMO_TENANT_ID, loadConfig } from "../../server/config";
import { demoParticipants, DEMO_WAVE_ID } from "../../server/demo-wave";
import { startTandem } from "../../server/tandem-app";
import type { MatchingView } from "../../tab/api/matching-api-contract";
import {
  devToken,
  exited,
  freePort,
  KillableServer,
  untilServing,
  expectDeliveredOnceInEffect,
} from "../support/killable-server";
import { SlowConnector } from "../support/slow-connector";

jest.setTimeout(240_000);

/** The kill goes when this many messages have reached the connector: in the sender's second round of 16. */
const KILL_AFTER = 20;
const CONNECTOR_DELAY_MS = 1_000;
const DAY = 24 * 60 * 60 * 1000;
const START = Date.now();
const FIRST_RUN_CLOCK = new Date(START).toISOString();
/** Later than the killed server's delivery claims and scheduler lease. */
const RESTART_CLOCK = new Date(START + 10 * 60 * 1000).toISOString();
const PUBLICATION_MESSAGE = /You have been paired for|News about your pairing/;

let dataDir: string;
let server: KillableServer;
let connector: SlowConnector;
let proposal: NonNullable<MatchingView["proposal"]>;
const people = demoParticipants(DEMO_TENANT_ID);
const conversationOf = (aadObjectId: string) => `a:personal-${aadObjectId}`;
const day = (offsetDays: number) => new Date(START + offsetDays * DAY).toISOString().slice(0, 10);

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "tandem-publish-kill-"));
  connector = await SlowConnector.start(CONNECTOR_DELAY_MS);
  server = await KillableServer.bundle(dataDir);
  await seed();
});
afterAll(async () => {
  server?.killAll();
  await connector?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

async function hr<T>(url: string, token: string, path: string, body: unknown = {}) {
  const response = await fetch(`${url}${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

/** The demo wave dated from today, moved to matching with a proposal; everyone's conversation at the slow connector. */
async function seed(): Promise<void> {
  const app = await startTandem(
    loadConfig({ PORT: "0", HOST: "127.0.0.1", TANDEM_DATA_DIR: dataDir, TANDEM_SEED_DEMO: "true" }),
    { log: pino({ level: "silent" }), campaignIntervalMs: 3_600_000 },
  );
  try {
    const wave = await app.repos.waves.getVersioned(DEMO_WAVE_ID);
    await app.repos.waves.replace({ ...wave!.value, startDate: day(7), endDate: day(180) }, wave!.etag);
    const token = await devToken(app.url, "demo-hr-lead");
    const moved = await hr(app.url, token, `/api/hr/waves/${DEMO_WAVE_ID}/transition`, { to: "matching" });
    expect(moved.status).toBe(200);
    const proposed = await hr<MatchingView>(app.url, token, `/api/hr/waves/${DEMO_WAVE_ID}/matching/propose`);
    proposal = proposed.body.proposal!;
    for (const p of people) {
      await app.repos.users.saveConversationReference(
        { tenantId: p.tenantId, aadObjectId: p.aadObjectId! },
        {
          serviceUrl: connector.url,
          channelId: "msteams",
          locale: "en-US",
          user: { id: `29:${p.aadObjectId}`, aadObjectId: p.aadObjectId },
          bot: { id: "28:tandem", name: "Tandem" },
          conversation: {
            id: conversationOf(p.aadObjectId!),
            conversationType: "personal",
            tenantId: DEMO_TENANT_ID,
          },
        },
        new Date(START),
      );
    }
  } finally {
    await app.stop(); // writes the snapshot the child processes start from
  }
}

/** The conversation of the participant a publication message key is for (keys end with their id). */
function conversationOfKey(key: string): string | undefined {
  const person = people.find((p) => key.endsWith(`:${p.id}`));
  return person === undefined ? undefined : conversationOf(person.aadObjectId!);
}

const publicationMessages = () =>
  connector.received.filter((r) => PUBLICATION_MESSAGE.test(r.text)).map((r) => r.conversationId);

describe("a server process killed with SIGKILL while it introduces the pairs it just published", () => {
  it("afterARestartAndPublishingAgain_eachPairExistsOnce_everyoneIsToldOnce_exceptTheInFlightAtMostTwice", async () => {
    const expectedPairIds = proposal.pairs
      .map((p) => publishedPairId("one-to-one", p.mentor.id, p.mentee.id))
      .sort();
    const told = [
      ...proposal.pairs.flatMap((p) => [p.mentor.id, p.mentee.id]),
      ...proposal.unmatchedMentees.map((u) => u.mentee.id),
      ...proposal.idleMentors.map((i) => i.mentor.id),
    ].map((id) => conversationOf(people.find((p) => p.id === id)!.aadObjectId!));
    expect(told.length).toBeGreaterThan(KILL_AFTER);

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const first: ChildProcess = server.start(FIRST_RUN_CLOCK, port);
    connector.onActivity = (count) => {
      if (count === KILL_AFTER) first.kill("SIGKILL");
    };
    await untilServing(url);
    // The answer may not come: on a busy machine the kill can land before the route has answered.
    const published = await hr(
      url,
      await devToken(url, "demo-hr-lead"),
      `/api/hr/waves/${DEMO_WAVE_ID}/matching/publish`,
    ).then(
      (r) => r.status,
      () => "killed before answering",
    );
    expect([200, "killed before answering"]).toContain(published);
    await server.until(() => first.exitCode !== null || first.signalCode !== null, "the kill");
    expect(first.signalCode).toBe("SIGKILL");
    const beforeKill = publicationMessages();
    expect(new Set(beforeKill).size).toBeLessThan(told.length);

    // What the restart may send again: reached the connector, but not recorded as sent on disk.
    const split = await server.splitAtKill(beforeKill, conversationOfKey);

    connector.onActivity = () => undefined;
    const restartPort = await freePort();
    const restartUrl = `http://127.0.0.1:${restartPort}`;
    const second = server.start(RESTART_CLOCK, restartPort);
    await untilServing(restartUrl);
    const again = await hr(
      restartUrl,
      await devToken(restartUrl, "demo-hr-lead"),
      `/api/hr/waves/${DEMO_WAVE_ID}/matching/publish`,
    );
    expect(again.status).toBe(200);
    await server.until(
      () => told.every((c) => publicationMessages().includes(c)),
      "every publication message",
    );
    await new Promise((resolve) => setTimeout(resolve, 2_000)); // a few more scheduler runs: nothing more
    second.kill("SIGTERM");
    await exited(second);

    const pairs = await server.persistedWaveDocuments<PublishedPair>("pair");
    expect(pairs.map((p) => p.id).sort()).toEqual(expectedPairIds);
    expectDeliveredOnceInEffect(publicationMessages(), told, split);
  });
});
