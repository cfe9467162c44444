/**
 * Matching in Chromium against the real server and its demo wave: HR proposes, locks, swaps and publishes
 * pairs in the Matching section; a participant shortlists profiles. Each part has its own server, so the
 * publication (which closes shortlists) never reaches the participant's test.
 */
import type { Browser, Locator, Page } from "playwright-core";
import { DEMO_WAVE_ID } from "../../server/demo-wave";
import { launchBrowser, signInToTab } from "../support/browser";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";

jest.setTimeout(120_000);

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const signIn = (tandem: TestTandem, userId: string, scripts: string[] = []): Promise<Page> =>
  signInToTab(browser, tandem.url, userId, { scripts });

interface Row {
  readonly menteeId: string;
  readonly mentorId: string;
  readonly locked: string;
}

async function pairRows(page: Page): Promise<Row[]> {
  const rows: Row[] = [];
  for (const row of await page.locator('[data-testid^="pair-row-"]').all()) {
    rows.push({
      menteeId: ((await row.getAttribute("data-testid")) ?? "").replace("pair-row-", ""),
      mentorId: (await row.getAttribute("data-mentor")) ?? "",
      locked: (await row.getAttribute("data-locked")) ?? "",
    });
  }
  return rows;
}

/** Resolves once the dialog closed (the change was made) or shows the server's refusal. */
async function outcomeOf(dialog: Locator): Promise<"done" | "refused"> {
  return Promise.race([
    dialog.waitFor({ state: "detached", timeout: 20_000 }).then(() => "done" as const),
    dialog
      .getByRole("alert")
      .waitFor({ timeout: 20_000 })
      .then(() => "refused" as const),
  ]);
}

/** Swaps the mentors of the first two unlocked pairs the hard rules allow (a refusal is shown, then cancelled). */
async function swapTwoMentees(page: Page): Promise<readonly [Row, Row]> {
  const open = (await pairRows(page)).filter((row) => row.locked === "no");
  for (const first of open) {
    for (const second of open) {
      if (first.mentorId === second.mentorId) continue;
      await page.getByTestId(`pair-actions-${first.menteeId}`).click();
      await page.getByTestId(`swap-${first.menteeId}`).click();
      const dialog = page.getByTestId("swap-dialog");
      await dialog.getByTestId("swap-with").selectOption(second.menteeId);
      await expect(dialog.getByTestId("swap-preview").textContent()).resolves.toContain("would get");
      await dialog.getByTestId("swap-dialog-confirm").click();
      if ((await outcomeOf(dialog)) === "done") return [first, second];
      await dialog.getByRole("button", { name: "Cancel" }).click();
      await dialog.waitFor({ state: "detached" });
    }
  }
  throw new Error("No two pairs of the demo proposal could swap mentors");
}

