import { z } from "zod";

/** Hosts Teams' Bot Connector sends from (SECURITY-NOTES §4): replies and proactive messages go only there. */
export const TEAMS_SERVICE_URL_HOSTS = [
  "smba.trafficmanager.net",
  "smba.infra.gcc.teams.microsoft.com",
  "smba.infra.gov.teams.microsoft.us",
  "smba.infra.dod.teams.microsoft.us",
];

/**
 * The tenant the demo data and the local issuer use: the Agents Playground's default tenant, as it spells
 * it (13 digits in the last group: not a valid GUID, but it is what the playground sends).
 */
export const DEMO_TENANT_ID = "00000000-0000-0000-0000-0000000000001";

/** The demo HR programme lead (local mode): the playground's built-in Patti Fernandez. */
export const DEMO_HR_OBJECT_ID = "00000000-0000-0000-0000-0000000000024";

const list = z.string().transform((s) =>
  s
    .split(",")
    .map((v) => v.trim())
    .filter((v) => v.length > 0),
);

const flag = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

/** Every setting Tandem reads, by environment variable, with its default (README "Configuration"). */
const envSchema = z.object({
  TANDEM_MODE: z.enum(["local", "production"]).default("local"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().default("0.0.0.0"),
  TANDEM_PUBLIC_URL: z.url().optional(),
  TANDEM_DATA_DIR: z.string().min(1).default(".data"),
  TANDEM_SEED_DEMO: flag.optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  COSMOS_ENDPOINT: z.url().optional(),
  COSMOS_KEY: z.string().optional(),
  COSMOS_DATABASE: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .default("tandem"),
  MICROSOFT_APP_ID: z.string().default(""),
  MICROSOFT_APP_TYPE: z.enum(["MultiTenant", "SingleTenant", "UserAssignedMSI"]).default("UserAssignedMSI"),
  MICROSOFT_APP_TENANT_ID: z.string().default(""),
  BOT_SERVICE_URL_HOSTS: list.optional(),
  AAD_APP_CLIENT_ID: z.string().optional(),
  AAD_ALLOWED_TENANTS: list.optional(),
  HR_ADMIN_OBJECT_IDS: list.optional(),
  HR_ADMIN_GROUP_ID: z.string().optional(),
  TANDEM_PROACTIVE_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
  TANDEM_TEST_CLOCK_START: z.iso.datetime({ offset: true }).optional(),
});

export interface Config {
  readonly mode: "local" | "production";
  readonly port: number;
  readonly host: string;
  /** Where people and Teams reach this server (used in printed links and the local issuer). */
  readonly publicUrl: string;
  readonly dataDir: string;
  readonly seedDemo: boolean;
  readonly logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  readonly cosmos: {
    /** Undefined in local mode: the embedded emulator is started. */
    readonly endpoint?: string;
    readonly key?: string;
    readonly databaseId: string;
  };
  readonly bot: {
    /** Empty only in local mode, where it turns Bot Connector authentication off. */
    readonly appId: string;
    readonly appType: "MultiTenant" | "SingleTenant" | "UserAssignedMSI";
    readonly appTenantId: string;
    readonly allowedServiceUrlHosts: readonly string[];
  };
  readonly auth: {
    /** The Entra app (client) id: the audience of the tab's tokens. */
    readonly clientId: string;
    readonly allowedTenants: readonly string[];
    /** Local mode: this server's own issuer mints dev tokens; production: Entra ID. */
    readonly issuer: "local" | "entra";
  };
  /** Who may use the HR routes. */
  readonly hr: {
    readonly adminObjectIds: readonly string[];
    readonly adminGroupId?: string;
  };
  /** How often the background runners look for due proactive messages (reminders, late introductions). */
  readonly proactiveIntervalMs?: number;
  /**
   * Local mode only, for process-level tests (a server killed and restarted mid-run): the server's clock
   * starts at this instant and runs at real speed from there. Production refuses it.
   */
  readonly testClockStart?: string;
}

/** Thrown when the environment does not describe a runnable configuration; lists every problem. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `Tandem cannot start, the configuration is incomplete:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
    this.name = "ConfigError";
  }
}

/** Reads and validates the configuration once, at start-up. The only place that reads the environment. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  const e = parsed.data;
  const local = e.TANDEM_MODE === "local";
  const config: Config = {
    mode: e.TANDEM_MODE,
    port: e.PORT,
    host: e.HOST,
    publicUrl: (e.TANDEM_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ""),
    dataDir: e.TANDEM_DATA_DIR,
    seedDemo: e.TANDEM_SEED_DEMO ?? local,
    logLevel: e.LOG_LEVEL,
    cosmos: {
      ...(e.COSMOS_ENDPOINT ? { endpoint: e.COSMOS_ENDPOINT } : {}),
      ...(e.COSMOS_KEY ? { key: e.COSMOS_KEY } : {}),
      databaseId: e.COSMOS_DATABASE,
    },
    bot: {
      appId: e.MICROSOFT_APP_ID,
      appType: e.MICROSOFT_APP_TYPE,
      appTenantId: e.MICROSOFT_APP_TENANT_ID,
      allowedServiceUrlHosts:
        e.BOT_SERVICE_URL_HOSTS ?? (local ? ["localhost", "127.0.0.1"] : TEAMS_SERVICE_URL_HOSTS),
    },
    auth: {
      clientId: e.AAD_APP_CLIENT_ID ?? (local ? "tandem-local" : ""),
      allowedTenants: e.AAD_ALLOWED_TENANTS ?? (local ? [DEMO_TENANT_ID] : []),
      issuer: local ? "local" : "entra",
    },
    hr: {
      adminObjectIds: e.HR_ADMIN_OBJECT_IDS ?? (local ? [DEMO_HR_OBJECT_ID] : []),
      ...(e.HR_ADMIN_GROUP_ID ? { adminGroupId: e.HR_ADMIN_GROUP_ID } : {}),
    },
    proactiveIntervalMs: e.TANDEM_PROACTIVE_INTERVAL_MS,
    ...(e.TANDEM_TEST_CLOCK_START ? { testClockStart: e.TANDEM_TEST_CLOCK_START } : {}),
  };
  if (!local) {
    assertProductionReady(config, e.COSMOS_KEY, {
      appTypeGiven: present.MICROSOFT_APP_TYPE !== undefined,
      tlsVerificationOff: present.NODE_TLS_REJECT_UNAUTHORIZED === "0",
    });
  }
  return config;
}

/** Production never runs with a relaxation meant for a developer's machine. */
function assertProductionReady(
  config: Config,
  cosmosKey: string | undefined,
  raw: { readonly appTypeGiven: boolean; readonly tlsVerificationOff: boolean },
): void {
  const problems: string[] = [];
  if (config.bot.appId === "")
    problems.push("MICROSOFT_APP_ID is required (an empty app id turns bot authentication off).");
  if (!raw.appTypeGiven)
    problems.push("MICROSOFT_APP_TYPE is required: UserAssignedMSI (infra/main.bicep) or SingleTenant.");
  else if (config.bot.appType === "MultiTenant")
    problems.push(
      "MICROSOFT_APP_TYPE must be UserAssignedMSI or SingleTenant in production (new multi-tenant bots cannot be created).",
    );
  if (config.bot.appType !== "MultiTenant" && config.bot.appTenantId === "") {
    problems.push("MICROSOFT_APP_TENANT_ID is required for a single-tenant or managed-identity bot.");
  }
  if (!config.auth.clientId)
    problems.push("AAD_APP_CLIENT_ID is required (the audience of Teams SSO tokens).");
  if (config.auth.allowedTenants.length === 0)
    problems.push("AAD_ALLOWED_TENANTS is required (tenant ids allowed to sign in).");
  if (config.hr.adminObjectIds.length === 0 && config.hr.adminGroupId === undefined) {
    problems.push("HR_ADMIN_OBJECT_IDS or HR_ADMIN_GROUP_ID is required (who runs the programme).");
  }
  if (!config.cosmos.endpoint)
    problems.push("COSMOS_ENDPOINT is required (production never uses the embedded emulator).");
  if (cosmosKey)
    problems.push(
      "COSMOS_KEY must not be set in production: Cosmos DB is reached with the managed identity.",
    );
  if (!config.publicUrl.startsWith("https://"))
    problems.push("TANDEM_PUBLIC_URL must be an https:// URL in production.");
  const insecure = config.bot.allowedServiceUrlHosts.filter((h) => h === "localhost" || h.startsWith("127."));
  if (insecure.length > 0) problems.push("BOT_SERVICE_URL_HOSTS must not contain localhost in production.");
  if (config.seedDemo) problems.push("TANDEM_SEED_DEMO must be false in production.");
  if (raw.tlsVerificationOff)
    problems.push(
      "NODE_TLS_REJECT_UNAUTHORIZED=0 must not be set in production (it turns TLS verification off).",
    );
  if (config.testClockStart !== undefined)
    problems.push("TANDEM_TEST_CLOCK_START must not be set in production (it moves the server's clock).");
  if (problems.length > 0) throw new ConfigError(problems);
}
