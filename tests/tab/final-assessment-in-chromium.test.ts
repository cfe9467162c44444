/**
 * The final assessment in Chromium against the real server (demo wave moved to closing): a mentee finds the
 * panel on My mentoring (a lazy chunk), is told what to correct when sending too little, answers every
 * theme with the keyboard-usable radio groups, and finds their answers again after a reload; the page has
 * no serious or critical accessibility violation (axe-core); once HR closes the wave, My mentoring still
 * shows it, closed, and the assessment no longer takes answers.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { DEMO_WAVE_ID } from "../../server/demo-wave";
import { ENGLISH } from "../../tab/app/texts/english";
import { launchBrowser, signInToTab } from "../support/browser";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";

jest.setTimeout(120_000);

const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
let browser: Browser;
let tandem: TestTandem;

beforeAll(async () => {
  [browser, tandem] = await Promise.all([launchBrowser(), startTestTandem()]);
  const wave = await tandem.repos.waves.get(DEMO_WAVE_ID);
  if (wave === undefined) throw new Error("no demo wave");
  await tandem.repos.waves.save({ ...wave, state: "closing" });
});
afterAll(async () => {
  await browser?.close();
  await tandem?.stop();
});

async function signIn(userId: string, scripts: string[] = []): Promise<Page> {
  const page = await signInToTab(browser, tandem.url, userId, { scripts });
  await page.locator('[data-testid="final-assessment"][data-state="ready"]').waitFor({ timeout: 30_000 });
  return page;
}

describe("the final assessment in Chromium", () => {
  let page: Page;

  it("aMentee_sendingTooLittle_isToldWhatToCorrect_andNothingIsSaved", async () => {
    const scripts: string[] = [];
    page = await signIn("demo-cedric.perrin", scripts);
    expect(scripts.filter((url) => url.includes("final-assessment-panel"))).toHaveLength(1);
    for (const theme of ["connected-devices", "cloud", "big-data"])
      await expect(page.getByTestId(`rating-${theme}`).locator('input[type="radio"]').count()).resolves.toBe(
        5,
      );
    await page.getByTestId("send-assessment").click();
    const refused = page.getByTestId("assessment-refused");
    await refused.waitFor({ timeout: 20_000 });
    await expect(refused.getAttribute("data-code")).resolves.toBe("VALIDATION");
    expect(await tandem.repos.assessments.listByWave(DEMO_WAVE_ID)).toEqual([]);
  });

  it("answeringEveryQuestion_savesTheAssessment_andAReloadShowsTheAnswers", async () => {
    const choose = (group: string, value: string) =>
      page.getByTestId(group).locator(`input[value="${value}"]`).check();
    await choose("rating-connected-devices", "3");
    await choose("rating-cloud", "4");
    // The keyboard works too: focus the big-data group's first radio and move with the arrow keys.
    await page.getByTestId("rating-big-data").locator('input[value="1"]').focus();
    await page.keyboard.press("ArrowDown");
    await choose("satisfaction", "5");
    await choose("recommend", "yes");
    await page.getByTestId("comment").fill("Merci Lucas !");
    await page.getByTestId("send-assessment").click();
    await page.getByTestId("assessment-saved").waitFor({ timeout: 20_000 });

    const stored = await tandem.repos.assessments.get(DEMO_WAVE_ID, "demo-cedric.perrin");
    expect(stored).toMatchObject({
      themes: [
        { themeId: "connected-devices", rating: 3 },
        { themeId: "cloud", rating: 4 },
        { themeId: "big-data", rating: 2 },
      ],
      satisfaction: 5,
      wouldRecommend: true,
      comment: "Merci Lucas !",
    });

    await page.reload();
    await page.locator('[data-testid="final-assessment"][data-state="ready"]').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId("rating-cloud").locator('input[value="4"]').isChecked()).resolves.toBe(
      true,
    );
    await expect(page.getByTestId("comment").inputValue()).resolves.toBe("Merci Lucas !");
  });

  it("thePage_hasNoSeriousOrCriticalAccessibilityViolation", async () => {
    await page.evaluate(AXE); // through DevTools: the tab's CSP forbids inline scripts
    // A string runs in the page (the tests' own TypeScript has no DOM types).
    const impacts = await page.evaluate<Array<{ id: string; impact: string }>>(`
      axe.run(document.querySelector('[data-testid="final-assessment"]'))
        .then((result) => result.violations.map((v) => ({ id: v.id, impact: v.impact })))
    `);
    const violations = impacts.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(violations).toEqual([]);
  });

  it("onceHrClosesTheWave_myMentoringStillShowsIt_closed_andTheAssessmentNoLongerTakesAnswers", async () => {
    const wave = await tandem.repos.waves.get(DEMO_WAVE_ID);
    await tandem.repos.waves.save({ ...wave!, state: "closed" });
    await page.reload();
    await page.locator('[data-testid="final-assessment"][data-state="ready"]').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId("my-wave").textContent()).resolves.toBe(wave!.name);
    await expect(page.getByTestId("my-wave-state").textContent()).resolves.toBe(
      ENGLISH.wave.states.closed.label,
    );
    await page.getByTestId("assessment-closed").waitFor();
    await expect(page.getByTestId("send-assessment").count()).resolves.toBe(0);
    await expect(page.getByTestId("not-enrolled").count()).resolves.toBe(0);
  });
});
