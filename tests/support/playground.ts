/**
 * The Microsoft 365 Agents Playground (a local Teams-like client, @microsoft/m365agentsplayground)
 * as a child process for browser tests.
 *
 *   const pg = await startPlayground({ botEndpoint: "http://localhost:3978/api/messages" });
 *   await page.goto(pg.url);            // compose box: page.getByRole("textbox")
 *   ...
 *   await pg.stop();
 *
 * Facts (playground 0.2.28, read from its dist/index.js and checked by tests/support-selftest):
 * - It sends activities as the config file's `currentUser` (built-in default: Alex Wilber,
 *   aadObjectId 00000000-0000-0000-0000-0000000000020, tenant 00000000-0000-0000-0000-0000000000001).
 *   There is no flag or UI to switch user: the user comes from `.m365agentsplayground.yml`, read
 *   once at start from the process's cwd (or M365_AGENTS_PLAYGROUND_CONFIG_PATH). Pass `currentUser`
 *   here to start a playground acting as someone else (one playground per user; they can run side by side).
 * - The bot sees: channelId "msteams"; serviceUrl `${url}/_connector`; conversation
 *   { conversationType: "personal", tenantId, id: a random UUID per start (pin it with personalChatId) };
 *   channelData.tenant.id = tenantId; from { id: "user-id-0", name (message activities only), aadObjectId };
 *   recipient { id: "00000000-0000-0000-0000-00000000000011", name: "Test Bot" }. Opening the page sends
 *   installationUpdate (action "add") then conversationUpdate (membersAdded: user + bot) first.
 * - The default ids are not GUIDs: the tenant's last group has 13 digits, not 12. Tandem's DEMO_TENANT_ID
 *   (server/config.ts) has 12, so pass `tenantId` when a test needs the demo wave to recognise the user.
 * - Each instance runs in its own temporary cwd, so it never reads a config file lying in the repo
 *   and its log (./devTools/m365agentsplayground.log by default) doesn't land in the repo.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export interface PlaygroundUser {
  /** Channel account id (activity.from.id), e.g. "user-id-1". Must be unique. */
  id: string;
  name: string;
  /** Spelled like this in the playground's schema. */
  userPrincipleName: string;
  aadObjectId: string;
  givenName: string;
  surname: string;
  email: string;
}

function demoUser(n: number, givenName: string, surname: string, alias: string): PlaygroundUser {
  return {
    id: `user-id-${n}`,
    name: `${givenName} ${surname}`,
    userPrincipleName: `${alias}@example.com`,
    aadObjectId: `00000000-0000-0000-0000-00000000000${20 + n}`,
    givenName,
    surname,
    email: `${alias}@example.com`,
  };
}

/**
 * The playground's built-in users (its default config), currentUser first. Note the aadObjectIds
 * have 13 digits in the last group (not a valid GUID): "00000000-0000-0000-0000-0000000000020".
 */
export const PLAYGROUND_USERS = {
  alex: demoUser(0, "Alex", "Wilber", "alexw"),
  megan: demoUser(1, "Megan", "Bowen", "meganb"),
  adele: demoUser(2, "Adele", "Vance", "adelev"),
  isaiah: { ...demoUser(3, "Isaiah", "Langer", "isaiah"), email: "isaiahl@example.com" },
  patti: demoUser(4, "Patti", "Fernandez", "pattif"),
  lynne: demoUser(5, "Lynne", "Robbins", "lynner"),
} as const satisfies Record<string, PlaygroundUser>;

export const PLAYGROUND_TENANT_ID = "00000000-0000-0000-0000-0000000000001";
export const PLAYGROUND_BOT = { id: "00000000-0000-0000-0000-00000000000011", name: "Test Bot" } as const;

export interface PlaygroundConfigOptions {
  /** Who the playground user is. Default: Alex Wilber. */
  currentUser?: PlaygroundUser;
  /** The other users of the tenant (exactly 5, the schema says). Default: the built-in users minus currentUser, topped up. */
  users?: PlaygroundUser[];
  tenantId?: string;
  /** The personal chat's conversation.id. Default: a random UUID per start (also settable with --conversation-id). */
  personalChatId?: string;
}

