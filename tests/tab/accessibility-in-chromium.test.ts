/**
 * Accessibility of the tab's main pages in Chromium with axe-core, against the real server (demo wave
 * running with a published pair): My mentoring as a mentee and as a mentor, the HR waves list and every
 * section of a wave — at desktop and phone width (390×844), in the light, dark and high-contrast themes
 * (?theme=). No serious or critical violation is allowed.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import type { Participant } from "../../core/participant";
import { DEMO_WAVE_ID } from "../../server/demo-wave";
import { aPublishedPair, aScheduledSession } from "../support/notes-factories";
import { launchBrowser, newLocalPage } from "../support/browser";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";

jest.setTimeout(240_000);

// Evaluated rather than added as a <script>: the tab's Content-Security-Policy (rightly) refuses inline scripts.
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const NOW = new Date("2027-03-20T12:00:00.000Z");
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, mobile: { width: 390, height: 844 } } as const;
const THEMES = ["default", "dark", "contrast"] as const;

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: ReadonlyArray<{ readonly target: unknown; readonly html: string }>;
}

let tandem: TestTandem;
let browser: Browser;

async function demo(id: string): Promise<Participant> {
  const participant = await tandem.repos.participants.get(DEMO_WAVE_ID, id);
  if (participant === undefined) throw new Error(`${id} is not in the demo wave`);
  return participant;
}

beforeAll(async () => {
  [tandem, browser] = await Promise.all([
    startTestTandem({}, undefined, { clock: { now: () => NOW } }),
    launchBrowser(),
  ]);
  const wave = await tandem.repos.waves.get(DEMO_WAVE_ID);
  if (wave === undefined) throw new Error("no demo wave");
  await tandem.repos.waves.save({ ...wave, state: "running" });
  const pair = aPublishedPair(DEMO_WAVE_ID, await demo("demo-lucas.martin"), [
    await demo("demo-sophie.laurent"),
  ]);
  await tandem.repos.pairs.createIfAbsent(pair);
  await tandem.repos.sessions.create(aScheduledSession(pair, 1));
});
afterAll(async () => {
  await browser?.close();
  await tandem?.stop();
});

async function signIn(userId: string, theme: string, viewport: { width: number; height: number }) {
  const page = await newLocalPage(browser);
  await page.setViewportSize(viewport);
  await page.goto(`${tandem.url}/tab/?theme=${theme}`);
  await page.getByTestId(`dev-user-${userId}`).click();
  return page;
}

/** The serious and critical violations on the page as it is now, one line each (rule, element, why), and any sideways overflow. */
async function seriousViolations(page: Page, where: string): Promise<string[]> {
  await page.waitForLoadState("networkidle");
  // Browser code as strings: the tests' TypeScript has no DOM library (as in tab-in-chromium.test.ts).
  if (!(await page.evaluate<boolean>(`"axe" in window`))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate<Violation[]>(
    `axe.run(document, { resultTypes: ["violations"] }).then((result) => result.violations)`,
  );
  // At phone width nothing may push the page sideways (wide tables scroll inside their own container).
  const overflow = await page.evaluate<number>(`(() => {
    const root = document.scrollingElement || document.documentElement;
    return root.scrollWidth - root.clientWidth;
  })()`);
  const tooWide = overflow > 1 ? [`${where}: the page is ${overflow}px wider than the screen`] : [];
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) =>
      v.nodes
        // Tabster's focus sentinels (Fluent UI's focus management) are aria-hidden and focusable by design:
        // they hand focus on at once and never hold it — a known false positive of aria-hidden-focus.
        .filter((n) => !(v.id === "aria-hidden-focus" && n.html.includes("data-tabster-dummy")))
        .map((n) => `${where}: ${v.id} (${v.impact}) at ${JSON.stringify(n.target)} ${n.html}: ${v.help}`),
    )
    .concat(tooWide);
}

/** True when no loading indicator is left (a function, not a string: the tab's CSP forbids eval). */
const noProgressBar = () =>
  (
    globalThis as unknown as { document: { querySelector(selector: string): unknown } }
  ).document.querySelector('[role="progressbar"]') === null;

