import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { AppManifestUtils, type AppManifest } from "@microsoft/app-manifest";
import { parseTextCommand } from "../../bot/text-commands";
import { decodePng } from "./png-image";

// @microsoft/app-manifest requires strip-bom 5, which is ESM-only: plain Node 20 loads it, jest's module
// runtime cannot. Validation never calls it (only the file readers do), so a CommonJS stand-in is enough.
jest.mock("strip-bom", () => ({
  __esModule: true,
  default: (text: string) => text.replace(/^\uFEFF/, ""),
}));

const MANIFEST_DIR = path.join(__dirname, "..", "..", "manifest");
const SCHEMA_PACKAGE_DIR = path.dirname(require.resolve("@microsoft/app-manifest/package.json"));

/** The placeholders documented in manifest/README.md; the toolkit fills them per environment. */
const DOCUMENTED_PLACEHOLDERS = [
  "TEAMS_APP_ID",
  "BOT_ID",
  "AAD_APP_CLIENT_ID",
  "TAB_DOMAIN",
  "TAB_ENDPOINT",
  "APP_NAME_SUFFIX",
] as const;
type PlaceholderName = (typeof DOCUMENTED_PLACEHOLDERS)[number];
type PlaceholderValues = Record<PlaceholderName, string>;

/** The toolkit's placeholder syntax: ${{NAME}}, spaces inside the braces allowed. */
const PLACEHOLDER = /\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** The parts of a filled manifest these tests read. */
interface FilledManifest {
  $schema: string;
  manifestVersion: string;
  accentColor: string;
  icons: { color: string; outline: string };
  bots: {
    botId: string;
    scopes: string[];
    commandLists: { scopes: string[]; commands: { title: string; description: string }[] }[];
  }[];
  staticTabs: { entityId: string; name: string; contentUrl: string; websiteUrl: string; scopes: string[] }[];
  configurableTabs: { configurationUrl: string; scopes: string[] }[];
  localizationInfo: {
    defaultLanguageTag: string;
    additionalLanguages: { languageTag: string; file: string }[];
  };
  validDomains: string[];
  [key: string]: unknown;
}

function readTemplate(): Json {
  return JSON.parse(readFileSync(path.join(MANIFEST_DIR, "manifest.json"), "utf8")) as Json;
}

/** Replaces every ${{NAME}} in the template's string values; throws listing each placeholder without a value. */
function fillPlaceholders(template: Json, values: Readonly<Record<string, string>>): Json {
  const missing = new Set<string>();
  const fill = (node: Json): Json => {
    if (typeof node === "string") {
      const filled = node.replace(PLACEHOLDER, (whole, name: string) => {
        const value = values[name];
        if (value === undefined) missing.add(name);
        return value ?? whole;
      });
      if (filled.replace(PLACEHOLDER, "").includes("${{")) {
        throw new Error(`malformed placeholder in "${node}"`);
      }
      return filled;
    }
    if (Array.isArray(node)) return node.map(fill);
    if (node !== null && typeof node === "object") {
      return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, fill(child)]));
    }
    return node;
  };
  const filled = fill(template);
  if (missing.size > 0) throw new Error(`unfilled placeholders: ${[...missing].join(", ")}`);
  return filled;
}

function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]!))].sort();
}

/** Realistic values for a dev environment; override one to build a situation. */
function placeholderValues(overrides: Partial<PlaceholderValues> = {}): PlaceholderValues {
  return {
    TEAMS_APP_ID: "3f2b8c1e-6d4a-4b7e-9a51-0c8e2d7f4b19",
    BOT_ID: "a7d9e2f4-1c3b-4e5a-8f60-2b4d6c8e0a13",
    AAD_APP_CLIENT_ID: "5e1c7a90-84b2-4d3f-b6e8-9f0a1c2d3e4b",
    TAB_DOMAIN: "tandem-dev.azurewebsites.net",
    TAB_ENDPOINT: "https://tandem-dev.azurewebsites.net",
    APP_NAME_SUFFIX: "-dev",
    ...overrides,
  };
}

function filledManifest(overrides: Partial<PlaceholderValues> = {}): FilledManifest {
  return fillPlaceholders(readTemplate(), placeholderValues(overrides)) as unknown as FilledManifest;
}

