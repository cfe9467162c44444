/**
 * The load benchmark's reference: a bare botbuilder bot (CloudAdapter, no app id so no authentication, on
 * restify) that echoes every message to the activity's serviceUrl. Run as its own process; prints its port.
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from "botbuilder";
import restify from "restify";

const adapter = new CloudAdapter(
  new ConfigurationBotFrameworkAuthentication({ MicrosoftAppType: "MultiTenant" }),
);
const server = restify.createServer({ name: "echo-bot" });
server.use(restify.plugins.bodyParser());
server.post("/api/messages", async (req, res) => {
  await adapter.process(req, res, async (context) => {
    if (context.activity.type === "message")
      await context.sendActivity(`echo: ${context.activity.text ?? ""}`);
  });
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  console.log(`listening ${address.port}`);
});
