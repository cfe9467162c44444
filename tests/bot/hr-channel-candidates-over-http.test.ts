/**
 * HR known only by group: the bot added to a team by someone not listed in HR_ADMIN_OBJECT_IDS keeps the
 * team as a candidate HR channel (no channel, nothing said in the team, nothing about the installer), HR
 * picks it in the tab (GET/PUT /api/hr/hr-channel, the stored reference and never the request's), and the
 * weekly summary then goes to that team. Removed from a team, the bot forgets it as a candidate. Over HTTP
 * with the capture connector, a fake clock and the embedded Cosmos.
 */
import type { PublishedPair } from "../../core/matching/published-pair";
import type { HrChannelDirectory } from "../../core/hr-channel/hr-channel";
import { DEMO_TENANT_ID, loadConfig } from "../../server/config";
import { demoParticipants, DEMO_WAVE_ID } from "../../server/demo-wave";
import { openHrChannelDirectory } from "../../store/hr-channel-store";
import type { HrChannelView } from "../../tab/api/hr-channel-routes";
import { apiCall, devTokenFrom } from "../support/api-client";
import { CaptureConnector, conversationOf } from "../support/capture-connector";
import { aPublishedPair } from "../support/notes-factories";
import { postActivity } from "../support/teams-activities";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";
import { until } from "../support/until";
import { runDemoWave } from "../support/running-demo-wave";

jest.setTimeout(90_000);

/** Monday 15 March 2027, 08:00 UTC: 09:00 in Paris, when the weekly summary is due. */
let current = Date.parse("2027-03-15T07:00:00Z");
const clock = { now: () => new Date(current) };

const HR_TEAM = "19:people-team-general@thread.tacv2";
const SALES_TEAM = "19:sales-team-general@thread.tacv2";
const FOREIGN_TEAM = "19:other-tenant-team@thread.tacv2";
const OTHER_TENANT = "88888888-8888-8888-8888-888888888888";
const people = demoParticipants(DEMO_TENANT_ID);
const installer = people.find((p) => p.role === "mentor")!;

let tandem: TestTandem;
let connector: CaptureConnector;
let channels: HrChannelDirectory;
let hrToken: string;
let participantToken: string;

let sequence = 0;
/** A team-scope activity in `teamId`'s General channel of `tenantId`, from the (non-HR) installer. */
function teamActivity(teamId: string, teamName: string, extra: object, tenantId = DEMO_TENANT_ID) {
  return {
    id: `team-activity-${++sequence}`,
    timestamp: new Date().toISOString(),
    channelId: "msteams",
    serviceUrl: connector.url,
    from: {
      id: `29:${installer.aadObjectId!}`,
      name: installer.displayName,
      aadObjectId: installer.aadObjectId,
    },
    recipient: { id: "28:tandem-bot", name: "Tandem" },
    conversation: { id: teamId, conversationType: "channel", isGroup: true, tenantId },
    channelData: { team: { id: teamId, name: teamName }, tenant: { id: tenantId } },
    locale: "en-US",
    ...extra,
  };
}
const botAdded = (teamId: string, teamName: string, tenantId?: string) =>
  teamActivity(
    teamId,
    teamName,
    { type: "conversationUpdate", membersAdded: [{ id: "28:tandem-bot" }] },
    tenantId,
  );

const postsTo = (teamId: string) => connector.sent.filter((c) => conversationOf(c) === teamId);
const severalTicks = () => new Promise((resolve) => setTimeout(resolve, 1_200));

const hr = <T = Record<string, unknown>>(method: string, body?: unknown, token = hrToken) =>
  apiCall<T>(tandem.url, method, "/api/hr/hr-channel", token, body);

beforeAll(async () => {
  [tandem, connector] = await Promise.all([
    // HR is the HR lead's object id only: the installer (a mentor) is not HR.
    startTestTandem({}, undefined, { clock, campaignIntervalMs: 300 }),
    CaptureConnector.start(),
  ]);
  const repos = tandem.repos;
  await runDemoWave(repos);
  const mentors = people.filter((p) => p.role === "mentor");
  const mentees = people.filter((p) => p.role === "mentee");
  const pairs: PublishedPair[] = [0, 1].map((i) => aPublishedPair(DEMO_WAVE_ID, mentors[i]!, [mentees[i]!]));
  for (const pair of pairs) await repos.pairs.createIfAbsent(pair);
  const databaseId = loadConfig({ PORT: "0", TANDEM_DATA_DIR: tandem.dataDir }).cosmos.databaseId;
  channels = await openHrChannelDirectory(tandem.cosmos.client, databaseId);
  [hrToken, participantToken] = await Promise.all([
    devTokenFrom(tandem.url, "demo-hr-lead"),
    devTokenFrom(tandem.url, installer.id),
  ]);
});
afterAll(async () => Promise.all([tandem?.stop(), connector?.stop()]));

