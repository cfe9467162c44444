/**
 * The HR channel end to end over HTTP with a fake clock and the capture connector: the bot added to a team
 * by someone who is not HR records nothing; added by the HR lead, it keeps the team's channel (no installer
 * data); the weekly summary of the running demo wave goes to that channel from Monday 09:00 Paris, once per
 * ISO week however often the scheduler (or a second instance) runs, with nothing personal in it; removed
 * from the team, the bot forgets the channel; an installationUpdate "add" records it again.
 */
import { randomUUID } from "node:crypto";
import type { PublishedPair } from "../../core/matching/published-pair";
import { ProactiveSender } from "../../bot/proactive/proactive-sender";
import { timerSleep } from "../../bot/proactive/rate-limiter";
import { WeeklySummaryRunner } from "../../bot/hr-channel/weekly-summary-runner";
import { DEMO_HR_OBJECT_ID, DEMO_TENANT_ID, loadConfig } from "../../server/config";
import { demoParticipants, DEMO_WAVE_ID } from "../../server/demo-wave";
import { openDeliveryLog } from "../../store/cosmos-store";
import { hrChannelDocumentId, openHrChannelDirectory } from "../../store/hr-channel-store";
import type { HrChannelDirectory } from "../../core/hr-channel/hr-channel";
import { validateAdaptiveCard } from "../support/adaptive-card-validation";
import { CaptureConnector, conversationOf } from "../support/capture-connector";
import { postActivity } from "../support/teams-activities";
import { aPublishedPair } from "../support/notes-factories";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";
import { until } from "../support/until";
import { runDemoWave } from "../support/running-demo-wave";

jest.setTimeout(90_000);

/** Monday 15 March 2027: 09:00 in Paris (CET) is 08:00 UTC. */
let current = Date.parse("2027-03-15T07:00:00Z");
const clock = { now: () => new Date(current) };
const setClock = (iso: string) => {
  current = Date.parse(iso);
};

const TEAM_ID = "19:hr-team-general@thread.tacv2";
const OTHER_TEAM_ID = "19:sales-team-general@thread.tacv2";
const people = demoParticipants(DEMO_TENANT_ID);

let tandem: TestTandem;
let connector: CaptureConnector;
let channels: HrChannelDirectory;
let secondRunner: WeeklySummaryRunner;
const secondSent: unknown[] = [];

let sequence = 0;
/** A team-scope activity in `teamId`'s General channel, from `from`. */
function teamActivity(teamId: string, from: { aadObjectId: string; name: string }, extra: object) {
  return {
    id: `team-activity-${++sequence}`,
    timestamp: new Date().toISOString(),
    channelId: "msteams",
    serviceUrl: connector.url,
    from: { id: `29:${from.aadObjectId}`, name: from.name, aadObjectId: from.aadObjectId },
    recipient: { id: "28:tandem-bot", name: "Tandem" },
    conversation: { id: teamId, conversationType: "channel", isGroup: true, tenantId: DEMO_TENANT_ID },
    channelData: { team: { id: teamId, name: "HR programme" }, tenant: { id: DEMO_TENANT_ID } },
    locale: "en-US",
    ...extra,
  };
}
const botAdded = (teamId: string, from: { aadObjectId: string; name: string }) =>
  teamActivity(teamId, from, { type: "conversationUpdate", membersAdded: [{ id: "28:tandem-bot" }] });
const HR = { aadObjectId: DEMO_HR_OBJECT_ID, name: "Hélène HR" };

const postsToTeam = () => connector.sent.filter((c) => conversationOf(c) === TEAM_ID);

const severalTicks = () => new Promise((resolve) => setTimeout(resolve, 1_200));

beforeAll(async () => {
  [tandem, connector] = await Promise.all([
    startTestTandem({}, undefined, { clock, campaignIntervalMs: 300 }),
    CaptureConnector.start(),
  ]);
  const repos = tandem.repos;
  await runDemoWave(repos);
  const mentors = people.filter((p) => p.role === "mentor");
  const mentees = people.filter((p) => p.role === "mentee");
  const pairs: PublishedPair[] = [0, 1, 2].map((i) =>
    aPublishedPair(DEMO_WAVE_ID, mentors[i]!, [mentees[i]!]),
  );
  for (const pair of pairs) await repos.pairs.createIfAbsent(pair);

  const databaseId = loadConfig({ PORT: "0", TANDEM_DATA_DIR: tandem.dataDir }).cosmos.databaseId;
  channels = await openHrChannelDirectory(tandem.cosmos.client, databaseId);
  const deliveries = await openDeliveryLog(tandem.cosmos.client, databaseId);
  const sender = new ProactiveSender(
    {
      transport: {
        send: async (_reference, activity) => {
          secondSent.push(activity);
          return { activityId: randomUUID() };
        },
      },
      log: deliveries,
      clock,
      sleep: timerSleep,
      random: Math.random,
    },
    { allowedServiceUrlHosts: ["127.0.0.1", "localhost"] },
  );
  secondRunner = new WeeklySummaryRunner({ repos, channels, sender, deliveries, clock });
});
afterAll(async () => Promise.all([tandem?.stop(), connector?.stop()]));

