/**
 * The dashboard's freshness line in Chromium against the real server (a clock the test moves): HR sees when
 * the stored figures were computed, a session held afterwards does not show until HR presses Refresh, and
 * then the figures and the "Updated" time change.
 */
import type { Browser, Page } from "playwright-core";
import type { PublishedPair } from "../../core/matching/published-pair";
import { DEMO_WAVE_ID } from "../../server/demo-wave";
import { DASHBOARD_REFRESH_TEXTS } from "../../tab/app/texts/dashboard-refresh-texts";
import { launchBrowser, signInToTab } from "../support/browser";
import { aDashboardWave, DASHBOARD_NOW, saveDashboardWave } from "../support/dashboard-factories";
import { aSession } from "../support/session-factories";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";

jest.setTimeout(120_000);

const WAVE_ID = "wave-dash-refresh-ui";
const EN = DASHBOARD_REFRESH_TEXTS.en;
let now = DASHBOARD_NOW;
let browser: Browser;
let tandem: TestTandem;
let unheldPair: PublishedPair;

beforeAll(async () => {
  [browser, tandem] = await Promise.all([
    launchBrowser(),
    startTestTandem({}, undefined, { clock: { now: () => now }, campaignIntervalMs: 3_600_000 }),
  ]);
  const demo = await tandem.repos.waves.get(DEMO_WAVE_ID);
  if (demo === undefined) throw new Error("no demo wave");
  const f = aDashboardWave(WAVE_ID, demo.tenantId);
  const repos = tandem.repos;
  await saveDashboardWave(repos, f);
  unheldPair = f.pairs[f.pairs.length - 1] as PublishedPair;
});
afterAll(async () => {
  await browser?.close();
  await tandem?.stop();
});

async function openDashboard(): Promise<Page> {
  const page = await signInToTab(browser, tandem.url, "demo-hr-lead", { query: "?lang=en" });
  await page.getByTestId("hr-tab").click();
  await page.getByTestId(`wave-row-${WAVE_ID}`).click();
  await page.getByTestId("section-dashboard").click();
  await page.getByTestId("dashboard-funnel-table").waitFor({ timeout: 30_000 });
  return page;
}

const text = async (page: Page, testId: string) => (await page.getByTestId(testId).textContent()) ?? "";

describe("the dashboard's Updated line and Refresh button in Chromium", () => {
  it("hrLead_pressesRefresh_andSeesTheSessionHeldSinceAndANewUpdatedTime", async () => {
    const page = await openDashboard();
    const updatedBefore = await text(page, "dashboard-updated");
    expect(updatedBefore.startsWith("Updated ")).toBe(true);
    expect(await text(page, "dashboard-summary")).toContain("18");

    now = new Date(now.getTime() + 3 * 60 * 60_000);
    await tandem.repos.sessions.create(
      aSession(unheldPair, "2026-12-15T08:00:00.000Z", { sequence: 7, status: "held" }),
    );
    await page.getByRole("button", { name: EN.refresh }).click();

    await page.getByTestId("dashboard-updated").filter({ hasNotText: updatedBefore }).waitFor();
    expect(await text(page, "dashboard-summary")).toContain("19");
    expect(await text(page, "dashboard-summary")).not.toContain("18");
  });
});