describe("HR matching in Chromium", () => {
  let tandem: TestTandem;
  beforeAll(async () => {
    tandem = await startTestTandem();
  });
  afterAll(async () => {
    await tandem?.stop();
  });

  it("hrLead_proposesLocksSwapsIsRefusedAFullMentorAndPublishes_thenSeesThePublishedView", async () => {
    const scripts: string[] = [];
    const page = await signIn(tandem, "demo-hr-lead", scripts);
    await page.getByTestId("hr-tab").click();
    await page.getByTestId(`wave-row-${DEMO_WAVE_ID}`).click();
    await page.getByTestId("section-needs").waitFor();
    // The section's code is fetched only when HR opens it.
    expect(scripts.filter((url) => url.includes("matching-section"))).toEqual([]);
    await page.getByTestId("section-matching").click();
    await page.getByTestId("matching-section").waitFor({ timeout: 20_000 });
    expect(scripts.filter((url) => url.includes("matching-section"))).toHaveLength(1);

    // The demo wave is still in its questionnaire: move it to matching from the section.
    const propose = page.getByTestId("propose-pairs");
    if ((await propose.getAttribute("data-can-propose")) !== "true") {
      await page.getByTestId("start-matching").click();
      await page
        .locator('[data-testid="propose-pairs"][data-can-propose="true"]')
        .waitFor({ timeout: 20_000 });
    }
    await expect(page.getByTestId("pool-mentees").textContent()).resolves.not.toBe("0");
    await propose.click();
    const table = page.getByTestId("proposal-table");
    await table.waitFor({ timeout: 30_000 });
    await expect(page.getByTestId("matching-status").textContent()).resolves.toMatch(/pairs? proposed/);
    const rows = await pairRows(page);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    const reasons = await table.getByTestId("pair-reasons").first().textContent();
    expect(reasons).toMatch(/Offers|Speaks|Both work in|Can hold the sessions in/);
    await expect(page.getByTestId("proposal-total").textContent()).resolves.toContain("of a best possible");
    await page.getByTestId("unmatched-mentees").waitFor();
    await page.getByTestId("idle-mentors").waitFor();

    // Lock a pair that is not a mutual choice yet.
    const toLock = rows.find((row) => row.locked === "no") ?? rows[0]!;
    await page.getByTestId(`lock-${toLock.menteeId}`).click();
    await page
      .locator(`[data-testid="pair-row-${toLock.menteeId}"][data-locked="hr"]`)
      .waitFor({ timeout: 20_000 });

    const [first, second] = await swapTwoMentees(page);
    await page
      .locator(`[data-testid="pair-row-${first.menteeId}"][data-mentor="${second.mentorId}"]`)
      .waitFor({ timeout: 20_000 });
    await expect(page.getByTestId(`pair-row-${second.menteeId}`).getAttribute("data-mentor")).resolves.toBe(
      first.mentorId,
    );
    await page.getByTestId("proposal-edited").waitFor();

    // A mentor who already has their one mentee is refused, with the reason, inside the dialog.
    await page.getByTestId(`pair-actions-${first.menteeId}`).click();
    await page.getByTestId(`change-mentor-${first.menteeId}`).click();
    const assign = page.getByTestId("assign-dialog");
    const select = assign.getByTestId("assign-mentor");
    // The options render after the dialog opens: wait for a full mentor's option before reading them.
    await select.locator("option", { hasText: "already has" }).first().waitFor({ state: "attached" });
    const full = (await select.locator("option").allTextContents()).find((label) =>
      label.includes("already has"),
    );
    expect(full).toBeDefined();
    await select.selectOption({ label: full! });
    await assign.getByTestId("assign-dialog-confirm").click();
    await expect(outcomeOf(assign)).resolves.toBe("refused");
    await expect(assign.getByRole("alert").textContent()).resolves.toMatch(/\w/);
    await assign.getByRole("button", { name: "Cancel" }).click();
    await assign.waitFor({ state: "detached" });
    await expect(page.getByTestId(`pair-row-${first.menteeId}`).getAttribute("data-mentor")).resolves.toBe(
      second.mentorId,
    );

    await page.getByTestId("publish-pairs").click();
    const dialog = page.getByTestId("publish-dialog");
    await expect(dialog.textContent()).resolves.toContain("introduces");
    await dialog.getByTestId("publish-dialog-confirm").click();
    await page.getByTestId("matching-published").waitFor({ timeout: 30_000 });

    await expect(page.locator('[data-testid^="lock-"]').count()).resolves.toBe(0);
    await expect(page.getByTestId("publish-pairs").count()).resolves.toBe(0);
    await expect(page.getByTestId(`pair-row-${toLock.menteeId}`).getAttribute("data-locked")).resolves.toBe(
      "hr",
    );
    const published = await tandem.repos.pairs.listByWave(DEMO_WAVE_ID);
    expect(published).toHaveLength(rows.length);
    expect(published.find((pair) => pair.menteeIds.includes(first.menteeId))?.mentorId).toBe(second.mentorId);
    await expect(tandem.repos.waves.get(DEMO_WAVE_ID)).resolves.toMatchObject({ state: "running" });
  });
});

