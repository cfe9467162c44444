/**
 * Jest global setup. Runs once per `jest` run, in jest's parent process and outside jest's module
 * runtime (plain Node CommonJS), before any worker starts.
 *
 * It resolves the Chromium the browser tests launch (see tests/support/chromium.ts and browser.ts):
 *   - env TANDEM_CHROMIUM set (e.g. /usr/bin/chromium from Debian's `chromium` package): use it as is;
 *   - otherwise unpack the browser shipped inside the devDependency @sparticuz/chromium (ESM-only,
 *     which jest's module runtime cannot load) into a private, versioned folder under os.tmpdir().
 *
 * The result is published to the workers through process.env (jest workers are forked after
 * global setup and inherit its environment): TANDEM_CHROMIUM_PATH and TANDEM_CHROMIUM_ARGS (JSON array).
 * It is also on disk: <tmpdir>/tandem-chromium-<version>/ready.json, for code running outside jest.
 *
 * Concurrency: the browser is unpacked into a fresh `.partial-*` folder and then renamed into place
 * in one atomic step, so two jest runs starting together never see a half-written binary (the
 * package's own executablePath() returns /tmp/chromium as soon as the file exists, even mid-write).
 * The loser of the race throws its copy away. Once unpacked, this setup takes a few milliseconds.
 */
"use strict";

const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { pathToFileURL } = require("node:url");

const MARKER = "ready.json";
const STALE_PARTIAL_MS = 10 * 60 * 1000;

/** Flags for a Chromium the developer chose (TANDEM_CHROMIUM): a normal multi-process build. */
const CUSTOM_CHROMIUM_ARGS = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"];

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function readMarker(dir) {
  try {
    const info = JSON.parse(fs.readFileSync(path.join(dir, MARKER), "utf8"));
    if (
      typeof info.executablePath === "string" &&
      Array.isArray(info.args) &&
      isExecutable(info.executablePath)
    ) {
      return info;
    }
  } catch {
    /* missing or unreadable: unpack again */
  }
  return undefined;
}

function removeStalePartials(tmp, prefix) {
  let names = [];
  try {
    names = fs.readdirSync(tmp);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(`${prefix}.partial-`)) continue;
    const full = path.join(tmp, name);
    try {
      if (Date.now() - fs.statSync(full).mtimeMs > STALE_PARTIAL_MS)
        fs.rmSync(full, { recursive: true, force: true });
    } catch {
      /* another run may be removing it too */
    }
  }
}

/** Unpacks @sparticuz/chromium (once per machine and package version) and returns { executablePath, args }. */
function resolveSparticuzChromium() {
  const entry = require.resolve("@sparticuz/chromium"); // .../@sparticuz/chromium/build/index.js
  const packageDir = path.dirname(path.dirname(entry));
  const { version } = JSON.parse(fs.readFileSync(path.join(packageDir, "package.json"), "utf8"));
  const tmp = os.tmpdir();
  const prefix = `tandem-chromium-${version}`;
  const finalDir = path.join(tmp, prefix);

  const ready = readMarker(finalDir);
  if (ready) return ready;

  removeStalePartials(tmp, prefix);
  const partialDir = fs.mkdtempSync(path.join(tmp, `${prefix}.partial-`));
  try {
    // A child process, so the package unpacks into partialDir (it writes to os.tmpdir(), i.e. $TMPDIR)
    // and the ESM import stays out of this process.
    const script =
      "import(process.argv[1]).then(async (m) => { const c = m.default;" +
      " const executablePath = await c.executablePath();" +
      " process.stdout.write(JSON.stringify({ executablePath, args: c.args })); })" +
      ".catch((e) => { console.error(e); process.exit(1); });";
    const out = execFileSync(process.execPath, ["-e", script, pathToFileURL(entry).href], {
      env: { ...process.env, TMPDIR: partialDir, TMP: partialDir, TEMP: partialDir },
      encoding: "utf8",
      timeout: 120_000,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const unpacked = JSON.parse(out);
    const info = {
      executablePath: path.join(finalDir, path.relative(partialDir, unpacked.executablePath)),
      args: unpacked.args,
      version,
      source: "@sparticuz/chromium",
    };
    fs.writeFileSync(path.join(partialDir, MARKER), JSON.stringify(info, null, 2));
    fs.chmodSync(partialDir, 0o755); // mkdtemp makes it 0700; let other local users reuse the copy
    try {
      fs.renameSync(partialDir, finalDir); // atomic: the folder appears complete or not at all
    } catch (error) {
      if (error.code !== "ENOTEMPTY" && error.code !== "EEXIST") throw error;
      // finalDir exists: either another run won the race (complete), or it is a broken leftover.
      const winner = readMarker(finalDir);
      if (winner) return winner;
      fs.rmSync(finalDir, { recursive: true, force: true });
      fs.renameSync(partialDir, finalDir);
    }
    return info;
  } finally {
    fs.rmSync(partialDir, { recursive: true, force: true }); // no-op after a successful rename
  }
}

module.exports = async function globalSetup() {
  const started = Date.now();
  let info;
  const custom = process.env.TANDEM_CHROMIUM;
  if (custom) {
    if (!isExecutable(custom)) {
      throw new Error(
        `TANDEM_CHROMIUM=${custom} is not an executable file (try /usr/bin/chromium after apt-get install -y chromium)`,
      );
    }
    info = { executablePath: custom, args: CUSTOM_CHROMIUM_ARGS, source: "TANDEM_CHROMIUM" };
  } else {
    info = resolveSparticuzChromium();
  }
  process.env.TANDEM_CHROMIUM_PATH = info.executablePath;
  process.env.TANDEM_CHROMIUM_ARGS = JSON.stringify(info.args);
  if (process.env.TANDEM_DEBUG_SETUP) {
    console.log(
      `[global-setup] Chromium ${info.executablePath} (${info.source ?? "cached"}) in ${Date.now() - started} ms`,
    );
  }
};