describe("HR channel: the team installation", () => {
  it("theBotAddedToATeamBySomeoneWhoIsNotHr_recordsNoChannel_norTheirPersonalReference", async () => {
    const mentee = people.find((p) => p.role === "mentee")!;
    const from = { aadObjectId: mentee.aadObjectId!, name: mentee.displayName };
    expect((await postActivity(tandem.url, botAdded(OTHER_TEAM_ID, from))).status).toBe(200);
    expect(await channels.get(DEMO_TENANT_ID)).toBeUndefined();
    const user = await tandem.repos.users.get({ tenantId: DEMO_TENANT_ID, aadObjectId: mentee.aadObjectId! });
    expect(user?.conversationReference).toBeUndefined();
    expect(connector.take()).toEqual([]);
  });

  it("theBotAddedToTheHrTeamByTheHrLead_recordsTheTeamsChannel_withoutTheInstaller", async () => {
    expect((await postActivity(tandem.url, botAdded(TEAM_ID, HR))).status).toBe(200);
    const channel = await channels.get(DEMO_TENANT_ID);
    expect(channel).toMatchObject({ tenantId: DEMO_TENANT_ID, teamId: TEAM_ID, teamName: "HR programme" });
    expect(channel?.conversationReference).toMatchObject({
      serviceUrl: connector.url,
      conversation: { id: TEAM_ID, conversationType: "channel" },
      bot: { id: "28:tandem-bot" },
    });
    expect(channel?.conversationReference["user"]).toBeUndefined();
    expect(JSON.stringify(channel)).not.toContain(DEMO_HR_OBJECT_ID);
    expect(hrChannelDocumentId(DEMO_TENANT_ID)).toBe(`hr-channel:${DEMO_TENANT_ID}`);
    // Also a candidate: HR can pick it again in the tab after choosing another team.
    const candidates = await channels.listCandidates(DEMO_TENANT_ID);
    expect(candidates.find((c) => c.teamId === TEAM_ID)?.conversationReference).toEqual(
      channel?.conversationReference,
    );
  });
});

describe("HR channel: the weekly summary", () => {
  it("beforeMonday9Paris_nothingIsPosted", async () => {
    await severalTicks();
    expect(postsToTeam()).toEqual([]);
  });

  it("fromMonday9Paris_theSummaryIsPostedOnce_evenAfterManyRunsAndASecondInstance", async () => {
    setClock("2027-03-15T08:00:00Z");
    await until(() => postsToTeam().length > 0, "the weekly summary");
    await severalTicks();
    await secondRunner.runAll();
    expect(await secondRunner.runWave(DEMO_WAVE_ID)).toBe(0);
    expect(secondSent).toEqual([]);
    const posts = postsToTeam();
    expect(posts).toHaveLength(1);
    const card = posts[0]!.activity.attachments![0]!.content;
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain("2027-W11");
  });

  it("theSummary_holdsNoNameEmailOrIdOfAnyParticipant", () => {
    const posted = JSON.stringify(postsToTeam()[0]!.activity);
    for (const p of people) {
      expect(posted).not.toContain(p.displayName);
      expect(posted).not.toContain(p.email);
      expect(posted).not.toContain(p.id);
    }
  });

  it("theNextMonday_theNextWeeksSummaryIsPosted", async () => {
    setClock("2027-03-22T08:00:00Z");
    await until(() => postsToTeam().length > 1, "the next week's summary");
    await severalTicks();
    expect(postsToTeam()).toHaveLength(2);
    expect(JSON.stringify(postsToTeam()[1]!.activity)).toContain("2027-W12");
  });

  it("theBotRemovedFromTheHrTeam_forgetsTheChannel", async () => {
    const removed = teamActivity(TEAM_ID, HR, {
      type: "conversationUpdate",
      membersRemoved: [{ id: "28:tandem-bot" }],
    });
    expect((await postActivity(tandem.url, removed)).status).toBe(200);
    expect(await channels.get(DEMO_TENANT_ID)).toBeUndefined();
  });

  it("anInstallationUpdateAddInTheTeamByTheHrLead_recordsTheChannelAgain", async () => {
    const installed = teamActivity(TEAM_ID, HR, { type: "installationUpdate", action: "add" });
    expect((await postActivity(tandem.url, installed)).status).toBe(200);
    expect(await channels.get(DEMO_TENANT_ID)).toMatchObject({ teamId: TEAM_ID });
  });
});
