/**
 * Sessions and shared notes in Chromium against the real server (demo wave moved to running, a pair written
 * through the store): a mentee proposes a date, the mentor accepts it; one writes notes, the other sees them;
 * a save made from an older revision shows both versions, and saving the merge keeps both edits; once HR
 * closes the wave, the pair, its sessions and notes stay to read, with nothing left to change.
 */
import type { Browser, Page } from "playwright-core";
import type { Participant } from "../../core/participant";
import { DEMO_WAVE_ID } from "../../server/demo-wave";
import { launchBrowser, signInToTab } from "../support/browser";
import { aPublishedPair } from "../support/notes-factories";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";

jest.setTimeout(120_000);

let browser: Browser;
let tandem: TestTandem;
let pairId: string;

async function demo(id: string): Promise<Participant> {
  const participant = await tandem.repos.participants.get(DEMO_WAVE_ID, id);
  if (participant === undefined) throw new Error(`${id} is not in the demo wave`);
  return participant;
}

beforeAll(async () => {
  [browser, tandem] = await Promise.all([launchBrowser(), startTestTandem()]);
  const wave = await tandem.repos.waves.get(DEMO_WAVE_ID);
  if (wave === undefined) throw new Error("no demo wave");
  await tandem.repos.waves.save({ ...wave, state: "running" });
  const pair = aPublishedPair(DEMO_WAVE_ID, await demo("demo-lucas.martin"), [
    await demo("demo-sophie.laurent"),
  ]);
  await tandem.repos.pairs.createIfAbsent(pair);
  pairId = pair.id;
});
afterAll(async () => {
  await browser?.close();
  await tandem?.stop();
});

async function signIn(userId: string, scripts: string[] = []): Promise<Page> {
  const page = await signInToTab(browser, tandem.url, userId, { scripts });
  await page.locator('[data-testid="pair-panel"][data-state="ready"]').waitFor({ timeout: 30_000 });
  return page;
}

async function openNotes(page: Page): Promise<void> {
  const session = page.getByTestId("session").first();
  await session.getByTestId("session-notes-toggle").click();
  await session.getByTestId("notes-editor").waitFor({ timeout: 20_000 });
}

async function storedNotes() {
  const sessions = await tandem.repos.sessions.listByPair(DEMO_WAVE_ID, pairId);
  const id = sessions[0]?.id;
  if (id === undefined) throw new Error("no session");
  return (await tandem.repos.notes.get(DEMO_WAVE_ID, id))?.value;
}

