/**
 * The questionnaire campaign end to end over HTTP: HR enrols 40 people and launches the campaign; the bot
 * sends each reachable participant their questionnaire through a local connector that answers 429 (with
 * Retry-After), 503 and 403; HR sees who cannot be reached; reminders go only to non-respondents, once.
 */
import { questionnaireResponseId } from "../../core/questionnaire";
import type { CampaignStatus, WaveDetail } from "../../tab/api/hr-api-contract";
import { replies, ScriptedConnector } from "./proactive/scripted-connector";
import { postActivity, teamsActivities } from "../support/teams-activities";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";

jest.setTimeout(90_000);

const DAY = 24 * 60 * 60 * 1000;
let offset = 0;
const clock = { now: () => new Date(Date.now() + offset) };
let tandem: TestTandem;
let connector: ScriptedConnector;
let hrToken: string;

const people = Array.from({ length: 40 }, (_, i) => ({
  email: `person${i}@contoso.example`,
  name: `Person ${i}`,
  role: i % 2 === 0 ? "mentee" : "mentor",
  oid: `3f2b1a00-0000-4000-8000-${String(i).padStart(12, "0")}`,
}));
const conversationOf = (i: number) => `conv-${i}`;
const NOT_INSTALLED = [36, 37, 38, 39];
const THROTTLED = [0, 1, 2, 3];
const UNAVAILABLE = [4, 5, 6, 7];
const BLOCKED = [8, 9, 10, 11];
const ANSWERED = [20, 21, 22, 23, 24];

async function hr<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(`${tandem.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${hrToken}`, "content-type": "application/json" },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, body: (await response.json()) as T };
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const show = (value: T) => JSON.stringify(value instanceof Map ? [...value.entries()] : value);
  const deadline = Date.now() + 45_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${show(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Campaign messages received per conversation (the bot's greetings on install are not counted). */
function campaignMessages(kind: "invites you" | "reminder"): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of connector.delivered()) {
    if (String(r.activity["text"] ?? "").includes(kind))
      counts.set(r.conversationId, (counts.get(r.conversationId) ?? 0) + 1);
  }
  return counts;
}

beforeAll(async () => {
  [tandem, connector] = await Promise.all([
    startTestTandem({}, undefined, { clock, campaignIntervalMs: 300 }),
    ScriptedConnector.start(),
  ]);
  const token = await fetch(`${tandem.url}/api/dev/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ userId: "demo-hr-lead" }),
  });
  hrToken = ((await token.json()) as { token: string }).token;
});
afterAll(async () => Promise.all([tandem?.stop(), connector?.stop()]));

describe("questionnaire campaign over HTTP", () => {
  it("launch_sendsEachReachableParticipantOneQuestionnaire_listsTheUnreachable_andRemindsOnlyNonRespondents", async () => {
    const wave = await hr<WaveDetail>("POST", "/api/hr/waves", {
      name: "Campaign test wave",
      startDate: "2027-02-01",
      endDate: "2027-07-31",
      cadence: "monthly",
      sessionMinutes: 90,
      reminderLeadDays: 3,
      defaultLanguage: "en",
      themes: [{ id: "cloud", labels: { fr: "Cloud", en: "Cloud", nl: "Cloud" } }],
      rules: { forbidReportingLine: true, forbidSameDepartment: false, maxMenteesPerMentor: 1 },
    });
    const waveId = wave.body.id;
    const csv = [
      "email,name,role,aadObjectId,languages",
      ...people.map((p) => `${p.email},${p.name},${p.role},${p.oid},en`),
    ].join("\n");
    expect((await hr("POST", `/api/hr/waves/${waveId}/import/commit`, { csv })).status).toBe(200);
    expect((await hr("POST", `/api/hr/waves/${waveId}/transition`, { to: "enrolling" })).status).toBe(200);

    // Everyone but four installs the app (the bot stores their conversation and greets them).
    for (const [i, p] of people.entries()) {
      if (NOT_INSTALLED.includes(i)) continue;
      const install = {
        ...teamsActivities(connector.url, { aadObjectId: p.oid, name: p.name }).installed(),
        conversation: {
          id: conversationOf(i),
          conversationType: "personal",
          tenantId: "00000000-0000-0000-0000-0000000000001",
        },
      };
      expect((await postActivity(tandem.url, install)).status).toBe(200);
    }
    for (const i of THROTTLED) connector.script(conversationOf(i), replies.throttled("1"));
    for (const i of UNAVAILABLE) connector.script(conversationOf(i), replies.unavailable());
    for (const i of BLOCKED) connector.script(conversationOf(i), replies.messageWritesBlocked());

    const launch = await hr<CampaignStatus>("POST", `/api/hr/waves/${waveId}/campaign`, {
      deadline: new Date(clock.now().getTime() + 7 * DAY).toISOString(),
      reminderIntervalDays: 2,
    });
    expect(launch).toMatchObject({ status: 200, body: { state: "running", enrolled: 40 } });

    const reachable = people
      .map((_, i) => i)
      .filter((i) => !NOT_INSTALLED.includes(i) && !BLOCKED.includes(i));
    const status = await until(
      async () => (await hr<CampaignStatus>("GET", `/api/hr/waves/${waveId}/campaign`)).body,
      (s) => s.sent === reachable.length && s.unreachable.length === 8,
      "every questionnaire to be sent",
    );
    const invites = campaignMessages("invites you");
    expect([...invites.keys()].sort()).toEqual(reachable.map(conversationOf).sort());
    expect([...invites.values()].every((n) => n === 1)).toBe(true);
    expect(status.unreachable.map((u) => u.reason).sort()).toEqual([
      ...Array(4).fill("blocked"),
      ...Array(4).fill("not-installed"),
    ]);
    expect(status.unreachable.every((u) => u.whatToDo.length > 20)).toBe(true);
    for (const i of THROTTLED)
      expect(connector.requestsTo(conversationOf(i)).filter((r) => r.status === 429)).toHaveLength(1);

    // Five people answer; two days later the scheduler reminds the others, once.
    for (const i of ANSWERED) {
      const participantId = (await tandem.repos.participants.listByWave(waveId)).find(
        (p) => p.email === people[i]!.email,
      )!.id;
      await tandem.repos.responses.create({
        id: questionnaireResponseId(participantId),
        waveId,
        participantId,
        role: people[i]!.role as "mentee" | "mentor",
        answers:
          people[i]!.role === "mentee"
            ? {
                kind: "mentee",
                needs: [{ themeId: "cloud", comfort: 2 }],
                goal: "Understand the cloud",
                preferredLanguage: "en",
              }
            : {
                kind: "mentor",
                skills: [{ themeId: "cloud", level: 4 }],
                motivation: "Share",
                languages: ["en"],
                capacity: 1,
              },
        submittedAt: clock.now().toISOString(),
        updatedAt: clock.now().toISOString(),
        revision: 1,
      });
    }
    offset = 2 * DAY + 60_000;
    const expected = reachable.filter((i) => !ANSWERED.includes(i));
    await until(
      async () => campaignMessages("reminder"),
      (m) => m.size >= expected.length,
      "the reminders",
    );
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // a few more scheduler runs: still once each
    const reminders = campaignMessages("reminder");
    expect([...reminders.keys()].sort()).toEqual(expected.map(conversationOf).sort());
    expect([...reminders.values()].every((n) => n === 1)).toBe(true);
    const after = (await hr<CampaignStatus>("GET", `/api/hr/waves/${waveId}/campaign`)).body;
    expect(after).toMatchObject({ answered: 5, remindersSent: expected.length, responseRate: 5 / 40 });
  });
});
