import { ConfigError, loadConfig, type Config } from "./config";
import { createLogger } from "./logger";
import { startTandem } from "./tandem-app";

/** `npm start` (and `npm run reset`, with --reset): runs Tandem until Ctrl+C, saving local data on the way out. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  let app;
  try {
    app = await startTandem(config, { log, reset: process.argv.includes("--reset") });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    console.error(
      `Tandem cannot start: port ${config.port} is already in use. ` +
        "Stop the other process (another npm start?) or choose another port, e.g. PORT=3979 npm start.",
    );
    process.exit(1);
  }

  if (config.mode === "production") {
    // Production logs JSON lines only (App Service → Log Analytics); the banner below is for a developer.
    log.info({ url: config.publicUrl, port: config.port, cosmos: app.cosmos.kind }, "Tandem started");
  } else {
    printLocalBanner(config, app);
  }

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "stopping");
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, "stopping failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

/** The local-mode welcome: where the tab and the bot are, and how to chat with the bot. */
function printLocalBanner(config: Config, app: Awaited<ReturnType<typeof startTandem>>): void {
  console.log(
    [
      "",
      `Tandem is running (${config.mode} mode, Cosmos DB: ${app.cosmos.kind}${app.cosmos.kind === "embedded" ? `, data in ${config.dataDir}/` : ""}).`,
      `  Tab (My mentoring):   ${app.url}/tab/   — pick a demo user to sign in`,
      `  Bot endpoint:         ${app.url}/api/messages`,
      `  Chat with the bot:    npm run playground   (in another terminal), then open http://localhost:56150`,
      `                        you are Alex Wilber, a mentee of the demo wave; say "hi", "questionnaire" or "help"`,
      "  Stop with Ctrl+C (local data is saved). Start again from the demo data: npm run reset",
      "",
    ].join("\n"),
  );
}

main().catch((error: unknown) => {
  console.error("Tandem failed to start:", error);
  process.exit(1);
});
