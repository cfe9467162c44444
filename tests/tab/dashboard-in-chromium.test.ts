/**
 * HR's Dashboard section in Chromium against the real server: the hand-computed fixture wave stored next to
 * the demo wave (server clock: 15 December 2026). In French, HR sees the funnel's numbers, "moins de 5"
 * where a group is too small (cloud uplift: 4 people), compares with the demo wave, and downloads the report
 * as CSV with the French default separator (semicolon) and a byte order mark.
 */
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { DEMO_WAVE_ID } from "../../server/demo-wave";
import { DASHBOARD_CATALOGUE } from "../../tab/app/texts/dashboard-catalogue";
import { launchBrowser, signInToTab } from "../support/browser";
import {
  aDashboardWave,
  DASHBOARD_NOW,
  PRIVATE_COMMENT,
  saveDashboardWave,
} from "../support/dashboard-factories";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";

jest.setTimeout(120_000);

const WAVE_ID = "wave-dash-ui";
const FR = DASHBOARD_CATALOGUE.fr;
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
let browser: Browser;
let tandem: TestTandem;

beforeAll(async () => {
  [browser, tandem] = await Promise.all([
    launchBrowser(),
    startTestTandem({}, undefined, { clock: { now: () => DASHBOARD_NOW }, campaignIntervalMs: 3_600_000 }),
  ]);
  const demo = await tandem.repos.waves.get(DEMO_WAVE_ID);
  if (demo === undefined) throw new Error("no demo wave");
  const f = aDashboardWave(WAVE_ID, demo.tenantId, { name: "Vague tableau de bord" });
  const repos = tandem.repos;
  await saveDashboardWave(repos, f);
});
afterAll(async () => {
  await browser?.close();
  await tandem?.stop();
});

async function openDashboard(): Promise<Page> {
  const page = await signInToTab(browser, tandem.url, "demo-hr-lead", { query: "?lang=fr" });
  await page.getByTestId("hr-tab").click();
  await page.getByTestId(`wave-row-${WAVE_ID}`).click();
  await page.getByTestId("section-dashboard").click();
  await page.getByTestId("dashboard-funnel-table").waitFor({ timeout: 30_000 });
  return page;
}

const rowText = async (page: Page, testId: string) => (await page.getByTestId(testId).textContent()) ?? "";

describe("HR's Dashboard section in Chromium", () => {
  let page: Page;

  it("hrLead_seesTheFunnelNumbers_andFewerThanFiveWhereAGroupIsTooSmall", async () => {
    page = await openDashboard();
    expect(await rowText(page, "dashboard-funnel-table-enrolled")).toContain("17");
    expect(await rowText(page, "dashboard-funnel-table-matched")).toContain("14");
    expect(await rowText(page, "dashboard-funnel-table-firstSessionHeld")).toContain("10");
    expect(await rowText(page, "dashboard-funnel-table-completed")).toContain("5");
    const cloud = await rowText(page, "dashboard-uplift-table-cloud");
    expect(cloud).toContain(FR.fewerThanFive);
    expect(cloud.replaceAll(FR.fewerThanFive, "")).not.toMatch(/\d/);
    expect(await rowText(page, "dashboard-uplift-table-social-networks")).toContain("1,4");
    expect(await rowText(page, "dashboard-sessions-table-2026-09")).toContain("6");
    await expect(page.getByTestId("dashboard-at-risk-table").locator("tbody tr").count()).resolves.toBe(4);
    await expect(page.locator("body").textContent()).resolves.not.toContain(PRIVATE_COMMENT);
  });

  it("theDashboard_hasNoSeriousOrCriticalAccessibilityViolations", async () => {
    await page.evaluate(AXE); // through DevTools: the tab's CSP forbids inline scripts
    const violations = await page.evaluate(async () => {
      // Runs in the page: its globals, typed here without the DOM library.
      const inPage = globalThis as unknown as {
        axe: {
          run: (
            c: unknown,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }>;
        };
        document: { querySelector: (selector: string) => { hasAttribute: (name: string) => boolean } | null };
      };
      // Tabster's focus sentinels (Fluent UI) are aria-hidden and focusable by design, a known false positive;
      // the charts add them while axe runs, so they are recognised in the results rather than excluded.
      const sentinel = (target: unknown) =>
        inPage.document.querySelector(String(target))?.hasAttribute("data-tabster-dummy") === true;
      const result = await inPage.axe.run(inPage.document.querySelector("[data-testid='dashboard-section']"));
      return result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .flatMap((v) =>
          v.nodes.filter((n) => !sentinel(n.target)).map((n) => `${v.id} at ${JSON.stringify(n.target)}`),
        );
    });
    expect(violations).toEqual([]);
  });

  it("hrLead_comparesWithTheDemoWave", async () => {
    await page.getByTestId("dashboard-compare-picker").selectOption(DEMO_WAVE_ID);
    const table = page.getByTestId("dashboard-compare-table");
    await table.waitFor({ timeout: 30_000 });
    expect(await rowText(page, "dashboard-compare-table-funnel-matched")).toContain("82,4");
  });

  it("hrLead_downloadsTheReportAsCsv_withTheFrenchSemicolonAndABom", async () => {
    const control = page.getByTestId("report-csv-download");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      control.getByRole("button").click(),
    ]);
    expect(download.suggestedFilename()).toBe(`report-${WAVE_ID}.csv`);
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    expect(text).toContain("Section;Item;Measure;Value\r\n");
    expect(text).toContain("Funnel;enrolled;people;17\r\n");
    expect(text).not.toContain(PRIVATE_COMMENT);
  });
});