describe("HR channel candidates: the bot added to teams by someone who is not a listed HR admin", () => {
  it("keepsTheTeamAsACandidate_withItsChannelReference_registersNoChannel_andSaysNothing", async () => {
    expect((await postActivity(tandem.url, botAdded(HR_TEAM, "People & Culture"))).status).toBe(200);
    expect(await channels.get(DEMO_TENANT_ID)).toBeUndefined();
    const candidates = await channels.listCandidates(DEMO_TENANT_ID);
    expect(candidates).toEqual([
      {
        tenantId: DEMO_TENANT_ID,
        teamId: HR_TEAM,
        teamName: "People & Culture",
        conversationReference: expect.objectContaining({
          serviceUrl: connector.url,
          conversation: expect.objectContaining({ id: HR_TEAM, conversationType: "channel" }),
          bot: expect.objectContaining({ id: "28:tandem-bot" }),
        }) as unknown,
        addedAt: "2027-03-15T07:00:00.000Z",
      },
    ]);
    // Nothing about the installer: no user, no activity id, no object id or name anywhere.
    expect(candidates[0]!.conversationReference["user"]).toBeUndefined();
    expect(candidates[0]!.conversationReference["activityId"]).toBeUndefined();
    expect(JSON.stringify(candidates)).not.toContain(installer.aadObjectId!);
    expect(JSON.stringify(candidates)).not.toContain(installer.displayName);
    expect(connector.take()).toEqual([]);
  });

  it("anInstallationUpdateAddInAnotherTeam_isASecondCandidate_newestFirst", async () => {
    current = Date.parse("2027-03-15T07:10:00Z");
    const installed = teamActivity(SALES_TEAM, "Sales", { type: "installationUpdate", action: "add" });
    expect((await postActivity(tandem.url, installed)).status).toBe(200);
    expect((await channels.listCandidates(DEMO_TENANT_ID)).map((c) => c.teamId)).toEqual([
      SALES_TEAM,
      HR_TEAM,
    ]);
    expect(await channels.get(DEMO_TENANT_ID)).toBeUndefined();
    expect(connector.take()).toEqual([]);
  });

  it("anotherTenantsInstallation_isThatTenantsCandidate_only", async () => {
    expect(
      (await postActivity(tandem.url, botAdded(FOREIGN_TEAM, "Foreign team", OTHER_TENANT))).status,
    ).toBe(200);
    expect((await channels.listCandidates(OTHER_TENANT)).map((c) => c.teamId)).toEqual([FOREIGN_TEAM]);
    expect((await channels.listCandidates(DEMO_TENANT_ID)).map((c) => c.teamId)).not.toContain(FOREIGN_TEAM);
  });

  it("withoutAnHrChannel_theDueWeeklySummaryIsPostedNowhere_notEvenToACandidate", async () => {
    current = Date.parse("2027-03-15T08:00:00Z");
    await severalTicks();
    expect(postsTo(HR_TEAM)).toEqual([]);
    expect(postsTo(SALES_TEAM)).toEqual([]);
  });
});

