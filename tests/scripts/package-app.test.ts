import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.join(__dirname, "..", "..");
const SCRIPT = path.join(ROOT, "scripts", "package-app.mjs");
const PACKAGE_FILES = ["color.png", "fr.json", "manifest.json", "nl.json", "outline.png"];

/** A realistic dev environment; override or drop (undefined) a variable to build a situation. */
function environment(overrides: Record<string, string | undefined> = {}): string {
  const values: Record<string, string | undefined> = {
    TEAMS_APP_ID: "3f2b8c1e-6d4a-4b7e-9a51-0c8e2d7f4b19",
    BOT_ID: "a7d9e2f4-1c3b-4e5a-8f60-2b4d6c8e0a13",
    AAD_APP_CLIENT_ID: "5e1c7a90-84b2-4d3f-b6e8-9f0a1c2d3e4b",
    TAB_DOMAIN: "tandem-dev.azurewebsites.net",
    TAB_ENDPOINT: "https://tandem-dev.azurewebsites.net",
    APP_NAME_SUFFIX: "-dev",
    ...overrides,
  };
  return Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${value}`)
    .join("\n");
}

let work: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), "tandem-package-"));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** Runs `npm run package -- --env test` against a temporary env folder (and optionally manifest folder). */
function packageApp(envText: string, options: { userEnv?: string; manifestDir?: string } = {}) {
  writeFileSync(path.join(work, ".env.test"), `# test environment\n${envText}\n`);
  if (options.userEnv !== undefined) writeFileSync(path.join(work, ".env.test.user"), options.userEnv);
  const args = [SCRIPT, "--env", "test", "--env-dir", work, "--out-dir", path.join(work, "out")];
  if (options.manifestDir) args.push("--manifest-dir", options.manifestDir);
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
  return { status: run.status, stderr: run.stderr, zip: path.join(work, "out", "appPackage.test.zip") };
}

function zipNames(zip: string): string[] {
  return execFileSync("unzip", ["-Z1", zip], { encoding: "utf8" }).trim().split("\n").sort();
}

function zipText(zip: string, name: string): string {
  return execFileSync("unzip", ["-p", zip, name], { encoding: "utf8" });
}

/** A copy of manifest/ to break one file in. */
function manifestCopy(): string {
  const dir = path.join(work, "manifest");
  cpSync(path.join(ROOT, "manifest"), dir, { recursive: true });
  return dir;
}

describe("npm run package", () => {
  it("writes a zip with the manifest, both icons and the fr/nl files at its root, nothing nested", () => {
    const run = packageApp(environment());

    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(zipNames(run.zip)).toEqual(PACKAGE_FILES);
    expect(execFileSync("unzip", ["-t", run.zip], { encoding: "utf8" })).toContain("No errors detected");
  });

  it("fills every placeholder of the manifest and the localisation files with the environment's values", () => {
    const { zip } = packageApp(environment());

    const manifest = JSON.parse(zipText(zip, "manifest.json")) as {
      bots: { botId: string }[];
      name: { short: string };
    };
    expect(manifest.bots[0]!.botId).toBe("a7d9e2f4-1c3b-4e5a-8f60-2b4d6c8e0a13");
    expect(manifest.name.short).toBe("Tandem-dev");
    for (const name of ["manifest.json", "fr.json", "nl.json"])
      expect(zipText(zip, name)).not.toContain("${{");
    expect(JSON.parse(zipText(zip, "fr.json"))["name.short"]).toBe("Tandem-dev");
  });

  it("copies the icons byte for byte", () => {
    const { zip } = packageApp(environment());

    const packed = execFileSync("unzip", ["-p", zip, "color.png"]);
    expect(packed.equals(readFileSync(path.join(ROOT, "manifest", "color.png")))).toBe(true);
  });

  it("fails naming the variable when a placeholder's variable is not set, and writes no zip", () => {
    const run = packageApp(environment({ BOT_ID: undefined }));

    expect(run.status).toBe(1);
    expect(run.stderr).toContain("BOT_ID (used in manifest.json) is not set");
    expect(() => readFileSync(run.zip)).toThrow();
  });

  it("names every missing variable in one run", () => {
    const run = packageApp(environment({ BOT_ID: undefined, AAD_APP_CLIENT_ID: undefined }));

    expect(run.stderr).toContain("BOT_ID");
    expect(run.stderr).toContain("AAD_APP_CLIENT_ID");
  });

  it("fails on an empty host name but accepts an empty name suffix (production)", () => {
    expect(packageApp(environment({ TAB_DOMAIN: "" })).stderr).toContain(
      "TAB_DOMAIN (used in manifest.json) is empty",
    );
    expect(packageApp(environment({ APP_NAME_SUFFIX: "" })).status).toBe(0);
  });

  it("takes values from the environment's .user file over the shared file", () => {
    const run = packageApp(environment({ BOT_ID: undefined }), {
      userEnv: "BOT_ID=0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f\n",
    });

    expect(run.status).toBe(0);
    expect(zipText(run.zip, "manifest.json")).toContain("0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
  });

  it("refuses a manifest that breaks the bundled schema, naming the field", () => {
    const run = packageApp(environment({ BOT_ID: "tandem-bot" }));

    expect(run.status).toBe(1);
    expect(run.stderr).toContain("/bots/0/botId");
  });

  it("refuses a host name given with its scheme in validDomains", () => {
    const run = packageApp(environment({ TAB_DOMAIN: "https://tandem-dev.azurewebsites.net" }));

    expect(run.status).toBe(1);
    expect(run.stderr).toContain('validDomains entry "https://tandem-dev.azurewebsites.net"');
  });

  it("refuses a localisation file that breaks its schema, naming the file", () => {
    const dir = manifestCopy();
    const fr = JSON.parse(readFileSync(path.join(dir, "fr.json"), "utf8")) as Record<string, string>;
    writeFileSync(
      path.join(dir, "fr.json"),
      JSON.stringify({ ...fr, "name.short": "Tandem, le mentorat inversé numérique" }),
    );

    const run = packageApp(environment(), { manifestDir: dir });

    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/fr\.json: \/name\.short must NOT have more than 30 characters/);
  });

  it("refuses an icon of the wrong size", () => {
    const dir = manifestCopy();
    copyFileSync(path.join(dir, "outline.png"), path.join(dir, "color.png"));

    const run = packageApp(environment(), { manifestDir: dir });

    expect(run.stderr).toContain("color.png: the color icon must be 192×192, not 32×32");
  });

  it("explains its usage when no environment is named", () => {
    const run = spawnSync(process.execPath, [SCRIPT], { cwd: ROOT, encoding: "utf8" });

    expect(run.status).toBe(1);
    expect(run.stderr).toContain("usage: npm run package -- --env <name>");
  });
});