async function schemaErrors(manifest: FilledManifest): Promise<string[]> {
  // The manifest's $schema names a schema bundled with the package, so validation reads it from disk.
  return AppManifestUtils.validateAgainstSchema(manifest as unknown as AppManifest);
}

function readLocalisation(file: string): Record<string, string> {
  return JSON.parse(readFileSync(path.join(MANIFEST_DIR, file), "utf8")) as Record<string, string>;
}

function readIcon(name: string) {
  return decodePng(readFileSync(path.join(MANIFEST_DIR, name)));
}

describe("Teams app manifest", () => {
  beforeEach(() => {
    // Validation must stay offline: any attempt to download a schema fails the test.
    jest.spyOn(globalThis, "fetch").mockRejectedValue(new Error("network access in the manifest tests"));
  });
  afterEach(() => jest.restoreAllMocks());

  describe("schema", () => {
    it("names a schema bundled with @microsoft/app-manifest, of the same version as manifestVersion", () => {
      const { $schema, manifestVersion } = filledManifest();
      const url = new URL($schema);
      expect(url.origin).toBe("https://developer.microsoft.com");
      expect(url.pathname).toBe(`/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.schema.json`);
      expect(existsSync(path.join(SCHEMA_PACKAGE_DIR, "build", url.pathname))).toBe(true);
    });

    it("validates with zero errors once the placeholders are filled", async () => {
      expect(await schemaErrors(filledManifest())).toEqual([]);
    });

    it("validates with zero errors in production, where the name suffix is empty", async () => {
      expect(await schemaErrors(filledManifest({ APP_NAME_SUFFIX: "" }))).toEqual([]);
    });

    it("reports the bot id when it is not a GUID", async () => {
      const manifest = filledManifest({ BOT_ID: "tandem-bot" });

      const errors = await schemaErrors(manifest);

      expect(errors).toEqual(expect.arrayContaining([expect.stringContaining("/bots/0/botId")]));
    });

    it("reports an unknown top-level property", async () => {
      const manifest = { ...filledManifest(), colour: "#1F6F78" };

      const errors = await schemaErrors(manifest);

      expect(errors).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/additional properties.*"additionalProperty":"colour"/),
        ]),
      );
    });
  });

  describe("placeholders", () => {
    it("uses exactly the documented placeholders, each described in manifest/README.md", () => {
      const template = readFileSync(path.join(MANIFEST_DIR, "manifest.json"), "utf8");
      const readme = readFileSync(path.join(MANIFEST_DIR, "README.md"), "utf8");

      expect(placeholdersIn(template)).toEqual([...DOCUMENTED_PLACEHOLDERS].sort());
      for (const name of DOCUMENTED_PLACEHOLDERS) expect(readme).toContain(`\`\${{${name}}}\``);
    });

    it("fillPlaceholders throws naming a placeholder that has no value", () => {
      const values: Partial<PlaceholderValues> = placeholderValues();
      delete values.BOT_ID;

      expect(() => fillPlaceholders(readTemplate(), values)).toThrow("unfilled placeholders: BOT_ID");
    });

    it("fillPlaceholders leaves no placeholder syntax behind", () => {
      expect(JSON.stringify(filledManifest())).not.toContain("${{");
    });
  });

  describe("domains", () => {
    it("lists validDomains as bare host names, without scheme, port or path", () => {
      const { validDomains } = filledManifest();

      expect(validDomains.length).toBeGreaterThan(0);
      for (const domain of validDomains) expect(domain).toMatch(/^(\*\.)?([a-z0-9-]+\.)+[a-z0-9-]+$/i);
    });

    it("lists the host of every tab URL in validDomains", () => {
      const { staticTabs, validDomains } = filledManifest();
      const { configurableTabs } = filledManifest();
      const tabHosts = [
        ...staticTabs.flatMap((tab) => [tab.contentUrl, tab.websiteUrl]),
        ...configurableTabs.map((tab) => tab.configurationUrl),
      ].map((url) => new URL(url).host);

      for (const host of tabHosts) expect(validDomains).toContain(host);
    });
  });

  describe("bot and tabs", () => {
    it("offers the bot in personal chats and in teams, with a command list for each scope", () => {
      const [bot] = filledManifest().bots;

      expect(bot!.scopes.sort()).toEqual(["personal", "team"]);
      expect(bot!.commandLists.flatMap((list) => list.scopes).sort()).toEqual(["personal", "team"]);
    });

    it("lists only commands the bot understands, in every language", () => {
      const manifest = filledManifest();
      const titles = manifest.bots[0]!.commandLists.flatMap((list) => list.commands.map((c) => c.title));
      for (const file of manifest.localizationInfo.additionalLanguages.map((l) => l.file)) {
        const strings = readLocalisation(file);
        titles.push(
          ...Object.keys(strings)
            .filter((k) => k.endsWith(".title"))
            .map((k) => strings[k]!),
        );
      }

      const unknown = titles.filter((title) => parseTextCommand(title) === "unknown");

      expect(titles.length).toBeGreaterThan(5);
      expect(unknown).toEqual([]);
    });

    it("has the personal My mentoring tab and the personal Programme (HR) tab opening the HR page", () => {
      const { staticTabs } = filledManifest();

      expect(staticTabs.map((tab) => [tab.entityId, tab.name, tab.scopes])).toEqual([
        ["my-mentoring", "My mentoring", ["personal"]],
        ["programme", "Programme (HR)", ["personal"]],
      ]);
      expect(new URL(staticTabs[1]!.contentUrl).searchParams.get("page")).toBe("hr");
    });

    it("has a configurable tab for a team whose configuration page is the tab's config view", () => {
      const { configurableTabs } = filledManifest();

      expect(configurableTabs).toHaveLength(1);
      expect(configurableTabs[0]!.scopes).toEqual(["team"]);
      const url = new URL(configurableTabs[0]!.configurationUrl);
      expect(url.pathname).toBe("/tab/");
      expect(url.searchParams.get("view")).toBe("config");
    });
  });

  describe("localisation", () => {
    it("ships French and Dutch files besides the English manifest", () => {
      const { localizationInfo } = filledManifest();

      expect(localizationInfo.defaultLanguageTag).toBe("en");
      expect(localizationInfo.additionalLanguages).toEqual([
        { languageTag: "fr", file: "fr.json" },
        { languageTag: "nl", file: "nl.json" },
      ]);
    });

    it.each(["fr.json", "nl.json"])("%s translates every tab name and command of the manifest", (file) => {
      const manifest = filledManifest();
      const expected = [
        "name.short",
        "name.full",
        "description.short",
        "description.full",
        ...manifest.staticTabs.map((_, i) => `staticTabs[${i}].name`),
        ...manifest.bots[0]!.commandLists.flatMap((list, l) =>
          list.commands.flatMap((_, c) => [
            `bots[0].commandLists[${l}].commands[${c}].title`,
            `bots[0].commandLists[${l}].commands[${c}].description`,
          ]),
        ),
      ];

      const keys = Object.keys(readLocalisation(file)).filter((key) => key !== "$schema");

      expect(keys.sort()).toEqual(expected.sort());
    });
  });

  describe("icons", () => {
    it("has a 192×192 color icon whose background is the accent colour", () => {
      const { icons, accentColor } = filledManifest();

      const color = readIcon(icons.color);

      expect([color.width, color.height]).toEqual([192, 192]);
      const corner = [...color.rgba.subarray(0, 4)];
      const accent = [1, 3, 5].map((at) => parseInt(accentColor.slice(at, at + 2), 16));
      expect(corner).toEqual([...accent, 255]);
    });

    it("has a 32×32 outline icon", () => {
      const outline = readIcon(filledManifest().icons.outline);

      expect([outline.width, outline.height]).toEqual([32, 32]);
    });

    it("draws the outline icon in white only: every pixel is white or fully transparent", () => {
      const { rgba } = readIcon(filledManifest().icons.outline);
      const offending: number[] = [];
      let whitePixels = 0;

      for (let at = 0; at < rgba.length; at += 4) {
        const [r, g, b, a] = rgba.subarray(at, at + 4);
        if (a === 0) continue;
        if (r === 255 && g === 255 && b === 255) whitePixels++;
        else offending.push(at / 4);
      }

      expect(offending).toEqual([]);
      expect(whitePixels).toBeGreaterThan(0);
    });
  });
});
