/** The manifest's Programme (HR) tabs open the tab with ?page=hr: HR leads land on the HR pages, others on their own. */
import type { Browser, Page } from "playwright-core";
import { DEMO_WAVE_ID } from "../../server/demo-wave";
import { launchBrowser, signInToTab } from "../support/browser";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";

jest.setTimeout(90_000);

let tandem: TestTandem;
let browser: Browser;

beforeAll(async () => {
  [tandem, browser] = await Promise.all([startTestTandem(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await tandem?.stop();
});

async function openProgrammeTabAs(userId: string): Promise<Page> {
  return signInToTab(browser, tandem.url, userId, { query: "?page=hr" });
}

describe("the Programme (HR) tab (?page=hr) in Chromium", () => {
  it("hrLead_landsOnTheHrPages_withTheDemoWaveListed", async () => {
    const page = await openProgrammeTabAs("demo-hr-lead");

    await page.getByTestId(`wave-row-${DEMO_WAVE_ID}`).waitFor({ timeout: 20_000 });
    await expect(page.getByTestId("hr-tab").getAttribute("aria-selected")).resolves.toBe("true");
  });

  it("participant_seesTheirOwnMentoring_andNoProgrammePages", async () => {
    const page = await openProgrammeTabAs("demo-megan.bowen");

    await page.getByTestId("questionnaire-status").waitFor();
    await page.waitForLoadState("networkidle");
    await expect(page.getByTestId("hr-tab").count()).resolves.toBe(0);
    await expect(page.getByTestId(`wave-row-${DEMO_WAVE_ID}`).count()).resolves.toBe(0);
  });
});
