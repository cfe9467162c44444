/**
 * HR's Progress section in Chromium against the real server, on the demo wave moved to running and four
 * pairs written through the store (server clock: 20 March 2027): the pair with no held session for 59 days
 * comes first, flagged, with its last activity; the wave's ratings (8) are shown as an aggregate, session 1's
 * (6) too, and session 2's (2) are suppressed as "fewer than 5" in the page's language (French here). A
 * participant reaches neither the section nor its API.
 */
import type { Browser, Page } from "playwright-core";
import type { PublishedPair } from "../../core/matching/published-pair";
import type { Participant } from "../../core/participant";
import { checkInId, type MentoringSession } from "../../core/sessions/session";
import { DEMO_WAVE_ID } from "../../server/demo-wave";
import { PROGRESS_CATALOGUE } from "../../tab/app/texts/progress-catalogue";
import { apiCall, devTokenFrom } from "../support/api-client";
import { runDemoWave } from "../support/running-demo-wave";
import { launchBrowser, signInToTab } from "../support/browser";
import { aPublishedPair } from "../support/notes-factories";
import { aSession } from "../support/session-factories";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";

jest.setTimeout(120_000);

const NOW = new Date("2027-03-20T12:00:00.000Z");
const FR = PROGRESS_CATALOGUE.fr;
/** The at-risk pair's last activity: the day its only proposal was cancelled. */
const LAST_ACTIVITY = "2027-01-25T12:00:00.000Z";
const SECRET_COMMENT = "private words about my mentor";

let browser: Browser;
let tandem: TestTandem;
let atRiskPair: PublishedPair;
const onTrack: PublishedPair[] = [];

beforeAll(async () => {
  [browser, tandem] = await Promise.all([
    launchBrowser(),
    startTestTandem({}, undefined, { clock: { now: () => NOW }, campaignIntervalMs: 3_600_000 }),
  ]);
  const repos = tandem.repos;
  await runDemoWave(repos);
  const people = await repos.participants.listByWave(DEMO_WAVE_ID);
  const named = (name: string): Participant => {
    const found = people.find((p) => p.displayName === name);
    if (found === undefined) throw new Error(`${name} is not in the demo wave`);
    return found;
  };

  atRiskPair = {
    ...aPublishedPair(DEMO_WAVE_ID, named("Noah De Smet"), [named("Thijs Broes")]),
    publishedAt: "2027-01-20T09:00:00.000Z",
  };
  await repos.pairs.createIfAbsent(atRiskPair);
  await repos.sessions.create(
    aSession(atRiskPair, "2027-02-05T13:00:00.000Z", {
      status: "cancelled",
      bookedAt: "2027-01-22T12:00:00.000Z",
      history: [
        {
          at: "2027-01-22T12:00:00.000Z",
          by: atRiskPair.mentorId,
          action: "proposed",
          start: "2027-02-05T13:00:00.000Z",
        },
        { at: LAST_ACTIVITY, by: atRiskPair.menteeIds[0]!, action: "cancelled", reason: "Board meeting" },
      ],
    }),
  );

  for (const [mentor, mentee] of [
    ["Lucas Martin", "Sophie Laurent"],
    ["Emma Janssens", "Jan Peeters"],
    ["Hugo Bernard", "Hélène Fontaine"],
  ] as const) {
    const pair = aPublishedPair(DEMO_WAVE_ID, named(mentor), [named(mentee)]);
    onTrack.push(pair);
    await repos.pairs.createIfAbsent(pair);
    await held(pair, aSession(pair, "2027-02-20T13:00:00.000Z", { status: "held" }), [4, 5]);
  }
  // Only the first pair held session 2: two ratings, below the threshold of 5.
  const first = onTrack[0]!;
  await held(first, aSession(first, "2027-03-15T13:00:00.000Z", { status: "held", sequence: 2 }), [3, 5]);
});
afterAll(async () => {
  await browser?.close();
  await tandem?.stop();
});

/** Stores a held session and one rated check-in per member (the mentee's with a private comment). */
async function held(
  pair: PublishedPair,
  session: MentoringSession,
  ratings: [number, number],
): Promise<void> {
  await tandem.repos.sessions.create(session);
  const members = [pair.mentorId, pair.menteeIds[0]!];
  for (const [index, participantId] of members.entries())
    await tandem.repos.checkIns.save({
      id: checkInId(session.id, participantId),
      waveId: DEMO_WAVE_ID,
      pairId: pair.id,
      sessionId: session.id,
      participantId,
      outcome: "held",
      rating: ratings[index]!,
      ...(index === 1 ? { comment: SECRET_COMMENT } : {}),
      at: new Date(Date.parse(session.start) + 3 * 3_600_000).toISOString(),
    });
}

