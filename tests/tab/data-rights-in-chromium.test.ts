/**
 * Data rights in Chromium against the real server (demo wave): a participant downloads their data as a
 * JSON file from My mentoring, then erases it behind a warning with a checkbox; HR sees both requests in the
 * wave's Audit log section (its own chunk), the erased person shown by id only; no serious or critical
 * accessibility violation in the panel, the dialog or the log (axe-core).
 */
import { readFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { DEMO_WAVE_ID } from "../../server/demo-wave";
import { launchBrowser, signInToTab } from "../support/browser";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";

jest.setTimeout(120_000);

const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const PERSON = "demo-sophie.laurent";
let browser: Browser;
let tandem: TestTandem;

beforeAll(async () => {
  [browser, tandem] = await Promise.all([launchBrowser(), startTestTandem()]);
});
afterAll(async () => {
  await browser?.close();
  await tandem?.stop();
});

const signIn = (userId: string): Promise<Page> => signInToTab(browser, tandem.url, userId);

async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  await page.evaluate(AXE); // through DevTools: the tab's CSP forbids inline scripts
  return page.evaluate(async (within) => {
    // Runs in the page: its globals, typed here without the DOM library.
    const inPage = globalThis as unknown as {
      axe: { run: (c: unknown) => Promise<{ violations: Array<{ id: string; impact: string }> }> };
      document: { querySelector: (selector: string) => unknown };
    };
    const result = await inPage.axe.run(inPage.document.querySelector(within));
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => v.id);
  }, selector);
}

describe("a participant's data rights and HR's audit log in Chromium", () => {
  let page: Page;
  let name: string;

  it("downloads the participant's own data as a JSON file", async () => {
    name = (await tandem.repos.participants.get(DEMO_WAVE_ID, PERSON))?.displayName ?? "";
    expect(name).not.toBe("");
    page = await signIn(PERSON);
    await page.getByTestId("download-my-data").waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("download-my-data").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^tandem-my-data-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(await readFile(await download.path(), "utf8")) as {
      waves: Array<{ participant: { id: string; displayName: string } }>;
    };
    expect(data.waves.map((w) => w.participant.id)).toEqual([PERSON]);
    expect(data.waves[0]?.participant.displayName).toBe(name);
  });

  it("erases only after the checkbox, and says so", async () => {
    await page.getByTestId("erase-my-data").click();
    const dialog = page.getByTestId("erase-dialog");
    await dialog.waitFor();
    await expect(page.getByTestId("erase-confirm").isDisabled()).resolves.toBe(true);
    await expect(seriousViolations(page, '[data-testid="erase-dialog"]')).resolves.toEqual([]);
    await page.getByTestId("erase-understood").click();
    await page.getByTestId("erase-confirm").click();
    await page.getByTestId("data-erased").waitFor({ timeout: 20_000 });
    const tombstone = await tandem.repos.participants.get(DEMO_WAVE_ID, PERSON);
    expect(tombstone).toMatchObject({ erased: true, displayName: "", email: "" });
  });

  it("shows HR the download and the erasure in the wave's audit log, by id only", async () => {
    const hr = await signIn("demo-hr-lead");
    await hr.getByTestId("hr-tab").click();
    await hr.getByTestId(`wave-row-${DEMO_WAVE_ID}`).click();
    await hr.getByTestId("section-audit").click();
    await hr.getByTestId("audit-table").waitFor({ timeout: 30_000 });
    const erased = hr.locator('[data-testid="audit-row"][data-action="participant.erased"]');
    await expect(erased.count()).resolves.toBe(1);
    await expect(erased.textContent()).resolves.toContain(PERSON);
    await expect(
      hr.locator('[data-testid="audit-row"][data-action="participant.data-exported"]').count(),
    ).resolves.toBe(1);
    await expect(hr.getByTestId("audit-section").textContent()).resolves.not.toContain(name);
    await expect(seriousViolations(hr, '[data-testid="audit-section"]')).resolves.toEqual([]);
  });
});