/** The provider's background colour: the theme the page really shows. */
const background = (page: Page) =>
  page.evaluate<string>(
    `getComputedStyle(document.querySelector(".fui-FluentProvider") || document.body).backgroundColor`,
  );

describe("the accessibility check itself", () => {
  it("findsAnImageWithoutText_andTheThemeQueryChangesTheColours", async () => {
    const light = await signIn("demo-sophie.laurent", "default", VIEWPORTS.desktop);
    await light.getByTestId("questionnaire-status").waitFor({ timeout: 20_000 });
    const dark = await signIn("demo-sophie.laurent", "dark", VIEWPORTS.desktop);
    await dark.getByTestId("questionnaire-status").waitFor({ timeout: 20_000 });
    expect(await background(dark)).not.toBe(await background(light));
    await light.evaluate(`document.querySelector("main, body").append(document.createElement("img"))`);
    const found = await seriousViolations(light, "planted");
    expect(found.some((line) => line.startsWith("planted: image-alt (critical)"))).toBe(true);
    await Promise.all([light.context().close(), dark.context().close()]);
  });
});

describe("the pair list download in the Progress section", () => {
  it("hrLead_downloadsThePairList_asASemicolonCsvWithBom_byDefaultInFrench", async () => {
    const page = await newLocalPage(browser);
    await page.goto(`${tandem.url}/tab/?lang=fr`);
    await page.getByTestId("dev-user-demo-hr-lead").click();
    await page.getByTestId("hr-tab").click();
    await page.getByTestId(`wave-row-${DEMO_WAVE_ID}`).click();
    await page.getByTestId("section-progress").click();
    const control = page.getByTestId("pairs-csv-download");
    await control.waitFor({ timeout: 20_000 });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      control.getByRole("button").click(),
    ]);
    expect(download.suggestedFilename()).toBe(`pairs-${DEMO_WAVE_ID}.csv`);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    expect(text).toContain("Lucas Martin");
    expect(text.split("\r\n")[0]).toContain(";");
    await page.context().close();
  });
});

describe.each(Object.entries(VIEWPORTS))("accessibility at %s width", (_name, viewport) => {
  it.each(THEMES)(
    "inThe%sTheme_myMentoringAndEveryHrSection_haveNoSeriousOrCriticalViolation",
    async (theme) => {
      const found: string[] = [];

      const mentee = await signIn("demo-sophie.laurent", theme, viewport);
      await mentee.getByTestId("questionnaire-status").waitFor({ timeout: 20_000 });
      found.push(...(await seriousViolations(mentee, "My mentoring (mentee)")));
      await mentee.context().close();

      const mentor = await signIn("demo-lucas.martin", theme, viewport);
      await mentor.getByTestId("questionnaire-status").waitFor({ timeout: 20_000 });
      found.push(...(await seriousViolations(mentor, "My mentoring (mentor)")));
      await mentor.context().close();

      const hr = await signIn("demo-hr-lead", theme, viewport);
      await hr.getByTestId("hr-tab").click();
      await hr.getByTestId(`wave-row-${DEMO_WAVE_ID}`).waitFor({ timeout: 20_000 });
      found.push(...(await seriousViolations(hr, "HR waves")));
      await hr.getByTestId(`wave-row-${DEMO_WAVE_ID}`).click();
      const sections = hr.locator('[data-testid^="section-"][role="tab"]');
      await sections.first().waitFor({ timeout: 20_000 });
      const ids = await sections.evaluateAll((tabs) => tabs.map((t) => t.getAttribute("data-testid") ?? ""));
      expect(ids).toEqual(expect.arrayContaining(["section-settings", "section-needs", "section-progress"]));
      for (const id of ids) {
        await hr.getByTestId(id).click();
        // Each section shows a loading state first: wait until none is left.
        await hr.waitForFunction(noProgressBar, undefined, {
          timeout: 20_000,
        });
        found.push(...(await seriousViolations(hr, `HR ${id}`)));
      }
      await hr.context().close();

      expect(found).toEqual([]);
    },
  );
});