const signIn = (userId: string, query: string, scripts: string[] = []): Promise<Page> =>
  signInToTab(browser, tandem.url, userId, { query: `?${query}`, scripts });

describe("HR's Progress section in Chromium", () => {
  it("hrLead_opensTheRunningWave_andSeesThePairAtRiskFirst_withItsLastActivity", async () => {
    const page = await signIn("demo-hr-lead", "lang=fr");
    await page.getByTestId("hr-tab").click();
    await page.getByTestId(`wave-row-${DEMO_WAVE_ID}`).click();
    await page.getByTestId("section-progress").click();
    const table = page.getByTestId("progress-table");
    await table.waitFor({ timeout: 30_000 });

    await expect(page.getByTestId("progress-at-risk").textContent()).resolves.toBe(FR.atRiskSummary(1, 4));
    const rows = table.locator("[data-testid^='progress-row-']");
    await expect(rows.count()).resolves.toBe(4);
    await expect(rows.first().getAttribute("data-testid")).resolves.toBe(`progress-row-${atRiskPair.id}`);
    await expect(rows.first().getAttribute("data-at-risk")).resolves.toBe("true");
    const first = (await rows.first().textContent()) ?? "";
    expect(first).toContain("Noah De Smet");
    expect(first).toContain("Thijs Broes");
    expect(first).toContain(FR.atRisk(59));
    expect(first).toContain(
      new Intl.DateTimeFormat("fr", { dateStyle: "long" }).format(new Date(LAST_ACTIVITY)),
    );
    expect(first).toContain(FR.never); // never held a session
    for (const pair of onTrack) {
      const row = table.getByTestId(`progress-row-${pair.id}`);
      await expect(row.getAttribute("data-at-risk")).resolves.toBe("false");
      await expect(row.textContent()).resolves.toContain(FR.onTrack);
    }
  });

  it("hrLead_seesTheRatingsAsAggregates_andABreakdownBelowFiveIsSuppressed", async () => {
    const page = await signIn("demo-hr-lead", "lang=fr");
    await page.getByTestId("hr-tab").click();
    await page.getByTestId(`wave-row-${DEMO_WAVE_ID}`).click();
    await page.getByTestId("section-progress").click();
    const ratings = page.getByTestId("progress-ratings");
    await ratings.waitFor({ timeout: 30_000 });

    // Wave: 4,5 ×3 and 3,5 → 8 ratings, mean 4.38; session 1: 6 ratings, mean 4.5; session 2: 2 ratings.
    const all = (await ratings.textContent()) ?? "";
    expect(all).toContain(FR.ratingsSummary(8, 4.38));
    expect(all).toContain("moyenne 4,38 / 5"); // a French decimal comma
    const one = (await page.getByTestId("progress-ratings-1").textContent()) ?? "";
    expect(one).toContain(FR.ratingsSummary(6, 4.5));
    expect(one).not.toContain(FR.fewerThanFive);
    const two = (await page.getByTestId("progress-ratings-2").textContent()) ?? "";
    expect(two).toContain(FR.fewerThanFive);
    expect(two).not.toContain("moyenne");
    // No individual comment anywhere on the page.
    await expect(page.locator("body").textContent()).resolves.not.toContain(SECRET_COMMENT);
  });

  it("participant_cannotReachTheProgressSection_norItsApi", async () => {
    const scripts: string[] = [];
    const page = await signIn("demo-megan.bowen", "page=hr&lang=fr", scripts);
    await page.getByTestId("questionnaire-status").waitFor({ timeout: 30_000 });
    await page.waitForLoadState("networkidle");
    await expect(page.getByTestId("hr-tab").count()).resolves.toBe(0);
    await expect(page.getByTestId("progress-section").count()).resolves.toBe(0);
    expect(scripts.filter((url) => url.includes("progress-section"))).toEqual([]);

    const token = await devTokenFrom(tandem.url, "demo-megan.bowen");
    const answer = await apiCall(tandem.url, "GET", `/api/hr/waves/${DEMO_WAVE_ID}/progress`, token);
    expect(answer.status).toBe(403);
    expect(answer.raw).not.toContain("Noah De Smet");
  });
});
