/** The "My mentoring" tab in Chromium against the real server (dev sign-in, real tokens, real API). */
import type { Browser, Page } from "playwright-core";
import { launchBrowser, newLocalPage, signInToTab } from "../support/browser";
import { startTestTandem, type TestTandem } from "../support/tandem-test-server";

jest.setTimeout(60_000);

let tandem: TestTandem;
let browser: Browser;

beforeAll(async () => {
  [tandem, browser] = await Promise.all([startTestTandem(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await tandem?.stop();
});

async function signIn(userId: string, query = ""): Promise<Page> {
  const page = await signInToTab(browser, tandem.url, userId, { query });
  await page.getByTestId("questionnaire-status").waitFor();
  return page;
}

describe("the tab in Chromium", () => {
  it("mentorWhoHasNotAnswered_seesRoleWaveAndHowToAnswer", async () => {
    const page = await signIn("demo-megan.bowen");
    await expect(page.getByTestId("my-role").getAttribute("data-role")).resolves.toBe("mentor");
    await expect(page.getByTestId("my-wave").textContent()).resolves.toBe("Digital Tandem — Autumn 2026");
    const status = page.getByTestId("questionnaire-status");
    await expect(status.getAttribute("data-status")).resolves.toBe("not-started");
    await expect(status.textContent()).resolves.toContain("say 'questionnaire'");
  });

  it("switchUser_returnsToThePicker_andAnotherPersonCanSignIn", async () => {
    const page = await signIn("demo-megan.bowen");
    await page.getByTestId("switch-user").click();
    await page.getByTestId("dev-user-demo-isabelle.marchand").click();
    await expect(page.getByTestId("my-name").textContent()).resolves.toBe("Isabelle Marchand");
    await expect(page.getByTestId("my-role").getAttribute("data-role")).resolves.toBe("mentee");
  });

  it("tokenTheServerNoLongerAccepts_sendsBackToSignIn_withAClearMessage", async () => {
    const page = await newLocalPage(browser);
    await page.goto(`${tandem.url}/tab/`);
    await page.getByTestId("dev-user-demo-megan.bowen").waitFor();
    const session = {
      token: "eyJhbGciOiJSUzI1NiJ9.eyJvaWQiOiJ4In0.c2lnbmF0dXJl",
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      user: {
        id: "demo-megan.bowen",
        displayName: "Megan Bowen",
        role: "mentor",
        department: "Digital marketing",
        waveName: "x",
      },
    };
    // A string, evaluated in the page: the test code itself is compiled without DOM types.
    await page.evaluate(
      `window.sessionStorage.setItem("tandem.devSession", ${JSON.stringify(JSON.stringify(session))})`,
    );
    await page.reload({ waitUntil: "networkidle" });
    const notice = page.getByTestId("sign-in-notice");
    await notice.waitFor({ timeout: 45_000 });
    await expect(notice.textContent()).resolves.toContain("sign in again");
    await page.getByTestId("dev-user-demo-megan.bowen").waitFor();
  });

  it("langFr_showsTheSignInAndMyMentoringInFrench", async () => {
    const page = await newLocalPage(browser);
    await page.goto(`${tandem.url}/tab/?lang=fr`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "Se connecter à Tandem",
    );
    await page.getByTestId("dev-user-demo-megan.bowen").click();
    const status = page.getByTestId("questionnaire-status");
    await status.waitFor();
    await expect(status.textContent()).resolves.toContain("écrivez « questionnaire »");
    await expect(page.getByTestId("my-role").textContent()).resolves.toContain("Vous êtes mentor");
    await expect(page.evaluate<string>("document.documentElement.lang")).resolves.toBe("fr");
  });

  it.each([
    ["default", 200],
    ["dark", 60],
  ])("theme_%s_isApplied", async (theme, threshold) => {
    const page = await signIn("demo-megan.bowen", `?theme=${theme}`);
    const background = await page.evaluate<string>(`(() => {
      let node = document.querySelector("[data-testid='my-name']");
      while (node) {
        const colour = getComputedStyle(node).backgroundColor;
        if (colour && colour !== "rgba(0, 0, 0, 0)" && colour !== "transparent") return colour;
        node = node.parentElement;
      }
      return getComputedStyle(document.body).backgroundColor;
    })()`);
    const [r = 0, g = 0, b = 0] = (background.match(/\d+/g) ?? []).map(Number);
    const brightness = (r + g + b) / 3;
    if (theme === "dark") expect(brightness).toBeLessThan(threshold);
    else expect(brightness).toBeGreaterThan(threshold);
  });
});