describe("a pair's sessions and notes in Chromium", () => {
  let sophie: Page;
  let lucas: Page;

  it("theMentee_proposesADate_inALazyChunk_andTheMentorAcceptsIt", async () => {
    const scripts: string[] = [];
    sophie = await signIn("demo-sophie.laurent", scripts);
    expect(scripts.filter((url) => url.includes("pair-panel"))).toHaveLength(1);
    const panel = sophie.getByTestId("pair");
    await expect(panel.getByTestId("pair-others").textContent()).resolves.toContain("Lucas");
    await expect(panel.getByTestId("plan-entry").count()).resolves.toBe(6);

    await panel.getByTestId("propose-date").fill("2027-01-14");
    await panel.getByTestId("propose-time").fill("10:00");
    await panel.getByTestId("propose-submit").click();
    await sophie.locator('[data-testid="session"][data-status="proposed"]').waitFor({ timeout: 20_000 });
    await expect(sophie.getByTestId("session-accept").count()).resolves.toBe(0);

    lucas = await signIn("demo-lucas.martin");
    await lucas.getByTestId("session-accept").click();
    await lucas.locator('[data-testid="session"][data-status="scheduled"]').waitFor({ timeout: 20_000 });
    const stored = await tandem.repos.sessions.listByPair(DEMO_WAVE_ID, pairId);
    expect(stored.map((s) => s.status)).toEqual(["scheduled"]);
  });

  it("oneWritesNotes_andTheOtherSeesThem", async () => {
    await openNotes(lucas);
    await lucas.getByTestId("notes-text").fill("Agenda: Copilot in Outlook.");
    await lucas.getByTestId("new-item").fill("Try the summary feature");
    await lucas.getByTestId("new-item").press("Enter");
    await lucas.getByTestId("notes-save").click();
    await lucas.locator('[data-testid="notes-editor"][data-revision="1"]').waitFor({ timeout: 20_000 });

    await sophie.reload();
    await sophie.locator('[data-testid="pair-panel"][data-state="ready"]').waitFor({ timeout: 30_000 });
    await openNotes(sophie);
    await expect(sophie.getByTestId("notes-text").inputValue()).resolves.toBe("Agenda: Copilot in Outlook.");
    await expect(sophie.getByTestId("action-item").textContent()).resolves.toContain(
      "Try the summary feature",
    );
  });

  it("aConflictingSave_showsBothVersions_andSavingTheMergeKeepsBothEdits", async () => {
    // Both editors are at revision 1; Lucas saves first.
    await lucas.getByTestId("notes-text").fill("Agenda: Copilot in Outlook.\nLucas: bring the board deck.");
    await lucas.getByTestId("notes-save").click();
    await lucas.locator('[data-testid="notes-editor"][data-revision="2"]').waitFor({ timeout: 20_000 });

    await sophie
      .getByTestId("notes-text")
      .fill("Agenda: Copilot in Outlook.\nSophie: prepare three prompts.");
    await sophie.getByTestId("notes-save").click();
    const conflict = sophie.getByTestId("notes-conflict");
    await conflict.waitFor({ timeout: 20_000 });
    await expect(conflict.getByTestId("notes-theirs").textContent()).resolves.toContain(
      "bring the board deck",
    );
    await expect(conflict.getByTestId("notes-yours").textContent()).resolves.toContain(
      "prepare three prompts",
    );
    const merged = await conflict.getByTestId("notes-merged-text").inputValue();
    expect(merged).toContain("bring the board deck");
    expect(merged).toContain("prepare three prompts");

    await conflict.getByTestId("notes-save-merge").click();
    await sophie.locator('[data-testid="notes-editor"][data-revision="3"]').waitFor({ timeout: 20_000 });
    const stored = await storedNotes();
    expect(stored?.text).toContain("bring the board deck");
    expect(stored?.text).toContain("prepare three prompts");
    expect(stored?.actionItems.map((i) => i.text)).toEqual(["Try the summary feature"]);
  });

  it("whenHrMovesTheWaveOnWhileNotesAreOpen_savingSaysTheProgrammeHasEnded_inThePagesLanguage", async () => {
    const page = await signInToTab(browser, tandem.url, "demo-lucas.martin", { query: "?lang=fr" });
    await page.locator('[data-testid="pair-panel"][data-state="ready"]').waitFor({ timeout: 30_000 });
    await openNotes(page);
    const wave = await tandem.repos.waves.get(DEMO_WAVE_ID);
    await tandem.repos.waves.save({ ...wave!, state: "closing" });
    await page.getByTestId("notes-text").fill("Too late to write this");
    await page.getByTestId("notes-save").click();
    const ended = page.getByTestId("notes-ended");
    await ended.waitFor({ timeout: 20_000 });
    await expect(ended.textContent()).resolves.toContain("Le programme est terminé");
    await expect(page.getByTestId("notes-save").isDisabled()).resolves.toBe(true);
    expect((await storedNotes())?.text).not.toContain("Too late");
    await page.context().close();
  });

  it("onceHrClosesTheWave_thePairSessionsAndNotesStayToRead_withNothingToChange", async () => {
    const wave = await tandem.repos.waves.get(DEMO_WAVE_ID);
    await tandem.repos.waves.save({ ...wave!, state: "closed" });
    await sophie.reload();
    await sophie.locator('[data-testid="pair-panel"][data-state="ready"]').waitFor({ timeout: 30_000 });
    await sophie.getByTestId("pair-ended").waitFor();
    const session = sophie.getByTestId("session").first();
    await session.getByTestId("session-notes-toggle").click();
    const notes = session.getByTestId("notes-read-only");
    await notes.waitFor({ timeout: 20_000 });
    await expect(notes.textContent()).resolves.toContain("prepare three prompts");
    await expect(notes.textContent()).resolves.toContain("Try the summary feature");
    for (const control of ["notes-save", "notes-text", "propose-submit", "session-accept", "session-link"])
      await expect(sophie.getByTestId(control).count()).resolves.toBe(0);
  });
});
