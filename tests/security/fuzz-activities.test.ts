/**
 * Random and mutated activities posted to /api/messages in local mode (no Bot Connector token): missing
 * fields, wrong types, unknown activity types, hostile text. The bot never answers 5xx, never crashes,
 * pollutes no prototype, and keeps serving.
 */
import fc from "fast-check";
import { CARD_VERBS } from "../../bot/cards/adaptive-card";
import { CaptureConnector } from "../support/capture-connector";
import { postActivity, teamsActivities } from "../support/teams-activities";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";
import { assertPrototypesClean, hostileJson, hostileJsonText } from "./hostile-json";

jest.setTimeout(180_000);

let tandem: TestTandem;
let connector: CaptureConnector;

beforeAll(async () => {
  [tandem, connector] = await Promise.all([
    startTestTandem({}, undefined, { campaignIntervalMs: 3_600_000 }),
    CaptureConnector.start(),
  ]);
});
afterAll(async () => Promise.all([tandem?.stop(), connector?.stop()]));

/** A demo mentee of the local demo wave, so well-formed mutations reach the questionnaire code. */
const demoMentee = { aadObjectId: "00000000-0000-0000-0000-0000000000020", name: "Alex Wilber" };

const ACTIVITY_FIELDS = [
  "type",
  "id",
  "timestamp",
  "channelId",
  "serviceUrl",
  "from",
  "recipient",
  "conversation",
  "channelData",
  "locale",
  "text",
  "value",
  "name",
  "membersAdded",
  "membersRemoved",
  "action",
  "entities",
  "attachments",
  "replyToId",
  "localTimezone",
  "aadObjectId",
  "tenantId",
  "tenant",
  "conversationType",
  "verb",
  "data",
];

async function post(body: string): Promise<number> {
  const response = await fetch(`${tandem.url}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });
  await response.arrayBuffer();
  return response.status;
}

/** A real activity with some fields removed and some replaced by hostile values. */
function mutatedActivity() {
  const base = () => {
    const user = teamsActivities(connector.url, demoMentee);
    return [
      user.message("questionnaire"),
      user.message("help"),
      user.installed(),
      user.execute(CARD_VERBS.openQuestionnaire, {}),
      { ...user.message(""), type: "installationUpdate", action: "add" },
      { ...user.message(""), type: "messageReaction", reactionsAdded: [{ type: "like" }] },
      { ...user.message(""), type: "event", name: "application/vnd.microsoft.meetingStart" },
      { ...user.message(""), type: "invoke", name: "composeExtension/query", value: {} },
    ];
  };
  const path = fc.array(fc.constantFrom(...ACTIVITY_FIELDS), { minLength: 1, maxLength: 2 });
  const mutation = fc.record({
    path,
    value: fc.oneof(fc.constant<unknown>(undefined), hostileJson(ACTIVITY_FIELDS)),
  });
  return fc
    .tuple(fc.integer({ min: 0, max: base().length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }))
    .map(([index, mutations]) => {
      const activity = JSON.parse(JSON.stringify(base()[index])) as Record<string, unknown>;
      for (const {
        path: [first, second],
        value,
      } of mutations) {
        if (first === undefined) continue;
        if (second === undefined || typeof activity[first] !== "object" || activity[first] === null) {
          activity[first] = value;
        } else {
          (activity[first] as Record<string, unknown>)[second] = value;
        }
      }
      return activity;
    });
}

/**
 * An invoke the bot does not handle: botbuilder's ActivityHandler answers 501 Not Implemented, the Bot
 * Framework's protocol answer (Teams shows its generic error). Only card actions must never be 5xx.
 */
function isUnsupportedInvoke(activity: Record<string, unknown>): boolean {
  return activity["type"] === "invoke" && activity["name"] !== "adaptiveCard/action";
}

describe("fuzzed activities", () => {
  it("mutatedActivities_neverAnswer5xx_andTheServerStaysUp", async () => {
    await fc.assert(
      fc.asyncProperty(mutatedActivity(), async (activity) => {
        const status = await post(hostileJsonText(activity));
        if (isUnsupportedInvoke(activity)) expect([200, 400, 403, 501]).toContain(status);
        else expect(status).toBeLessThan(500);
      }),
      { numRuns: 100 },
    );
    assertPrototypesClean();
    expect((await fetch(`${tandem.url}/health`)).status).toBe(200);
  });

  it("arbitraryJsonBodies_neverAnswer5xx_andTheServerStaysUp", async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileJson(ACTIVITY_FIELDS, [connector.url, "message", "invoke", "msteams"]),
        async (body) => expect(await post(hostileJsonText(body))).toBeLessThan(500),
      ),
      { numRuns: 100 },
    );
    assertPrototypesClean();
    expect((await fetch(`${tandem.url}/health`)).status).toBe(200);
  });

  it("aWellFormedActivityAfterTheFuzzing_isStillAnswered", async () => {
    connector.take();
    const { status } = await postActivity(
      tandem.url,
      teamsActivities(connector.url, demoMentee).message("help"),
    );
    expect(status).toBe(200);
    expect(connector.take().length).toBeGreaterThan(0);
  });
});
