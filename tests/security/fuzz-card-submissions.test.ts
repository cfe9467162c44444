/**
 * Card submissions are attacker-controlled (SECURITY-NOTES §3): random and mutated Action.Execute payloads
 * for every verb, from enrolled people with a pair and a session, never make the bot answer 5xx, never
 * pollute prototypes, write nothing, and the server keeps serving.
 */
import fc from "fast-check";
import { CARD_VERBS } from "../../bot/cards/adaptive-card";
import type { Participant } from "../../core/participant";
import { CaptureConnector } from "../support/capture-connector";
import { TENANT } from "../support/domain-factories";
import { seedPairWithSession, type PairWithSession } from "../support/notes-factories";
import { storeFingerprint } from "../support/store-fingerprint";
import { postActivity, teamsActivities } from "../support/teams-activities";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";
import { assertPrototypesClean, hostileJson, hostileJsonText } from "./hostile-json";

jest.setTimeout(180_000);

let tandem: TestTandem;
let connector: CaptureConnector;
let seeded: PairWithSession;

/** The names the card handlers read (questionnaire inputs, session and check-in fields). */
const FIELDS = [
  "kind",
  "participantId",
  "waveId",
  "pairId",
  "sessionId",
  "itemId",
  "revision",
  "start",
  "timeZone",
  "need-1",
  "comfort-1",
  "need-2",
  "comfort-2",
  "skill-1",
  "level-1",
  "goal",
  "preferredLanguage",
  "motivation",
  "languages",
  "capacity",
  "outcome",
  "rating",
  "comment",
  "done",
  "answers",
  "language",
  "scores",
  "text",
  "action",
  "verb",
  "data",
];

beforeAll(async () => {
  [tandem, connector] = await Promise.all([
    startTestTandem({}, undefined, { campaignIntervalMs: 3_600_000 }),
    CaptureConnector.start(),
  ]);
  seeded = await seedPairWithSession(tandem.repos, { waveId: "wave-fuzz-cards" });
  for (const person of clickers()) {
    const install = teamsActivities(connector.url, userOf(person), TENANT).installed();
    expect((await postActivity(tandem.url, install)).status).toBe(200);
  }
});
afterAll(async () => Promise.all([tandem?.stop(), connector?.stop()]));

const clickers = (): Participant[] => [seeded.mentor, ...seeded.mentees];
const userOf = (p: Participant) => ({ aadObjectId: p.aadObjectId ?? "", name: p.displayName });
/** Documents other than the people's own user records (each activity refreshes their conversation reference). */
const fingerprint = async () =>
  (await storeFingerprint(tandem.cosmos.client)).filter((entry) => !entry.startsWith("tandem/users/"));

/** Posts an Action.Execute invoke whose data is the hostile value's JSON text; answers the HTTP status. */
async function submit(verb: string, clicker: Participant, data: unknown): Promise<number> {
  const activity = teamsActivities(connector.url, userOf(clicker), TENANT).execute(verb, "\u0000data");
  const body = hostileJsonText(activity).replace('"\\u0000data"', () => hostileJsonText(data));
  const response = await fetch(`${tandem.url}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });
  await response.arrayBuffer();
  return response.status;
}

/** Values that name the seeded pair's real documents, so mutations get past the first lookups. */
const realValues = () => [
  seeded.pair.waveId,
  seeded.pair.id,
  seeded.session.id,
  seeded.mentor.id,
  ...seeded.mentees.map((m) => m.id),
  "mentee",
  "mentor",
  "held",
  "cloud",
  "a1",
];

describe("fuzzed card submissions", () => {
  it.each(Object.values(CARD_VERBS))(
    "verb_%s_withHostileData_neverAnswers5xx_andWritesNothing",
    async (verb) => {
      const before = await fingerprint();
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...clickers()),
          hostileJson(FIELDS, realValues()),
          async (clicker, data) => expect(await submit(verb, clicker, data)).toBeLessThan(500),
        ),
        { numRuns: 60 },
      );
      assertPrototypesClean();
      expect(await fingerprint()).toEqual(before);
      expect((await fetch(`${tandem.url}/health`)).status).toBe(200);
    },
  );

  it.each(Object.values(CARD_VERBS))(
    "verb_%s_withTheRealIdsAndHostileOtherFields_neverAnswers5xx",
    async (verb) => {
      const fields = fc.dictionary(fc.constantFrom(...FIELDS), hostileJson(FIELDS, realValues()), {
        maxKeys: 6,
      });
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...clickers()), fields, async (clicker, hostile) => {
          const real = {
            waveId: seeded.pair.waveId,
            pairId: seeded.pair.id,
            sessionId: seeded.session.id,
            itemId: "a1",
            participantId: clicker.id,
            kind: clicker.role,
          };
          expect(await submit(verb, clicker, { ...real, ...hostile })).toBeLessThan(500);
        }),
        { numRuns: 50 },
      );
      assertPrototypesClean();
      expect((await fetch(`${tandem.url}/health`)).status).toBe(200);
    },
  );

  it("aCheckInNamingAnIdCosmosCannotHold_orNone_isRefusedAsNotYours_not5xx", async () => {
    for (const waveId of ["#", "a/b", "..\\x"]) {
      expect(await submit(CARD_VERBS.submitCheckIn, seeded.mentor, { waveId, sessionId: "#" })).toBe(200);
      expect(await tandem.repos.waves.get(waveId)).toBeUndefined();
    }
    for (const sessionId of ["", " ", "#", "a/b", "\uD800"]) {
      const data = { waveId: seeded.pair.waveId, sessionId };
      expect(await submit(CARD_VERBS.submitCheckIn, seeded.mentor, data)).toBe(200);
      expect(await tandem.repos.sessions.get(seeded.pair.waveId, sessionId)).toBeUndefined();
    }
  });
});

describe("ids longer than Cosmos DB allows in card data", () => {
  it("aWaveIdOf10000Characters_isAnsweredWithoutAServerError_andReadsNothing", async () => {
    const waveId = "x".repeat(10_000);

    expect(await submit(CARD_VERBS.submitCheckIn, seeded.mentor, { waveId, sessionId: "s" })).toBeLessThan(
      500,
    );
    expect(await tandem.repos.waves.get(waveId)).toBeUndefined();
  });
});
