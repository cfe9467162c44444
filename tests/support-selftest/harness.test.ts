/**
 * Self-test of the browser harness (tests/support/global-setup.js, chromium.ts, browser.ts,
 * playground.ts): a minimal botbuilder echo bot on restify, the Agents Playground in front of it,
 * headless Chromium driving the playground page. Also pins down the playground facts other tests
 * rely on (default user, tenant, serviceUrl, conversation id) and how to act as another user.
 */
import type { AddressInfo } from "node:net";
import {
  ActivityHandler,
  CardFactory,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type TurnContext,
} from "botbuilder";
import type { Browser, Page } from "playwright-core";
import restify from "restify";
import { launchBrowser, newLocalPage, isLocalUrl } from "../support/browser";
import { until } from "../support/until";
import {
  PLAYGROUND_TENANT_ID,
  PLAYGROUND_USERS,
  startPlayground,
  type Playground,
  type PlaygroundUser,
} from "../support/playground";

jest.setTimeout(30_000);

const ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive";

function approvalCard(): Record<string, unknown> {
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    body: [{ type: "TextBlock", text: "Approve the pairing?", wrap: true }],
    actions: [{ type: "Action.Execute", title: "Approve", verb: "approve", data: { pairing: "p-1" } }],
  };
}

function approvedCard(by: string, pairing: string): Record<string, unknown> {
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    body: [{ type: "TextBlock", text: `Pairing ${pairing} approved by ${by}`, wrap: true }],
  };
}

/** Echo bot: "card" → a card with an Action.Execute button; anything else → "echo: <text> from <name> (<aadObjectId>)". */
class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const text = (context.activity.text ?? "").trim();
      if (text === "card") {
        await context.sendActivity({ attachments: [CardFactory.adaptiveCard(approvalCard())] });
      } else {
        const from = context.activity.from;
        await context.sendActivity(`echo: ${text} from ${from.name} (${from.aadObjectId})`);
      }
      await next();
    });
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const data = invokeValue.action.data as { pairing?: string };
    if (invokeValue.action.verb !== "approve") {
      return {
        statusCode: 400,
        type: "application/vnd.microsoft.error",
        value: { message: "unknown verb" } as never,
      };
    }
    return {
      statusCode: 200,
      type: ADAPTIVE_CARD,
      value: approvedCard(context.activity.from.name, data.pairing ?? "?"),
    };
  }
}

interface TestBot {
  endpoint: string;
  activities: Partial<Activity>[];
  close(): Promise<void>;
}

