/**
 * The HR channel panel of the Programme page in Chromium against the real server: with no channel it says so
 * and lists the candidate team the bot was added to; "Use for weekly summaries" registers it (stored
 * reference), confirms with a success message and shows the team as the current channel.
 */
import type { Browser, Page } from "playwright-core";
import type { HrChannelDirectory } from "../../core/hr-channel/hr-channel";
import { DEMO_TENANT_ID, loadConfig } from "../../server/config";
import { openHrChannelDirectory } from "../../store/hr-channel-store";
import { launchBrowser, signInToTab } from "../support/browser";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";

jest.setTimeout(90_000);

const TEAM_ID = "19:people-team-general@thread.tacv2";
const REFERENCE = {
  serviceUrl: "https://smba.trafficmanager.net/emea/",
  conversation: { id: TEAM_ID, conversationType: "channel", tenantId: DEMO_TENANT_ID },
  bot: { id: "28:tandem-bot" },
};

let tandem: TestTandem;
let browser: Browser;
let channels: HrChannelDirectory;

beforeAll(async () => {
  [tandem, browser] = await Promise.all([startTestTandem(), launchBrowser()]);
  const databaseId = loadConfig({ PORT: "0", TANDEM_DATA_DIR: tandem.dataDir }).cosmos.databaseId;
  channels = await openHrChannelDirectory(tandem.cosmos.client, databaseId);
  await channels.addCandidate({
    tenantId: DEMO_TENANT_ID,
    teamId: TEAM_ID,
    teamName: "People & Culture",
    conversationReference: REFERENCE,
    addedAt: "2027-03-01T09:00:00.000Z",
  });
});
afterAll(async () => {
  await browser?.close();
  await tandem?.stop();
});

const signIn = (userId: string): Promise<Page> => signInToTab(browser, tandem.url, userId);

describe("the HR channel panel in Chromium", () => {
  it("hrLead_seesNoChannel_usesTheCandidateTeam_andIsToldItIsNowTheHrChannel", async () => {
    const page = await signIn("demo-hr-lead");
    await page.getByTestId("hr-tab").click();
    const panel = page.getByRole("region", { name: "HR channel" });
    const current = panel.getByTestId("hr-channel-current");
    await expect(current.textContent({ timeout: 20_000 })).resolves.toContain("No HR channel yet");
    const candidates = panel.getByRole("list", { name: "Teams the bot was added to" });
    await expect(candidates.getByRole("listitem").count()).resolves.toBe(1);
    await expect(candidates.textContent()).resolves.toContain("People & Culture");
    expect(await channels.get(DEMO_TENANT_ID)).toBeUndefined();

    await panel.getByRole("button", { name: "Use “People & Culture” for weekly summaries" }).click();
    const success = panel.getByTestId("hr-channel-registered");
    await expect(success.textContent({ timeout: 20_000 })).resolves.toContain(
      "The weekly summaries will be posted in “People & Culture”.",
    );
    await expect(success.getAttribute("role")).resolves.toBe("status");
    await expect(current.textContent()).resolves.toContain(
      "Weekly summaries go to the team “People & Culture”",
    );
    await expect(candidates.getByRole("button").count()).resolves.toBe(0);
    const channel = await channels.get(DEMO_TENANT_ID);
    expect(channel).toMatchObject({ teamId: TEAM_ID, teamName: "People & Culture" });
    expect(channel?.conversationReference).toEqual(REFERENCE);
  });
});
