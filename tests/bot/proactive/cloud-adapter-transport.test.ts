import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createBotAdapter } from "../../../bot/bot-adapter";
import { CloudAdapterTransport } from "../../../bot/proactive/cloud-adapter-transport";
import { ConnectorSendError } from "../../../bot/proactive/connector-transport";
import { aReference } from "./outgoing-messages";
import { replies, ScriptedConnector } from "./scripted-connector";

let connector: ScriptedConnector;
let transport: CloudAdapterTransport;
const turnErrors = jest.fn();

beforeAll(async () => {
  connector = await ScriptedConnector.start();
  // The production adapter in local mode: empty app id = auth off, and an onTurnError that swallows.
  const adapter = createBotAdapter(
    { appId: "", appType: "MultiTenant", appTenantId: "" },
    { error: turnErrors },
  );
  transport = new CloudAdapterTransport(adapter, "");
});
afterAll(async () => connector?.stop());
afterEach(() => expect(turnErrors).not.toHaveBeenCalled());

const message = { type: "message", text: "Your questionnaire is ready" };

async function failureOf(conversationId: string): Promise<ConnectorSendError> {
  const error = await transport.send(aReference(connector.url, conversationId), message).then(
    () => new Error("the send succeeded"),
    (e: unknown) => e,
  );
  if (!(error instanceof ConnectorSendError)) throw error;
  return error;
}

describe("CloudAdapterTransport against a local Bot Connector", () => {
  it("ok_emptyAppId_postsOneActivityWithoutAToken_andReturnsItsId", async () => {
    const result = await transport.send(aReference(connector.url, "a:ok-1"), message);
    const [request, ...others] = connector.requestsTo("a:ok-1");
    expect(others).toEqual([]);
    expect(result.activityId).toMatch(/^activity-/);
    expect(request?.path).toMatch(/^\/v3\/conversations\/a%3Aok-1\/activities/);
    expect(request?.authorization).toBeUndefined();
    expect(request?.activity).toMatchObject({
      type: "message",
      text: "Your questionnaire is ready",
      from: { id: "28:tandem-bot" },
      recipient: { id: "29:a:ok-1" },
      conversation: { id: "a:ok-1", tenantId: "tenant-1" },
    });
  });

  it("throttled429_isOneRequest_andCarriesStatusAndRetryAfter_noHiddenSdkRetry", async () => {
    connector.script("a:429", replies.throttled("7"), replies.throttled("7"), replies.throttled("7"));
    const started = Date.now();
    const error = await failureOf("a:429");
    expect(error).toMatchObject({ kind: "http", status: 429, code: "Throttled", retryAfter: "7" });
    expect(connector.requestsTo("a:429")).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(2000); // the SDK would have slept 7 s, three times
  });

  it("unavailable503_isOneRequest_noHiddenSdkBackoff", async () => {
    connector.script("a:503", replies.unavailable(), replies.unavailable(), replies.unavailable());
    expect(await failureOf("a:503")).toMatchObject({ kind: "http", status: 503 });
    expect(connector.requestsTo("a:503")).toHaveLength(1);
  });

  it("blockedByUser403_carriesTheConnectorCode", async () => {
    connector.script("a:403", replies.blockedByUser());
    expect(await failureOf("a:403")).toMatchObject({
      kind: "http",
      status: 403,
      code: "ConversationBlockedByUser",
      message: expect.stringContaining("User blocked the conversation with the bot."),
    });
  });

  it("messageWritesBlocked403_carriesTheSubCode_fromTheNestedBody", async () => {
    connector.script("a:209", replies.messageWritesBlocked());
    expect(await failureOf("a:209")).toMatchObject({ status: 403, subCode: "MessageWritesBlocked" });
  });

  it("notFound404_carriesConversationNotFound", async () => {
    connector.script("a:404", replies.conversationNotFound());
    expect(await failureOf("a:404")).toMatchObject({
      kind: "http",
      status: 404,
      code: "ConversationNotFound",
    });
  });

  it("created201_withAnUnreadableBody_countsAsSent_withoutAnId", async () => {
    connector.script("a:garbled", {
      status: 201,
      headers: { "content-type": "application/json" },
      rawBody: "{oops",
    });
    expect(await transport.send(aReference(connector.url, "a:garbled"), message)).toEqual({});
    expect(connector.requestsTo("a:garbled")).toHaveLength(1);
  });

  it("noListener_isANetworkFailure_withTheSystemCode", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", () => resolve()));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await transport
      .send(aReference(`http://127.0.0.1:${port}`, "a:gone"), message)
      .catch((e) => e);
    expect(error).toBeInstanceOf(ConnectorSendError);
    expect(error).toMatchObject({ kind: "network", code: "ECONNREFUSED" });
    expect((error as ConnectorSendError).status).toBeUndefined();
  });
});