describe("group format in Chromium", () => {
  let tandem: TestTandem;
  beforeAll(async () => {
    tandem = await startTestTandem();
  });
  afterAll(async () => {
    await tandem?.stop();
  });

  it("hrLead_choosesGroupsOfFourAndALevelWeight_andTheProposalGathersEachMentorsGroup", async () => {
    const page = await signIn(tandem, "demo-hr-lead");
    await page.getByTestId("hr-tab").click();
    await page.getByTestId(`wave-row-${DEMO_WAVE_ID}`).click();
    await page.getByTestId("section-settings").click();
    await page.getByTestId("rules-format").getByLabel("Groups").check();
    await page.getByTestId("rules-group-size").getByLabel("4").check();
    await page.getByTestId("wave-save").click();
    await page.getByTestId("wave-saved").waitFor({ timeout: 20_000 });
    await expect(tandem.repos.waves.get(DEMO_WAVE_ID)).resolves.toMatchObject({
      rules: { format: "group", groupSize: 4 },
    });

    await page.getByTestId("section-matching").click();
    // Weights change from the keyboard too: one step up on "Level gap", saved for the next proposal.
    const level = page.getByTestId("weight-level");
    const before = Number(await level.getAttribute("data-value"));
    await level.getByRole("slider").press("ArrowRight");
    await page.getByTestId("save-weights").click();
    await page
      .locator('[data-testid="weights-status"]', { hasText: "Weights saved." })
      .waitFor({ timeout: 20_000 });
    const saved = await tandem.repos.waves.get(DEMO_WAVE_ID);
    expect(saved?.matchWeights?.level).toBe(before + 5);

    await page.getByTestId("start-matching").click();
    const propose = page.locator('[data-testid="propose-pairs"][data-can-propose="true"]');
    await propose.waitFor({ timeout: 20_000 });
    await propose.click();
    await page.getByTestId("proposal-table").waitFor({ timeout: 30_000 });
    await expect(page.getByTestId("proposal-count").textContent()).resolves.toMatch(/groups?$/);
    await expect(page.locator('[data-column="group"]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('[data-column="mentor"]').count()).resolves.toBe(0);
    // Each mentor's mentees sit together, and no group is larger than four.
    const mentors = (await pairRows(page)).map((row) => row.mentorId);
    const runs = mentors.filter((mentor, index) => index === 0 || mentors[index - 1] !== mentor);
    expect(new Set(runs).size).toBe(runs.length);
    for (const mentor of runs) expect(mentors.filter((m) => m === mentor).length).toBeLessThanOrEqual(4);
  });
});

describe("the participant's shortlist in Chromium", () => {
  let tandem: TestTandem;
  beforeAll(async () => {
    tandem = await startTestTandem();
  });
  afterAll(async () => {
    await tandem?.stop();
  });

  it("mentee_shortlistsTwoMentors_andSeesThemSavedAfterAReload", async () => {
    const scripts: string[] = [];
    const page = await signIn(tandem, "demo-cedric.perrin", scripts);
    const panel = page.locator('[data-testid="shortlist-panel"][data-state="open"]');
    await panel.waitFor({ timeout: 20_000 });
    await expect(panel.textContent()).resolves.toContain("not a guarantee");

    const cards = panel.locator('[data-testid^="candidate-"]');
    expect(await cards.count()).toBeGreaterThanOrEqual(2);
    const chosen: string[] = [];
    for (const card of (await cards.all()).slice(0, 2)) {
      chosen.push(((await card.getAttribute("data-testid")) ?? "").replace("candidate-", ""));
    }
    await panel.getByTestId(`choose-${chosen[0]}`).click();
    await panel.getByTestId(`choose-${chosen[1]}`).click();
    await expect(panel.getByTestId(`choose-${chosen[1]}`).textContent()).resolves.toContain("no. 2");
    await expect(panel.getByTestId("shortlist-status").textContent()).resolves.toBe("Not saved yet.");
    await panel.getByTestId("save-shortlist").click();
    await panel.locator('[data-testid="shortlist-status"][data-saved="true"]').waitFor({ timeout: 20_000 });

    await page.reload();
    const reloaded = page.locator('[data-testid="shortlist-panel"][data-state="open"]');
    await reloaded.waitFor({ timeout: 20_000 });
    await expect(reloaded.getByTestId("choice-1").getAttribute("data-id")).resolves.toBe(chosen[0]);
    await expect(reloaded.getByTestId("choice-2").getAttribute("data-id")).resolves.toBe(chosen[1]);
    await expect(reloaded.getByTestId("shortlist-status").textContent()).resolves.toBe(
      "Your choices are saved.",
    );
    await expect(tandem.repos.shortlists.get(DEMO_WAVE_ID, "demo-cedric.perrin")).resolves.toMatchObject({
      choices: chosen,
    });
    // Participants never download the HR pages or the Matching section.
    expect(scripts.filter((url) => /hr-area|matching-section/.test(url))).toEqual([]);
  });
});
