/**
 * End to end, as a person tries it: Tandem as `npm start` runs it, the Agents Playground in front of the
 * bot, headless Chromium. Alex Wilber (the playground's default user, a mentee of the demo wave) asks for
 * the questionnaire, fills the card and sends it; then the tab, signed in as Alex, shows the saved answers.
 */
import type { Browser, Locator, Page } from "playwright-core";
import { DEMO_WAVE_ID } from "../../server/demo-wave";
import { launchBrowser, newLocalPage } from "../support/browser";
import { startPlayground, type Playground } from "../support/playground";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";

jest.setTimeout(60_000);

const GOAL = "Run our ExCom meeting in Teams <b>and</b> post on LinkedIn";

let tandem: TestTandem;
let playground: Playground;
let browser: Browser;

beforeAll(async () => {
  tandem = await startTestTandem();
  [playground, browser] = await Promise.all([
    startPlayground({ botEndpoint: `${tandem.url}/api/messages` }),
    launchBrowser(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await playground?.stop();
  await tandem?.stop();
});

async function send(page: Page, text: string): Promise<void> {
  const box = page.getByRole("textbox").first();
  await box.fill(text);
  await box.press("Enter");
}

/** The playground renders compact choice sets as Fluent comboboxes: open one, pick the option. */
async function choose(page: Page, card: Locator, label: string, option: string | RegExp): Promise<void> {
  await card.getByRole("combobox", { name: label }).click();
  await page.getByRole("option", { name: option }).first().click();
}

describe("questionnaire end to end", () => {
  it("menteeAnswersInThePlayground_thenSeesTheAnswersInTheTab", async () => {
    const chat = await newLocalPage(browser);
    await chat.goto(playground.url);
    await send(chat, "questionnaire");

    const card = chat.locator(".ac-adaptiveCard").filter({ hasText: "Send my answers" }).last();
    await card.waitFor();
    await choose(chat, card, "Need #1 (most important)", "Social networks");
    await choose(chat, card, "Your comfort with need #1", /^2 /);
    await choose(chat, card, "Need #2 (optional)", "Artificial intelligence");
    await choose(chat, card, "Your comfort with need #2", /^1 /);
    await card.getByLabel("What do you want to be able to do after this programme?").fill(GOAL);
    await card.getByRole("button", { name: "Send my answers" }).click();

    const summary = chat.locator(".ac-adaptiveCard").filter({ hasText: "your answers are saved" }).last();
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain("Social networks");
    await expect(summary.getByRole("button", { name: "Edit my answers" }).count()).resolves.toBe(1);

    const stored = await tandem.repos.responses.get(DEMO_WAVE_ID, "demo-alex.wilber");
    expect(stored?.value.answers).toMatchObject({
      kind: "mentee",
      needs: [
        { themeId: "social-networks", comfort: 2 },
        { themeId: "artificial-intelligence", comfort: 1 },
      ],
      goal: GOAL,
    });

    const tab = await newLocalPage(browser);
    const scripts: string[] = [];
    tab.on("dialog", (dialog) => void dialog.dismiss().then(() => scripts.push(dialog.message())));
    await tab.goto(`${tandem.url}/tab/`);
    await tab.getByTestId("dev-user-demo-alex.wilber").click();
    const status = tab.getByTestId("questionnaire-status");
    await expect(status.getAttribute("data-status", { timeout: 15_000 })).resolves.toBe("submitted");
    await expect(tab.getByTestId("my-wave").textContent()).resolves.toBe("Digital Tandem — Autumn 2026");
    await expect(tab.getByTestId("my-role").getAttribute("data-role")).resolves.toBe("mentee");
    const answers = tab.getByTestId("questionnaire-answers");
    await expect(answers.textContent()).resolves.toContain(GOAL);
    await expect(answers.textContent()).resolves.toContain("Social networks");
    expect(scripts).toEqual([]);
  });
});