async function startEchoBot(): Promise<TestBot> {
  // MicrosoftAppId "" = authentication off: local tests only.
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: "" }));
  adapter.onTurnError = async (context, error) => {
    activities.push({ type: "error", text: String(error) });
    await context.sendActivity(`bot error: ${String(error)}`);
  };
  const bot = new EchoBot();
  const activities: Partial<Activity>[] = [];
  const server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser());
  server.post("/api/messages", async (req, res) => {
    await adapter.process(req, res, async (context) => {
      activities.push(JSON.parse(JSON.stringify(context.activity)) as Partial<Activity>);
      await bot.run(context);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/api/messages`,
    activities,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A bot message bubble in the chat (the same text also shows in the chat list preview and the log panel). */
function chatMessage(page: Page, text: string) {
  return page.getByRole("paragraph").filter({ hasText: text });
}

/**
 * Opens the chat and waits until the page's client is connected: the playground sends the bot its
 * conversationUpdate once it is. The compose box shows earlier, and a message typed before that can be
 * lost (seen twice in CI under load: the echo never came and the test timed out).
 */
async function openChat(page: Page, playground: Playground, bot: TestBot): Promise<void> {
  await page.goto(playground.url, { waitUntil: "domcontentloaded" });
  await page.getByRole("textbox").waitFor();
  await until(
    () =>
      bot.activities.some((a) => a.type === "conversationUpdate" && a.serviceUrl === playground.serviceUrl),
    `the conversationUpdate from the playground at ${playground.url}`,
  );
}

async function send(page: Page, text: string): Promise<void> {
  const box = page.getByRole("textbox");
  await box.fill(text);
  await box.press("Enter");
}

describe("browser harness: Agents Playground + headless Chromium", () => {
  let bot: TestBot | undefined;
  let playground: Playground | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const blocked: string[] = [];

  beforeAll(async () => {
    bot = await startEchoBot();
    [playground, browser] = await Promise.all([
      startPlayground({ botEndpoint: bot.endpoint }),
      launchBrowser(),
    ]);
    page = await newLocalPage(browser, { onBlocked: (url) => blocked.push(url) });
    await openChat(page, playground, bot);
  });

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
    await bot?.close();
  });

  test("global setup published the Chromium to this worker", () => {
    expect(process.env.TANDEM_CHROMIUM_PATH).toBeTruthy();
    expect(JSON.parse(process.env.TANDEM_CHROMIUM_ARGS ?? "null")).toEqual(expect.any(Array));
  });

  test("a typed message reaches the bot as Alex Wilber and the echo shows in the chat", async () => {
    await send(page, "hello");
    await chatMessage(page, "echo: hello from Alex Wilber (00000000-0000-0000-0000-0000000000020)").waitFor();

    const message = bot!.activities.find((a) => a.type === "message" && a.text === "hello");
    expect(message).toMatchObject({
      channelId: "msteams",
      serviceUrl: playground!.serviceUrl,
      from: { id: "user-id-0", name: "Alex Wilber", aadObjectId: "00000000-0000-0000-0000-0000000000020" },
      recipient: { id: "00000000-0000-0000-0000-00000000000011", name: "Test Bot" },
      conversation: { conversationType: "personal", tenantId: PLAYGROUND_TENANT_ID },
      channelData: { tenant: { id: PLAYGROUND_TENANT_ID } },
    });
    expect(message?.conversation?.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    // Opening the page installs the app first: installationUpdate (add), then conversationUpdate (membersAdded).
    expect(bot!.activities.slice(0, 2).map((a) => a.type)).toEqual([
      "installationUpdate",
      "conversationUpdate",
    ]);
  });

  test("an Action.Execute click is an adaptiveCard/action invoke; the invoke response replaces the card", async () => {
    await send(page, "card");
    const card = page.locator(".ac-adaptiveCard").filter({ hasText: "Approve the pairing?" });
    await card.getByRole("button", { name: "Approve" }).click();
    await page
      .locator(".ac-adaptiveCard")
      .filter({ hasText: "Pairing p-1 approved by Alex Wilber" })
      .waitFor();
    expect(await card.count()).toBe(0); // replaced, not appended

    const invoke = bot!.activities.find((a) => a.type === "invoke");
    expect(invoke).toMatchObject({
      name: "adaptiveCard/action",
      value: { action: { type: "Action.Execute", verb: "approve", data: { pairing: "p-1" } } },
      from: { id: "user-id-0", aadObjectId: "00000000-0000-0000-0000-0000000000020" },
    });
  });

  test("requests to non-local hosts are aborted, local ones go through", async () => {
    const outcome = await page.evaluate(async (local) => {
      const attempt = (url: string) =>
        fetch(url, { mode: "no-cors" }).then(
          () => "loaded",
          () => "failed",
        );
      return { remote: await attempt("https://example.com/tandem-probe"), local: await attempt(local) };
    }, playground!.url);
    expect(outcome).toEqual({ remote: "failed", local: "loaded" });
    expect(blocked).toContain("https://example.com/tandem-probe");
    expect(blocked.every((url) => !isLocalUrl(url))).toBe(true);
  });

  test("acting as another user: a playground started with currentUser sends as that user", async () => {
    const mentee: PlaygroundUser = {
      id: "user-id-9",
      name: "Dana Demo",
      userPrincipleName: "dana@tandem.example",
      aadObjectId: "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b",
      givenName: "Dana",
      surname: "Demo",
      email: "dana@tandem.example",
    };
    const [asMegan, asDana] = await Promise.all([
      startPlayground({ botEndpoint: bot!.endpoint, currentUser: PLAYGROUND_USERS.megan }),
      startPlayground({ botEndpoint: bot!.endpoint, currentUser: mentee }),
    ]);
    try {
      const meganPage = await newLocalPage(browser!);
      const danaPage = await newLocalPage(browser!);
      await Promise.all([openChat(meganPage, asMegan, bot!), openChat(danaPage, asDana, bot!)]);
      await send(meganPage, "who am i");
      await send(danaPage, "who am i");
      await chatMessage(
        meganPage,
        "echo: who am i from Megan Bowen (00000000-0000-0000-0000-0000000000021)",
      ).waitFor();
      await chatMessage(
        danaPage,
        "echo: who am i from Dana Demo (6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b)",
      ).waitFor();
      const fromDana = bot!.activities.find((a) => a.type === "message" && a.from?.id === "user-id-9");
      expect(fromDana?.serviceUrl).toBe(asDana.serviceUrl);
      await meganPage.context().close();
      await danaPage.context().close();
    } finally {
      await Promise.all([asMegan.stop(), asDana.stop()]);
    }
  });
});