function yamlString(value: string): string {
  return JSON.stringify(value); // a JSON string is a valid double-quoted YAML scalar
}

function yamlUser(user: PlaygroundUser, indent: string, first: string): string {
  const keys: (keyof PlaygroundUser)[] = [
    "id",
    "name",
    "userPrincipleName",
    "aadObjectId",
    "givenName",
    "surname",
    "email",
  ];
  return keys.map((k, i) => `${i === 0 ? first : indent}${k}: ${yamlString(user[k])}`).join("\n");
}

/**
 * A `.m365agentsplayground.yml` (schema 0.1.1) with the given current user. The schema insists on
 * exactly 5 `users`, unique ids, and every field of each user.
 */
export function playgroundConfigYaml(options: PlaygroundConfigOptions = {}): string {
  const current = options.currentUser ?? PLAYGROUND_USERS.alex;
  let users = options.users ?? Object.values(PLAYGROUND_USERS).filter((u) => u.id !== current.id);
  users = users.filter((u) => u.id !== current.id).slice(0, 5);
  for (let n = 6; users.length < 5; n++) users.push(demoUser(n, "Extra", `User${n}`, `extra${n}`));
  return [
    "# yaml-language-server: $schema=https://aka.ms/teams-app-test-tool-config/0.1.1/config.schema.json",
    'version: "0.1.1"',
    `tenantId: ${yamlString(options.tenantId ?? PLAYGROUND_TENANT_ID)}`,
    "bot:",
    `  id: ${yamlString(PLAYGROUND_BOT.id)}`,
    `  name: ${yamlString(PLAYGROUND_BOT.name)}`,
    "currentUser:",
    yamlUser(current, "  ", "  "),
    "users:",
    ...users.map((u) => yamlUser(u, "    ", "  - ")),
    "personalChat:",
    `  id: ${yamlString(options.personalChatId ?? randomUUID())}`,
    "groupChat:",
    `  id: ${yamlString(randomUUID())}`,
    '  name: "Group Chat"',
    "team:",
    '  id: "team-id"',
    '  name: "My Team"',
    '  aadGroupId: "00000000-0000-0000-0000-000000000031"',
    "  channels:",
    '    - id: "channel-announcements-id"',
    '      name: "Announcements"',
    "",
  ].join("\n");
}

export interface StartPlaygroundOptions extends PlaygroundConfigOptions {
  /** The bot's messaging endpoint, e.g. http://localhost:3978/api/messages. */
  botEndpoint: string;
  /** Port for the playground UI + its mock connector. Default: a free port. */
  port?: number;
  /** Default msteams. */
  channelId?: "msteams" | "emulator" | "webchat" | "directline" | "agents";
  /** Write this exact YAML as the config file instead of generating one from the options above. */
  configYaml?: string;
  /** Default 20 s. */
  startTimeoutMs?: number;
}

export interface Playground {
  /** Open this in the browser, e.g. http://localhost:41234 */
  url: string;
  port: number;
  /** What the bot sees in activity.serviceUrl: `${url}/_connector`. */
  serviceUrl: string;
  /** The playground's own log (console output goes there when stdout is not a TTY). */
  logFile: string;
  /** The config file it was started with. */
  configFile: string;
  stop(): Promise<void>;
}

const PLAYGROUND_CLI = path.join(
  __dirname,
  "..",
  "..",
  "node_modules",
  "@microsoft",
  "m365agentsplayground",
  "cli.js",
);

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function httpStatus(url: string, timeoutMs = 1000): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(0));
  });
}

function tail(file: string, max = 2000): string {
  try {
    const text = fs.readFileSync(file, "utf8");
    return text.slice(-max);
  } catch {
    return "";
  }
}