describe("HR channel candidates: the tab API", () => {
  it("get_listsTheTenantsCandidates_andNoChannel_withoutAnyConversationReference", async () => {
    const listed = await hr<HrChannelView>("GET");
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual({
      channel: null,
      candidates: [
        { teamId: SALES_TEAM, teamName: "Sales", addedAt: "2027-03-15T07:10:00.000Z" },
        { teamId: HR_TEAM, teamName: "People & Culture", addedAt: "2027-03-15T07:00:00.000Z" },
      ],
    });
    expect(listed.raw).not.toContain(connector.url);
    expect(listed.raw).not.toContain("serviceUrl");
    expect(listed.raw).not.toContain(FOREIGN_TEAM);
  });

  it("aParticipant_isRefused403_toReadAndToRegister", async () => {
    expect((await hr("GET", undefined, participantToken)).status).toBe(403);
    expect((await hr("PUT", { teamId: HR_TEAM }, participantToken)).status).toBe(403);
    expect((await hr("GET", undefined, "")).status).toBe(401);
    expect(await channels.get(DEMO_TENANT_ID)).toBeUndefined();
  });

  it("put_ofAnUnknownTeamOrAnotherTenantsCandidate_is404_andRegistersNothing", async () => {
    expect((await hr("PUT", { teamId: "19:never-installed@thread.tacv2" })).status).toBe(404);
    expect((await hr("PUT", { teamId: FOREIGN_TEAM })).status).toBe(404);
    expect(await channels.get(DEMO_TENANT_ID)).toBeUndefined();
  });

  it("put_withAClientSuppliedReferenceOrServiceUrl_isRefused400", async () => {
    const smuggled = await hr("PUT", {
      teamId: HR_TEAM,
      serviceUrl: "https://attacker.example/",
      conversationReference: { serviceUrl: "https://attacker.example/" },
    });
    expect(smuggled.status).toBe(400);
    expect((await hr("PUT", {})).status).toBe(400);
    expect(await channels.get(DEMO_TENANT_ID)).toBeUndefined();
  });

  it("put_ofACandidate_registersItWithTheStoredReference_andGetShowsIt", async () => {
    const registered = await hr<{ channel: Record<string, unknown> }>("PUT", { teamId: HR_TEAM });
    expect(registered.status).toBe(200);
    expect(registered.body.channel).toEqual({
      teamId: HR_TEAM,
      teamName: "People & Culture",
      registeredAt: "2027-03-15T08:00:00.000Z",
    });
    const candidate = (await channels.listCandidates(DEMO_TENANT_ID)).find((c) => c.teamId === HR_TEAM);
    const channel = await channels.get(DEMO_TENANT_ID);
    expect(channel?.teamId).toBe(HR_TEAM);
    expect(channel?.conversationReference).toEqual(candidate?.conversationReference);
    const listed = await hr<HrChannelView>("GET");
    expect(listed.body.channel).toEqual(registered.body.channel);
    expect(listed.body.candidates).toHaveLength(2);
  });

  it("theWeeklySummary_isThenPostedToTheRegisteredTeam_andNotToTheOtherCandidate", async () => {
    await until(() => postsTo(HR_TEAM).length > 0, "the weekly summary in the registered team");
    await severalTicks();
    expect(postsTo(HR_TEAM)).toHaveLength(1);
    expect(JSON.stringify(postsTo(HR_TEAM)[0]!.activity)).toContain("2027-W11");
    expect(postsTo(SALES_TEAM)).toEqual([]);
  });

  it("aLaterNonAdminInstallation_addsACandidate_butLeavesTheRegisteredChannel", async () => {
    const third = "19:finance-team-general@thread.tacv2";
    expect((await postActivity(tandem.url, botAdded(third, "Finance"))).status).toBe(200);
    expect((await channels.get(DEMO_TENANT_ID))?.teamId).toBe(HR_TEAM);
    expect((await channels.listCandidates(DEMO_TENANT_ID))[0]?.teamId).toBe(third);
  });
});

describe("HR channel candidates: the bot removed from a team", () => {
  it("forgetsThatTeamAsACandidate_andKeepsTheOthers_andTheChannelOfAnotherTeam", async () => {
    const removed = teamActivity(SALES_TEAM, "Sales", {
      type: "conversationUpdate",
      membersRemoved: [{ id: "28:tandem-bot" }],
    });
    expect((await postActivity(tandem.url, removed)).status).toBe(200);
    const teams = (await channels.listCandidates(DEMO_TENANT_ID)).map((c) => c.teamId);
    expect(teams).not.toContain(SALES_TEAM);
    expect(teams).toContain(HR_TEAM);
    expect((await channels.get(DEMO_TENANT_ID))?.teamId).toBe(HR_TEAM);
    expect((await hr("PUT", { teamId: SALES_TEAM })).status).toBe(404);
  });

  it("anInstallationUpdateRemoveOfTheRegisteredTeam_forgetsBothTheCandidateAndTheChannel", async () => {
    const removed = teamActivity(HR_TEAM, "People & Culture", {
      type: "installationUpdate",
      action: "remove",
    });
    expect((await postActivity(tandem.url, removed)).status).toBe(200);
    expect((await channels.listCandidates(DEMO_TENANT_ID)).map((c) => c.teamId)).not.toContain(HR_TEAM);
    expect(await channels.get(DEMO_TENANT_ID)).toBeUndefined();
    expect((await hr<HrChannelView>("GET")).body.channel).toBeNull();
  });
});
