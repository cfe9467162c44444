#!/usr/bin/env node
/**
 * `npm run playground`: the Microsoft 365 Agents Playground (a local Teams-like chat) in front of a
 * running Tandem. Start Tandem first (`npm start`), then run this in another terminal and open the URL.
 *
 *   npm run playground                          you are Alex Wilber (a mentee of the demo wave)
 *   npm run playground -- --as "Megan Bowen"    act as another demo participant (name, e-mail or aadObjectId)
 *   npm run playground -- --list                list the demo participants you can act as
 *   PLAYGROUND_PORT=56151 npm run playground -- --as lucas   a second playground alongside the first
 *
 * Environment: PORT (Tandem's port, default 3978) or TANDEM_BOT_ENDPOINT (the whole messaging URL),
 * PLAYGROUND_PORT (default 56150), PLAYGROUND_AS (same as --as), PLAYGROUND_TENANT_ID (default: Tandem's
 * demo tenant), TEAMSAPPTESTER_BROWSER (default "none": don't open a browser).
 *
 * How "acting as" works: the playground has no user switcher. It sends every activity as the
 * `currentUser` of its config file `.m365agentsplayground.yml`, read once at start (from its cwd, or
 * from M365_AGENTS_PLAYGROUND_CONFIG_PATH). This script writes that file for the chosen person into a
 * temporary folder and points the playground at it; to change user, restart it with another --as.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const CLI = path.join(root, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");

/** The playground's own defaults (its built-in config), used when Tandem's demo data can't be loaded. */
const PLAYGROUND_DEFAULT_TENANT = "00000000-0000-0000-0000-0000000000001";
const ALEX = {
  displayName: "Alex Wilber",
  email: "alexw@example.com",
  aadObjectId: "00000000-0000-0000-0000-0000000000020",
  role: "",
};

const USAGE = `npm run playground [-- options]: the Agents Playground (a local Teams chat) in front of a running Tandem.

  npm run playground                          you are Alex Wilber (a mentee of the demo wave)
  npm run playground -- --as "Megan Bowen"    act as another demo participant (name, e-mail or aadObjectId)
  npm run playground -- --list                list the demo participants you can act as
  PLAYGROUND_PORT=56151 npm run playground -- --as lucas   a second playground alongside the first

Environment: PORT (Tandem's port, default 3978) or TANDEM_BOT_ENDPOINT (the whole messaging URL),
PLAYGROUND_PORT (default 56150), PLAYGROUND_AS (same as --as), PLAYGROUND_TENANT_ID (default: Tandem's
demo tenant), TEAMSAPPTESTER_BROWSER (default "none": don't open a browser).`;

