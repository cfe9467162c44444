/**
 * Oversized bodies are refused with 413 before any handler runs (server/http-server.ts: 256 KB for the tab
 * API, 128 KB for the bot endpoint), nothing is written or sent, and the server keeps serving.
 */
import { CARD_VERBS } from "../../bot/cards/adaptive-card";
import { MAX_ACTIVITY_BYTES, MAX_BODY_BYTES } from "../../server/http-server";
import { devTokenFrom } from "../support/api-client";
import { CaptureConnector } from "../support/capture-connector";
import { storeFingerprint } from "../support/store-fingerprint";
import { postActivity, teamsActivities } from "../support/teams-activities";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";

jest.setTimeout(60_000);

let tandem: TestTandem;
let connector: CaptureConnector;
let hrToken: string;
const user = { aadObjectId: "5d000000-0000-4000-8000-000000000001", name: "Big Sender" };

beforeAll(async () => {
  [tandem, connector] = await Promise.all([
    startTestTandem({}, undefined, { campaignIntervalMs: 3_600_000 }),
    CaptureConnector.start(),
  ]);
  hrToken = await devTokenFrom(tandem.url, "demo-hr-lead");
  expect((await postActivity(tandem.url, teamsActivities(connector.url, user).installed())).status).toBe(200);
  connector.take();
});
afterAll(async () => Promise.all([tandem?.stop(), connector?.stop()]));

async function post(path: string, body: string, token?: string): Promise<number> {
  const response = await fetch(`${tandem.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  await response.arrayBuffer();
  return response.status;
}

const twoMegabytes = JSON.stringify({ name: "x".repeat(2 * 1024 * 1024) });

describe("oversized request bodies", () => {
  it.each([
    ["a 2 MB activity", "/api/messages", () => twoMegabytes, undefined],
    [
      "a 200 KB card submission",
      "/api/messages",
      () =>
        JSON.stringify(
          teamsActivities(connector.url, user).execute(CARD_VERBS.submitQuestionnaire, {
            goal: "y".repeat(200 * 1024),
          }),
        ),
      undefined,
    ],
    ["a 2 MB tab API body", "/api/hr/waves", () => twoMegabytes, () => hrToken],
    [
      "a 300 KB enrolment import",
      "/api/hr/waves/any/import/commit",
      () => JSON.stringify({ csv: "z".repeat(300 * 1024) }),
      () => hrToken,
    ],
  ])("%s_is413_nothingIsWrittenOrSent_andTheServerStaysUp", async (_what, path, bodyOf, tokenOf) => {
    const before = await storeFingerprint(tandem.cosmos.client);
    expect(await post(path, bodyOf(), tokenOf?.())).toBe(413);
    expect(await storeFingerprint(tandem.cosmos.client)).toEqual(before);
    expect(connector.take()).toEqual([]);
    expect((await fetch(`${tandem.url}/health`)).status).toBe(200);
  });

  it("aCardSubmissionJustUnderTheActivityLimit_isNotRefusedForItsSize", async () => {
    const activity = teamsActivities(connector.url, user).execute(CARD_VERBS.submitQuestionnaire, {
      goal: "y".repeat(MAX_ACTIVITY_BYTES - 4 * 1024),
    });
    expect(await post("/api/messages", JSON.stringify(activity))).not.toBe(413);
    expect(MAX_ACTIVITY_BYTES).toBeLessThan(MAX_BODY_BYTES);
  });
});
