/** The HR part of the tab in Chromium against the real server: access by role, the demo wave, a CSV import, the needs. */
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

const signIn = (userId: string): Promise<Page> => signInToTab(browser, tandem.url, userId);

describe("the HR tab in Chromium", () => {
  it("participant_seesNoProgrammeTab", async () => {
    const page = await signIn("demo-megan.bowen");
    await page.getByTestId("questionnaire-status").waitFor();
    await page.waitForLoadState("networkidle");
    await expect(page.getByTestId("hr-tab").count()).resolves.toBe(0);
  });

  it("hrLead_opensTheDemoWave_importsACsv_andSeesTheNewPeople", async () => {
    const page = await signIn("demo-hr-lead");
    await page.getByTestId("hr-tab").click();
    await page.getByTestId(`wave-row-${DEMO_WAVE_ID}`).click();
    await page.getByTestId("section-participants").click();
    const table = page.getByTestId("participants-table");
    await expect(table.textContent({ timeout: 20_000 })).resolves.toContain("Megan Bowen");

    const csv =
      "\uFEFFemail;nom;rôle;département;site;langues\r\nzoe.lambert@contoso.example;Zoé Lambert;mentoré;Ventes;Lyon;fr\r\n";
    await page
      .getByTestId("import-csv-input")
      .setInputFiles({ name: "export.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    const preview = page.getByTestId("import-preview");
    await preview.waitFor();
    await expect(preview.getAttribute("data-can-commit")).resolves.toBe("true");
    await page.getByTestId("import-commit").click();
    await page.getByTestId("import-result").waitFor();
    await table.getByText("Zoé Lambert").first().waitFor({ timeout: 15_000 });
    const stored = await tandem.repos.participants.listByWave(DEMO_WAVE_ID);
    expect(stored.find((p) => p.email === "zoe.lambert@contoso.example")).toMatchObject({
      displayName: "Zoé Lambert",
      role: "mentee",
    });
  });

  it("hrLead_seesTheNeedsSection_withTheDemoWavesAnswers", async () => {
    const page = await signIn("demo-hr-lead");
    await page.getByTestId("hr-tab").click();
    await page.getByTestId(`wave-row-${DEMO_WAVE_ID}`).click();
    await page.getByTestId("section-needs").click();
    const summary = page.getByTestId("needs-summary");
    await summary.waitFor({ timeout: 20_000 });
    await expect(summary.textContent()).resolves.toMatch(/Based on 9 of \d+ mentees and 10 of 12 mentors/);
    await expect(page.getByTestId("needs-empty").count()).resolves.toBe(0);
  });

  it("aClosedWave_opensOnItsDashboard_aQuestionnaireWaveHasOne_andADraftHasNone", async () => {
    const demo = await tandem.repos.waves.get(DEMO_WAVE_ID);
    await tandem.repos.waves.save({ ...demo!, id: "closed-wave", name: "Pilot 2025", state: "closed" });
    await tandem.repos.waves.save({ ...demo!, id: "draft-wave", name: "Spring 2028", state: "draft" });
    const page = await signIn("demo-hr-lead");
    await page.getByTestId("hr-tab").click();
    await page.getByTestId("wave-row-closed-wave").click();
    const dashboardTab = page.getByTestId("section-dashboard");
    await dashboardTab.waitFor({ timeout: 20_000 });
    await expect(dashboardTab.getAttribute("aria-selected")).resolves.toBe("true");
    await expect(page.getByTestId("section-progress").count()).resolves.toBe(0);

    const again = await signIn("demo-hr-lead");
    await again.getByTestId("hr-tab").click();
    await again.getByTestId(`wave-row-${DEMO_WAVE_ID}`).click(); // still collecting questionnaires
    await again.getByTestId("section-settings").waitFor();
    await expect(again.getByTestId("section-dashboard").getAttribute("aria-selected")).resolves.toBe("false");
    await expect(again.getByTestId("section-progress").count()).resolves.toBe(0);

    const draft = await signIn("demo-hr-lead");
    await draft.getByTestId("hr-tab").click();
    await draft.getByTestId("wave-row-draft-wave").click();
    await draft.getByTestId("section-settings").waitFor();
    await expect(draft.getByTestId("section-dashboard").count()).resolves.toBe(0);
  });
});
