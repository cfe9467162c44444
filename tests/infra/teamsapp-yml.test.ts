/** teamsapp.yml: valid for the toolkit (its v1.13 schema, vendored), and every variable it reads has a source. */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv";
import {
  placeholdersIn,
  readBicep,
  readEnvFile,
  readTeamsAppYml,
  readText,
  ROOT,
  type TeamsAppYml,
  type ToolkitAction,
} from "./deploy-files";

const SCHEMA = JSON.parse(
  readFileSync(path.join(ROOT, "tests", "fixtures", "teamsapp", "yaml.schema.v1.13.json"), "utf8"),
) as object;
const HEADER = "# yaml-language-server: $schema=https://aka.ms/teams-toolkit/v1.13/yaml.schema.json";
/** Set by the toolkit itself: aadApp/update generates the scope id when the variable is empty. */
const GENERATED_BY_AAD_UPDATE = "AAD_APP_ACCESS_AS_USER_PERMISSION_ID";

function schemaErrors(document: unknown): string[] {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(SCHEMA);
  return validate(document) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** The manifest, with the localisation files the toolkit packs with it. */
function manifestFiles(manifestPath: string): string[] {
  const manifest = JSON.parse(readText(manifestPath)) as {
    localizationInfo?: { additionalLanguages?: { file: string }[] };
  };
  const dir = path.dirname(manifestPath);
  return [
    manifestPath,
    ...(manifest.localizationInfo?.additionalLanguages ?? []).map((l) => path.join(dir, l.file)),
  ];
}

/** The files an action reads and fills placeholders in, besides its own `with`. */
function filesReadBy(action: ToolkitAction): string[] {
  const withs = (action.with ?? {}) as Record<string, unknown>;
  switch (action.uses) {
    case "arm/deploy":
      return (withs.templates as { parameters?: string }[]).flatMap((t) =>
        t.parameters ? [t.parameters] : [],
      );
    case "aadApp/update":
      return [withs.manifestPath as string];
    case "teamsApp/validateManifest":
    case "teamsApp/zipAppPackage":
      return manifestFiles(withs.manifestPath as string);
    default:
      return [];
  }
}

/** Every variable an action reads: in its parameters and in the files it fills. */
function variablesReadBy(action: ToolkitAction): string[] {
  const texts = [JSON.stringify(action.with ?? {}), ...filesReadBy(action).map((file) => readText(file))];
  return [...new Set(texts.flatMap(placeholdersIn))].sort();
}

/** The variables an action writes to the environment file. */
function variablesWrittenBy(action: ToolkitAction): string[] {
  if (action.uses === "arm/deploy") {
    const templates = (action.with!.templates as { path: string }[]).map((t) => readBicep(t.path));
    return templates.flatMap((template) => template.outputs.map((output) => output.toUpperCase()));
  }
  if (action.uses === "aadApp/update") return [GENERATED_BY_AAD_UPDATE];
  return Object.values(action.writeToEnvironmentFile ?? {});
}

const allActions = (yml: TeamsAppYml) => [...yml.provision, ...yml.deploy, ...yml.publish];

describe("teamsapp.yml", () => {
  it("starts with the v1.13 schema header and declares version v1.13", () => {
    const text = readText("teamsapp.yml");

    expect(text.split("\n")[0]).toBe(HEADER);
    expect(readTeamsAppYml().version).toBe("v1.13");
  });

  it("validates against the toolkit's v1.13 schema with zero errors", () => {
    expect(schemaErrors(readTeamsAppYml())).toEqual([]);
  });

  it("the schema check catches a broken action (aadApp/update without its output file)", () => {
    const yml = readTeamsAppYml();
    const update = yml.provision.find((a) => a.uses === "aadApp/update")!;
    delete update.with!.outputFilePath;

    expect(schemaErrors(yml).length).toBeGreaterThan(0);
  });

  it("provisions in the order the variables need: Entra app and Teams app, Azure, then SSO scope and package", () => {
    expect(readTeamsAppYml().provision.map((a) => a.uses)).toEqual([
      "aadApp/create",
      "teamsApp/create",
      "arm/deploy",
      "aadApp/update",
      "teamsApp/validateManifest",
      "teamsApp/zipAppPackage",
      "teamsApp/validateAppPackage",
      "teamsApp/update",
    ]);
  });

  it("deploys by installing, building, staging and zip-deploying to the web app the Bicep creates", () => {
    const { deploy } = readTeamsAppYml();

    expect(
      deploy.map((a) => (a.uses === "cli/runNpmCommand" ? `npm ${String(a.with!.args)}` : a.uses)),
    ).toEqual(["npm ci", "npm run build", "npm run stage:deploy", "azureAppService/zipDeploy"]);
    const scripts = (JSON.parse(readText("package.json")) as { scripts: Record<string, string> }).scripts;
    expect(scripts["stage:deploy"]).toBeDefined();
    expect(deploy[3]!.with!.resourceId).toBe("${{BOT_AZURE_APP_SERVICE_RESOURCE_ID}}");
  });

  it("publishes the package to the tenant's Teams admin center", () => {
    expect(readTeamsAppYml().publish.map((a) => a.uses)).toContain("teamsApp/publishAppPackage");
  });

  it("points every action at files that exist", () => {
    for (const action of allActions(readTeamsAppYml())) {
      const templates = (action.with?.templates as { path: string }[] | undefined) ?? [];
      for (const file of [...filesReadBy(action), ...templates.map((t) => t.path)]) {
        expect([action.uses, existsSync(path.join(ROOT, file))]).toEqual([action.uses, true]);
      }
    }
  });

  it("writes no ${{…}} value inside an inline {…} mapping (the toolkit would not expand it)", () => {
    const inline = readText("teamsapp.yml")
      .split("\n")
      .filter((line) => /(:|-)\s*\{(?!\{)/.test(line) && line.includes("${{"));

    expect(inline).toEqual([]);
  });

  it("lists in env/.env.dev every variable teamsapp.yml and the files its actions fill read", () => {
    const env = readEnvFile("env/.env.dev");
    const used = [...new Set(allActions(readTeamsAppYml()).flatMap(variablesReadBy))];

    expect(used.filter((name) => !env.has(name))).toEqual([]);
  });

  it("reads each variable a provisioning step writes only after that step has run", () => {
    const yml = readTeamsAppYml();
    const writtenByToolkit = new Set(allActions(yml).flatMap(variablesWrittenBy));
    const written = new Set<string>();
    const tooEarly: string[] = [];

    for (const action of yml.provision) {
      if (action.uses === "aadApp/update") written.add(GENERATED_BY_AAD_UPDATE);
      for (const name of variablesReadBy(action)) {
        if (writtenByToolkit.has(name) && !written.has(name)) tooEarly.push(`${action.uses} reads ${name}`);
      }
      for (const name of variablesWrittenBy(action)) written.add(name);
    }

    expect(tooEarly).toEqual([]);
  });

  it("leaves empty in env/.env.dev every variable the toolkit writes, and declares them", () => {
    const env = readEnvFile("env/.env.dev");
    const written = allActions(readTeamsAppYml()).flatMap(variablesWrittenBy);

    expect(written.filter((name) => env.get(name) !== "")).toEqual([]);
  });

  it("keeps secrets out of the committed environment files", () => {
    for (const file of ["env/.env.dev", "env/.env.dev.user.sample"]) {
      const env = readEnvFile(file);
      const secretish = [...env.entries()].filter(
        ([name, value]) =>
          /SECRET|PASSWORD|KEY$/.test(name) || (value !== "" && /^[A-Za-z0-9+/=]{32,}$/.test(value)),
      );
      expect([file, secretish]).toEqual([file, []]);
    }
    expect(readText(".gitignore")).toMatch(/^env\/\.env\.\*\.user$/m);
  });
});

describe("aad.manifest.json", () => {
  const aad = () =>
    JSON.parse(readText("aad.manifest.json")) as {
      identifierUris: string[];
      signInAudience: string;
      api: {
        requestedAccessTokenVersion: number;
        oauth2PermissionScopes: { value: string; type: string; id: string }[];
        preAuthorizedApplications: { appId: string; delegatedPermissionIds: string[] }[];
      };
      spa: { redirectUris: string[] };
      publicClient: { redirectUris: string[] };
    };

  it("exposes access_as_user on api://<tab host>/<client id>, the resource the Teams manifest names", () => {
    const manifest = JSON.parse(readText("manifest/manifest.json")) as {
      webApplicationInfo: { resource: string };
    };

    expect(aad().identifierUris).toEqual([manifest.webApplicationInfo.resource]);
    expect(aad().api.oauth2PermissionScopes.map((s) => [s.value, s.type])).toEqual([
      ["access_as_user", "User"],
    ]);
    expect(aad().api.requestedAccessTokenVersion).toBe(2);
  });

  it("pre-authorises exactly the Teams desktop/mobile and web clients for that scope", () => {
    const scopeId = aad().api.oauth2PermissionScopes[0]!.id;

    expect(aad().api.preAuthorizedApplications).toEqual([
      { appId: "1fec8e78-bce4-4aaf-ab1b-5451cc387264", delegatedPermissionIds: [scopeId] },
      { appId: "5e3ce6c0-2b1f-4285-8d4b-75ee78787346", delegatedPermissionIds: [scopeId] },
    ]);
  });

  it("puts the user's security groups in the token, where the HR_ADMIN_GROUP_ID check looks", () => {
    const manifest = JSON.parse(readText("aad.manifest.json")) as { groupMembershipClaims?: string };

    expect(manifest.groupMembershipClaims).toBe("SecurityGroup");
    expect(readText("tab/api/token-verifier.ts")).toContain('payload["groups"]');
  });

  it("is single-tenant and has no SPA or public-client redirect (nothing else can get tokens for it)", () => {
    expect(aad().signInAudience).toBe("AzureADMyOrg");
    expect(aad().spa.redirectUris).toEqual([]);
    expect(aad().publicClient.redirectUris).toEqual([]);
  });
});