/** Kills the process group (the CLI and anything it started), SIGTERM then SIGKILL. */
async function killTree(child: ChildProcess, graceMs = 3000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const pid = child.pid;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-pid, sig);
    } catch {
      try {
        child.kill(sig);
      } catch {
        /* already gone */
      }
    }
  };
  signal("SIGTERM");
  let timer: NodeJS.Timeout | undefined;
  const timedOut = await Promise.race([
    exited.then(() => false),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), graceMs))),
  ]);
  clearTimeout(timer);
  if (timedOut) {
    signal("SIGKILL");
    await exited;
  }
}

/**
 * `node -e WRAPPER cli.js ...flags`: process.argv is then [node, cli.js, ...flags], as if the CLI had
 * been run directly. When the IPC channel to the test process closes (the jest worker crashed or was
 * killed), the wrapper removes its own temporary cwd and exits, so no playground is left running.
 */
const WRAPPER = [
  "process.on('disconnect', () => {",
  "  const dir = process.cwd();",
  "  if (require('path').basename(dir).startsWith('tandem-playground-')) {",
  "    try { require('fs').rmSync(dir, { recursive: true, force: true }); } catch {}",
  "  }",
  "  process.exit(0);",
  "});",
  "require(process.argv[1]);",
].join("\n");

export async function startPlayground(options: StartPlaygroundOptions): Promise<Playground> {
  const started = Date.now();
  const timeoutMs = options.startTimeoutMs ?? 20_000;
  const port = options.port ?? (await freePort());
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "tandem-playground-"));
  const configFile = path.join(workDir, ".m365agentsplayground.yml");
  const logFile = path.join(workDir, "playground.log");
  fs.writeFileSync(configFile, options.configYaml ?? playgroundConfigYaml(options));

  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(M365_AGENTS_PLAYGROUND_|TEAMSAPPTESTER_|TEAMS_APP_TEST_TOOL_)/.test(key)) delete env[key];
  }
  Object.assign(env, {
    TEAMSAPPTESTER_BROWSER: "none", // otherwise it tries to open a browser and exits 1
    M365_AGENTS_PLAYGROUND_CONFIG_PATH: configFile,
    M365_AGENTS_PLAYGROUND_LOGFILE: logFile,
  });

  const args = [
    "-e",
    WRAPPER,
    PLAYGROUND_CLI,
    "-e",
    options.botEndpoint,
    "-c",
    options.channelId ?? "msteams",
    "-p",
    String(port),
    "--disable-telemetry",
  ];
  const child = spawn(process.execPath, args, {
    cwd: workDir,
    env,
    detached: true, // own process group: stop() kills the whole tree
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  child.unref();
  (child.stdout as unknown as { unref?: () => void }).unref?.();
  (child.stderr as unknown as { unref?: () => void }).unref?.();
  child.channel?.unref();

  let output = "";
  const cleanup = async () => {
    await killTree(child);
    fs.rmSync(workDir, { recursive: true, force: true });
  };

  try {
    const actualPort = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no "Listening on" within ${timeoutMs} ms`)),
        timeoutMs,
      );
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Listening on (\d+)/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      };
      child.stdout?.on("data", onData);
      child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.once("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.once("exit", (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`playground exited early (code ${code}, signal ${signal})`));
      });
    });
    const url = `http://localhost:${actualPort}`;
    // The UI is mounted in the listen callback, just after "Listening on": wait until it serves.
    while ((await httpStatus(`${url}/`)) !== 200) {
      if (child.exitCode !== null) throw new Error(`playground exited (code ${child.exitCode})`);
      if (Date.now() - started > timeoutMs)
        throw new Error(`${url}/ did not answer 200 within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
    let stopped: Promise<void> | undefined;
    return {
      url,
      port: actualPort,
      serviceUrl: `${url}/_connector`,
      logFile,
      configFile,
      stop: () => (stopped ??= cleanup()),
    };
  } catch (error) {
    const log = tail(logFile);
    await cleanup();
    throw new Error(
      `Agents Playground did not start: ${(error as Error).message}\n--- output ---\n${output}\n--- log ---\n${log}`,
    );
  }
}
