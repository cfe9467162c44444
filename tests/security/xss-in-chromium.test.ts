/**
 * Text with HTML or script in it shows as text in the tab, in Chromium against the real server: a
 * participant's display name, a mentee's goal, shared notes and an action item carrying
 * `<img src=x onerror=…>` and `<script>…</script>` are displayed literally in My mentoring, the HR
 * participants list, the matching table, the pair panel and the notes, no element is injected, and no script runs (`window.__xss` stays unset).
 */
import type { Browser, Page } from "playwright-core";
import type { Participant } from "../../core/participant";
import { DEMO_WAVE_ID } from "../../server/demo-wave";
import { apiCall, devTokenFrom } from "../support/api-client";
import { launchBrowser, signInToTab } from "../support/browser";
import { aPublishedPair } from "../support/notes-factories";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";

jest.setTimeout(180_000);

const IMG = "<img src=x onerror=window.__xss=1>";
const SCRIPT = "<script>window.__xss=1</script>";
const MENTOR_NAME = `Lucas ${IMG}`;
const MENTEE_NAME = `Sophie ${SCRIPT}`;
const GOAL = `Learn prompts ${SCRIPT} ${IMG}`;
const NOTES = `Agenda ${IMG} then ${SCRIPT}`;
const ITEM = `Try ${IMG}`;

let browser: Browser;
let tandem: TestTandem;

async function demo(id: string): Promise<Participant> {
  const participant = await tandem.repos.participants.get(DEMO_WAVE_ID, id);
  if (participant === undefined) throw new Error(`${id} is not in the demo wave`);
  return participant;
}

beforeAll(async () => {
  [browser, tandem] = await Promise.all([launchBrowser(), startTestTandem()]);
  const lucas = { ...(await demo("demo-lucas.martin")), displayName: MENTOR_NAME };
  const sophie = { ...(await demo("demo-sophie.laurent")), displayName: MENTEE_NAME };
  await tandem.repos.participants.save(lucas);
  await tandem.repos.participants.save(sophie);
  const response = await tandem.repos.responses.get(DEMO_WAVE_ID, sophie.id);
  if (response === undefined || response.value.answers.kind !== "mentee")
    throw new Error("Sophie has answered");
  await tandem.repos.responses.replace(
    { ...response.value, answers: { ...response.value.answers, goal: GOAL } },
    response.etag,
  );
});
afterAll(async () => {
  await browser?.close();
  await tandem?.stop();
});

const signIn = (userId: string): Promise<Page> => signInToTab(browser, tandem.url, userId);

/** Nothing ran and nothing was injected: the payloads' side effect is unset and no payload element exists. */
async function expectNoScriptRan(page: Page): Promise<void> {
  await expect(
    page.evaluate(() => (globalThis as Record<string, unknown>)["__xss"]),
  ).resolves.toBeUndefined();
  await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
  await expect(page.locator("script:not([src])").count()).resolves.toBe(0);
}

describe("HTML and script in people's text, in the tab", () => {
  it("aMenteesGoal_inMyMentoring_showsAsText_andRunsNothing", async () => {
    const page = await signIn("demo-sophie.laurent");
    const answers = page.getByTestId("questionnaire-answers");
    await expect(answers.textContent({ timeout: 30_000 })).resolves.toContain(GOAL);
    await expectNoScriptRan(page);
    await page.close();
  });

  it("displayNames_inTheHrParticipantsList_showAsText_andRunNothing", async () => {
    const page = await signIn("demo-hr-lead");
    await page.getByTestId("hr-tab").click();
    await page.getByTestId(`wave-row-${DEMO_WAVE_ID}`).click();
    await page.getByTestId("section-participants").click();
    const table = page.getByTestId("participants-table");
    await expect(table.textContent({ timeout: 20_000 })).resolves.toContain(MENTOR_NAME);
    await expect(table.textContent()).resolves.toContain(MENTEE_NAME);
    await expectNoScriptRan(page);
    await page.close();
  });

  it("displayNames_inTheMatchingTable_showAsText_andRunNothing", async () => {
    const page = await signIn("demo-hr-lead");
    await page.getByTestId("hr-tab").click();
    await page.getByTestId(`wave-row-${DEMO_WAVE_ID}`).click();
    await page.getByTestId("section-matching").click();
    await page.getByTestId("matching-section").waitFor({ timeout: 20_000 });
    const propose = page.getByTestId("propose-pairs");
    if ((await propose.getAttribute("data-can-propose")) !== "true") {
      await page.getByTestId("start-matching").click();
      await page
        .locator('[data-testid="propose-pairs"][data-can-propose="true"]')
        .waitFor({ timeout: 20_000 });
    }
    await propose.click();
    await page.getByTestId("proposal-table").waitFor({ timeout: 30_000 });
    const section = await page.getByTestId("matching-section").textContent();
    expect(section).toContain(MENTOR_NAME);
    expect(section).toContain(MENTEE_NAME);
    await expectNoScriptRan(page);
    await page.close();
  });

  it("thePartnersName_andSharedNotesWithAnActionItem_showAsText_andRunNothing", async () => {
    const wave = await tandem.repos.waves.get(DEMO_WAVE_ID);
    if (wave === undefined) throw new Error("no demo wave");
    await tandem.repos.waves.save({ ...wave, state: "running" });
    const pair = aPublishedPair(DEMO_WAVE_ID, await demo("demo-lucas.martin"), [
      await demo("demo-sophie.laurent"),
    ]);
    await tandem.repos.pairs.createIfAbsent(pair);

    const page = await signIn("demo-sophie.laurent");
    await page.locator('[data-testid="pair-panel"][data-state="ready"]').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId("pair-others").textContent()).resolves.toContain(MENTOR_NAME);
    await page.getByTestId("propose-date").fill("2027-01-14");
    await page.getByTestId("propose-time").fill("10:00");
    await page.getByTestId("propose-submit").click();
    await page.locator('[data-testid="session"][data-status="proposed"]').waitFor({ timeout: 20_000 });
    const [session] = await tandem.repos.sessions.listByPair(DEMO_WAVE_ID, pair.id);
    if (session === undefined) throw new Error("no session");

    const token = await devTokenFrom(tandem.url, "demo-sophie.laurent");
    const notesPath = `/api/me/waves/${DEMO_WAVE_ID}/sessions/${encodeURIComponent(session.id)}/notes`;
    const written = await apiCall(tandem.url, "PUT", notesPath, token, {
      revision: 0,
      text: NOTES,
      actionItems: [{ id: "i1", text: ITEM, owner: pair.mentorId }],
    });
    expect(written.status).toBe(200);

    await page.reload();
    await page.locator('[data-testid="pair-panel"][data-state="ready"]').waitFor({ timeout: 30_000 });
    const shown = page.getByTestId("session").first();
    await shown.getByTestId("session-notes-toggle").click();
    await shown.getByTestId("notes-editor").waitFor({ timeout: 20_000 });
    await expect(page.getByTestId("notes-text").inputValue()).resolves.toBe(NOTES);
    await expect(page.getByTestId("action-item").textContent()).resolves.toContain(ITEM);
    await expectNoScriptRan(page);
    await page.close();
  });
});