function fail(message) {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

function parseArgs(argv) {
  const options = { as: process.env.PLAYGROUND_AS, list: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--as") options.as = argv[++i];
    else if (arg.startsWith("--as=")) options.as = arg.slice(5);
    else if (arg === "--list") options.list = true;
    else if (arg === "--help" || arg === "-h") options.help = true;
    else fail(`Unknown argument ${arg}. Try: npm run playground -- --help`);
  }
  if (options.as === "") fail('--as needs a name, e-mail or aadObjectId, e.g. --as "Megan Bowen"');
  return options;
}

/** Tandem's demo tenant and participants, from the built server (npm start builds dist/). */
function loadTandemDemo() {
  try {
    const { DEMO_TENANT_ID } = require(path.join(root, "dist", "server", "config.js"));
    const { demoParticipants } = require(path.join(root, "dist", "server", "demo-wave.js"));
    if (typeof DEMO_TENANT_ID === "string" && typeof demoParticipants === "function") {
      return { tenantId: DEMO_TENANT_ID, people: demoParticipants(DEMO_TENANT_ID) };
    }
  } catch {
    /* not built */
  }
  return undefined;
}

const fold = (s) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim();

function findPerson(people, query) {
  const q = fold(query);
  const exact = people.filter(
    (p) =>
      fold(p.aadObjectId) === q ||
      fold(p.email) === q ||
      fold(p.displayName) === q ||
      fold(p.email.split("@")[0]) === q,
  );
  if (exact.length === 1) return exact[0];
  const partial = people.filter((p) => fold(p.displayName).includes(q) || fold(p.email).includes(q));
  if (partial.length === 1) return partial[0];
  if (partial.length > 1)
    fail(`"${query}" matches ${partial.map((p) => p.displayName).join(", ")}: be more precise.`);
  fail(`No demo participant matches "${query}". See them with: npm run playground -- --list`);
}

/** A playground user (all seven fields are required by its schema). */
function toPlaygroundUser(person) {
  const [given, ...rest] = person.displayName.split(" ");
  return {
    id: `user-${person.email.split("@")[0]}`,
    name: person.displayName,
    userPrincipleName: person.email,
    aadObjectId: person.aadObjectId,
    givenName: given ?? person.displayName,
    surname: rest.join(" ") || person.displayName,
    email: person.email,
  };
}

/** Same conversation id for the same person on every start, so conversation references Tandem stored keep working. */
function personalChatId(aadObjectId) {
  const h = createHash("sha1").update(`tandem-playground:${aadObjectId}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function configYaml({ tenantId, current, others }) {
  const q = (v) => JSON.stringify(v);
  const user = (u, first, indent) =>
    ["id", "name", "userPrincipleName", "aadObjectId", "givenName", "surname", "email"]
      .map((k, i) => `${i === 0 ? first : indent}${k}: ${q(u[k])}`)
      .join("\n");
  return [
    "# Written by scripts/playground.mjs. Schema: https://aka.ms/teams-app-test-tool-config/0.1.1/config.schema.json",
    "# The playground reads it once at start; currentUser is who you are in the chat.",
    'version: "0.1.1"',
    `tenantId: ${q(tenantId)}`,
    "bot:",
    '  id: "00000000-0000-0000-0000-00000000000011"',
    '  name: "Tandem"',
    "currentUser:",
    user(current, "  ", "  "),
    "users: # exactly 5, the schema says; they populate the group chat and the team",
    ...others.map((u) => user(u, "  - ", "    ")),
    "personalChat:",
    `  id: ${q(personalChatId(current.aadObjectId))}`,
    "groupChat:",
    `  id: ${q(personalChatId(`group:${current.aadObjectId}`))}`,
    '  name: "Tandem demo group"',
    "team:",
    '  id: "tandem-demo-team"',
    '  name: "Tandem demo"',
    '  aadGroupId: "00000000-0000-0000-0000-000000000031"',
    "  channels:",
    '    - id: "tandem-demo-announcements"',
    '      name: "Announcements"',
    "",
  ].join("\n");
}

function probe(url, timeoutMs = 2000) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: timeoutMs }, (res) => {
      res.resume();
      resolve({ ok: true, status: res.statusCode });
    });
    req.on("timeout", () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on("error", (error) => resolve({ ok: false, reason: error.code ?? error.message }));
  });
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return;
  }

  const demo = loadTandemDemo();
  if (options.list) {
    if (!demo)
      fail("Tandem is not built yet: run npm start (it builds dist/) or npm run build, then try again.");
    console.log(
      `Demo participants (tenant ${demo.tenantId}); act as one with: npm run playground -- --as "<name>"\n`,
    );
    for (const p of demo.people)
      console.log(`  ${p.displayName.padEnd(22)} ${p.role.padEnd(7)} ${p.aadObjectId}  ${p.email}`);
    return;
  }

  const botEndpoint =
    process.env.TANDEM_BOT_ENDPOINT ?? `http://localhost:${process.env.PORT || 3978}/api/messages`;
  const port = Number(process.env.PLAYGROUND_PORT || 56150);
  if (!Number.isInteger(port) || port <= 0 || port > 65535)
    fail(`PLAYGROUND_PORT=${process.env.PLAYGROUND_PORT} is not a port number.`);
  if (!fs.existsSync(CLI))
    fail(`${path.relative(root, CLI)} is missing: install the devDependencies (npm ci).`);

  const reach = await probe(botEndpoint);
  if (!reach.ok) {
    fail(
      `Tandem's bot endpoint ${botEndpoint} is not reachable (${reach.reason}).\n` +
        `  Start Tandem first with npm start (in another terminal), then run npm run playground again.\n` +
        `  Tandem on another port? PORT=<port> npm run playground, or TANDEM_BOT_ENDPOINT=<url>.`,
    );
  }
  if (!(await portIsFree(port))) {
    fail(
      `Port ${port} is in use (another playground?). Stop it, or run this one on another port:\n` +
        `  PLAYGROUND_PORT=${port + 1} npm run playground${options.as ? ` -- --as "${options.as}"` : ""}`,
    );
  }

  // Who you are, and the tenant the activities carry (Tandem's demo tenant, so the demo wave finds you).
  if (options.as && !demo)
    fail("--as needs Tandem's demo data: run npm run build (npm start does it), then try again.");
  const people = demo?.people ?? [ALEX];
  const me = options.as
    ? findPerson(people, options.as)
    : (people.find((p) => p.aadObjectId === ALEX.aadObjectId) ?? people[0]);
  const tenantId = process.env.PLAYGROUND_TENANT_ID ?? demo?.tenantId ?? PLAYGROUND_DEFAULT_TENANT;
  const others = people
    .filter((p) => p.aadObjectId !== me.aadObjectId)
    .slice(0, 5)
    .map(toPlaygroundUser);
  for (let n = others.length + 1; others.length < 5; n++) {
    others.push(
      toPlaygroundUser({
        displayName: `Demo User${n}`,
        email: `demo.user${n}@example.com`,
        aadObjectId: `00000000-0000-0000-0000-0000000001${String(n).padStart(2, "0")}`,
      }),
    );
  }

  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "tandem-playground-"));
  const configFile = path.join(workDir, ".m365agentsplayground.yml");
  const logFile = path.join(workDir, "playground.log");
  fs.writeFileSync(configFile, configYaml({ tenantId, current: toPlaygroundUser(me), others }));

  const env = {
    ...process.env,
    M365_AGENTS_PLAYGROUND_CONFIG_PATH: configFile,
    M365_AGENTS_PLAYGROUND_LOGFILE: logFile,
  };
  env.TEAMSAPPTESTER_BROWSER ??= "none"; // without it the playground tries to open a browser and exits 1
  const child = spawn(
    process.execPath,
    [CLI, "-e", botEndpoint, "-c", "msteams", "-p", String(port), "--disable-telemetry"],
    {
      cwd: workDir,
      env,
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const cleanup = () => fs.rmSync(workDir, { recursive: true, force: true });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  child.on("exit", (code, signal) => {
    if (code !== 0 && signal === null) {
      let log = "";
      try {
        log = fs.readFileSync(logFile, "utf8").slice(-2000);
      } catch {
        /* no log */
      }
      console.error(
        `\n✖ The Agents Playground exited with code ${code}.${log ? `\n--- its log ---\n${log}` : ""}`,
      );
    }
    cleanup();
    process.exit(code ?? 0);
  });

  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 30_000;
  while ((await probe(`${url}/`, 1000)).status !== 200) {
    if (child.exitCode !== null) return;
    if (Date.now() > deadline) {
      child.kill();
      fail(`The Agents Playground did not answer on ${url} within 30 s. Its log: ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  const role = me.role ? ` (${me.role})` : "";
  const example =
    people.find((p) => p.aadObjectId !== me.aadObjectId && p.role && p.role !== me.role) ??
    people.find((p) => p !== me);
  console.log(
    [
      "",
      "Agents Playground for Tandem",
      `  Open            ${url}`,
      `  Bot endpoint    ${botEndpoint}`,
      `  You are         ${me.displayName}${role}, aadObjectId ${me.aadObjectId}, tenant ${tenantId}`,
      `  Connector       ${url}/_connector  (the serviceUrl Tandem sees; proactive messages go there)`,
      "",
      "  Act as another demo participant: stop this one (Ctrl+C) and run",
      `      npm run playground -- --as "${example?.displayName ?? "Megan Bowen"}"`,
      "  or keep it and start a second one on another port:",
      `      PLAYGROUND_PORT=${port + 1} npm run playground -- --as "${example?.displayName ?? "Megan Bowen"}"`,
      "  List who you can be: npm run playground -- --list",
      `  (the playground reads who you are from ${configFile} at start; it has no user switcher)`,
      `  Playground log: ${logFile}`,
      "",
      "Ctrl+C to stop.",
    ].join("\n"),
  );
}

main().catch((error) => fail(error?.stack ?? String(error)));
