/**
 * HR sets a participant's time zone in the participant dialog (Chromium, real server, demo wave): a name that
 * is not an IANA zone is flagged next to the field in the page's language and nothing is saved; a real zone is
 * saved and shown again when the dialog reopens (at once, before the list has reloaded).
 */
import type { Browser, Page } from "playwright-core";
import { DEMO_WAVE_ID } from "../../server/demo-wave";
import { TIME_ZONE_TEXTS } from "../../tab/app/texts/time-zone-texts";
import { launchBrowser, signInToTab } from "../support/browser";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";

jest.setTimeout(120_000);

const PERSON = "demo-jan.peeters";
let browser: Browser;
let tandem: TestTandem;

beforeAll(async () => {
  [browser, tandem] = await Promise.all([launchBrowser(), startTestTandem()]);
});
afterAll(async () => {
  await browser?.close();
  await tandem?.stop();
});

async function openDialog(page: Page): Promise<void> {
  await page.getByTestId(`edit-${PERSON}`).click();
  await page.getByTestId("participant-dialog").waitFor({ timeout: 20_000 });
}

describe("a participant's time zone in the HR participant dialog", () => {
  it("anUnknownZone_isFlaggedInDutch_andAnIanaZoneIsSaved_andShownAgain", async () => {
    const page = await signInToTab(browser, tandem.url, "demo-hr-lead", { query: "?lang=nl" });
    await page.getByTestId("hr-tab").click();
    await page.getByTestId(`wave-row-${DEMO_WAVE_ID}`).click();
    await page.getByTestId("section-participants").click();
    await page.getByTestId(`participant-row-${PERSON}`).waitFor({ timeout: 30_000 });

    await openDialog(page);
    const zone = page.getByTestId("participant-time-zone");
    await zone.fill("Brussels");
    await page.getByTestId("participant-save").click();
    await page.getByText(TIME_ZONE_TEXTS.nl.invalid).waitFor({ timeout: 10_000 });
    expect((await tandem.repos.participants.get(DEMO_WAVE_ID, PERSON))?.timeZone).toBeUndefined();

    await zone.fill("Europe/Brussels");
    // The list's reload after the save is held back: the row must show what was saved without it.
    let releaseReload!: () => void;
    const reloadHeld = new Promise<void>((resolve) => (releaseReload = resolve));
    const participantsList = (url: URL) => url.pathname.endsWith("/participants");
    await page.route(participantsList, async (route) => {
      if (route.request().method() === "GET") await reloadHeld;
      await route.continue();
    });
    const reloaded = page.waitForResponse(
      (r) => r.request().method() === "GET" && participantsList(new URL(r.url())),
      { timeout: 20_000 },
    );
    await page.getByTestId("participant-save").click();
    await page.getByTestId("participant-dialog").waitFor({ state: "detached", timeout: 20_000 });
    expect((await tandem.repos.participants.get(DEMO_WAVE_ID, PERSON))?.timeZone).toBe("Europe/Brussels");

    await openDialog(page);
    await expect(page.getByTestId("participant-time-zone").inputValue()).resolves.toBe("Europe/Brussels");
    releaseReload();
    await (await reloaded).finished();
  });
});
