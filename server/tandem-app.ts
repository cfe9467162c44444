import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { createBotAdapter } from "../bot/bot-adapter";
import { TandemBot } from "../bot/tandem-bot";
import type { Clock, Repositories } from "../core/ports";
import { QuestionnaireService } from "../core/questionnaire-service";
import { QuestionnaireCampaignRunner } from "../bot/campaign/questionnaire-campaign-runner";
import { PairIntroductionRunner } from "../bot/matching/pair-introduction-runner";
import { sessionCardActions } from "../bot/sessions/session-card-actions";
import { SessionReminderRunner } from "../bot/sessions/session-reminder-runner";
import { NotesService } from "../core/sessions/notes-service";
import { recordReportedTimeZone } from "../core/sessions/reported-time-zone";
import { SessionService } from "../core/sessions/session-service";
import { openSchedulerLease } from "../store/scheduler-lease";
import { randomUUID } from "node:crypto";
import { FirstSessionService } from "../core/matching/first-session-service";
import { CloudAdapterTransport } from "../bot/proactive/cloud-adapter-transport";
import { ProactiveSender } from "../bot/proactive/proactive-sender";
import { timerSleep } from "../bot/proactive/rate-limiter";
import { TurnScopedUsers } from "../store/turn-scoped-users";
import { openCosmosStore, openDeliveryLog } from "../store/cosmos-store";
import { CampaignScheduler } from "./campaign-scheduler";
import { hrRoutes } from "../tab/api/hr-routes";
import { matchWave } from "../core/matching/matching-engine";
import { matchingRoutes } from "../tab/api/matching-routes";
import { notesRoutes } from "../tab/api/notes-routes";
import { progressRoutes } from "../tab/api/progress-routes";
import { dashboardRoutes } from "../tab/api/dashboard-routes";
import { auditRoutes } from "../tab/api/audit-routes";
import { dataRightsRoutes } from "../tab/api/data-rights-routes";
import { DataRightsService } from "../core/data-rights/data-rights-service";
import { openPersonalDataEraser } from "../store/personal-data-eraser";
import { openDashboardSource } from "../store/dashboard-documents";
import { openDashboardSnapshotStore } from "../store/dashboard-snapshot-store";
import { DashboardSnapshots } from "../core/dashboard/dashboard-snapshots";
import { DashboardSnapshotRunner } from "./dashboard-snapshot-runner";
import { pairListExportRoutes } from "../tab/api/pair-list-export-routes";
import { sessionRoutes } from "../tab/api/session-routes";
import { assessmentRoutes } from "../tab/api/assessment-routes";
import { AssessmentService } from "../core/assessments/assessment-service";
import { assessmentCardActions } from "../bot/assessments/assessment-card-actions";
import { FinalAssessmentRunner } from "../bot/assessments/final-assessment-runner";
import { HrChannelRegistration } from "../bot/hr-channel/hr-channel-registration";
import { WeeklySummaryRunner } from "../bot/hr-channel/weekly-summary-runner";
import { openHrChannelDirectory } from "../store/hr-channel-store";
import { hrChannelRoutes } from "../tab/api/hr-channel-routes";
import { shortlistRoutes } from "../tab/api/shortlist-routes";
import { tabApiRoutes } from "../tab/api/tab-api-routes";
import { createTokenVerifier, type TokenVerifier } from "../tab/api/token-verifier";
import type { ApiRoute } from "../tab/api/api-route";
import { DEMO_HR_OBJECT_ID, DEMO_TENANT_ID, type Config } from "./config";
import { connectCosmos, type CosmosConnection } from "./cosmos-connection";
import { seedDemoWave } from "./demo-wave";
import { devSignInRoutes } from "./dev-sign-in-routes";
import { createHttpServer } from "./http-server";
import { LocalIssuer } from "./local-issuer";
import type { Logger } from "./logger";

export interface TandemApp {
  /** Base URL of the running server (its real port, even when configured with port 0). */
  readonly url: string;
  readonly repos: Repositories;
  readonly cosmos: CosmosConnection;
  /** The tab API's route table as mounted (security tests enumerate it so no route is forgotten). */
  readonly routes: readonly ApiRoute[];
  /** Every route the HTTP server mounted, API or not (method in upper case, path pattern). */
  readonly mountedRoutes: ReadonlyArray<{ readonly method: string; readonly path: string }>;
  stop(): Promise<void>;
}

export interface StartOptions {
  readonly log: Logger;
  readonly clock?: Clock;
  /** Start again from the demo data (the previous local data is kept as a backup). */
  readonly reset?: boolean;
  /** How often due proactive messages (reminders, late introductions) are sent; default one minute. */
  readonly campaignIntervalMs?: number;
  /** Folder of the built tab (dist/public/tab). */
  readonly tabDirectory?: string;
  /**
   * Tests only: verify tab tokens against this JWKS and issuer scheme instead of the local issuer's, so a
   * test can sign the tokens the issuer never mints (expired, wrong audience…). Not reachable from config.
   */
  readonly tokenKeys?: { readonly jwksUri: string; readonly issuerFor: (tenantId: string) => string };
  /** Tests only: read the Bot Framework's OpenID metadata (and so its JWKS) here. Not reachable from config. */
  readonly botOpenIdMetadataUrl?: string;
}

const systemClock: Clock = { now: () => new Date() };

/** The system clock, or (local mode, TANDEM_TEST_CLOCK_START) one that starts at a set instant and runs at real speed. */
function configuredClock(config: Config): Clock {
  if (config.testClockStart === undefined || config.mode !== "local") return systemClock;
  const offset = Date.parse(config.testClockStart) - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}

/** The demo HR programme lead the dev sign-in offers (an HR admin in local mode's default configuration). */
const DEMO_HR_LEAD = {
  id: "demo-hr-lead",
  displayName: "Patti Fernandez",
  department: "HR programme team",
  tenantId: DEMO_TENANT_ID,
  aadObjectId: DEMO_HR_OBJECT_ID,
};

/** Wires and starts Tandem: Cosmos, the store, the domain services, the bot and the HTTP server. */
export async function startTandem(config: Config, options: StartOptions): Promise<TandemApp> {
  const { log } = options;
  const clock = options.clock ?? configuredClock(config);
  const cosmos = await connectCosmos(config, log, { reset: options.reset ?? false });
  try {
    const stored = await openCosmosStore(cosmos.client, config.cosmos.databaseId);
    // A bot turn reads the person's record once (see TurnScopedUsers); everything else reads the store.
    const turnUsers = new TurnScopedUsers(stored.users);
    const repos: Repositories = { ...stored, users: turnUsers.directory };
    if (config.seedDemo && (await seedDemoWave(repos, DEMO_TENANT_ID, clock))) log.info("demo wave seeded");

    const questionnaires = new QuestionnaireService(repos, clock);
    const adapter = createBotAdapter(
      config.bot,
      log,
      options.botOpenIdMetadataUrl !== undefined
        ? { openIdMetadataUrl: options.botOpenIdMetadataUrl }
        : undefined,
    );
    const deliveries = await openDeliveryLog(cosmos.client, config.cosmos.databaseId);
    const sender = new ProactiveSender(
      {
        transport: new CloudAdapterTransport(adapter, config.bot.appId),
        log: deliveries,
        clock,
        sleep: timerSleep,
        random: Math.random,
      },
      { allowedServiceUrlHosts: config.bot.allowedServiceUrlHosts },
    );
    const hrChannels = await openHrChannelDirectory(cosmos.client, config.cosmos.databaseId);
    const bot = new TandemBot({
      questionnaires,
      users: repos.users,
      clock,
      hrChannels: new HrChannelRegistration({ channels: hrChannels, hrPolicy: config.hr, clock }),
      firstSessions: { firstSessions: new FirstSessionService(repos, clock), repos, sender, clock },
      assessmentActions: assessmentCardActions(new AssessmentService(repos, clock)),
      reportedTimeZone: (identity, zone) => recordReportedTimeZone(repos, identity, zone),
      turnScope: (turn) => turnUsers.run(turn),
      sessionActions: sessionCardActions({
        repos,
        sessions: new SessionService(repos, clock),
        notes: new NotesService(repos, clock),
        clock,
      }),
    });
    const campaigns = new QuestionnaireCampaignRunner({ repos, deliveries, sender, clock });
    const pairIntroductions = new PairIntroductionRunner({ repos, sender, clock });
    const finalAssessments = new FinalAssessmentRunner({ repos, deliveries, sender, clock });
    const intervalMs = options.campaignIntervalMs ?? config.proactiveIntervalMs ?? 60_000;
    // Several instances: only the holder of the lease sends reminders; a dead holder's lease runs out.
    const sessionReminders = new SessionReminderRunner({
      repos,
      sender,
      clock,
      lease: {
        lease: await openSchedulerLease(cosmos.client, config.cosmos.databaseId),
        holder: randomUUID(),
        ttlMs: Math.max(3 * intervalMs, 30_000),
      },
    });
    const weeklySummaries = new WeeklySummaryRunner({
      repos,
      channels: hrChannels,
      sender,
      deliveries,
      clock,
    });
    const scheduler = new CampaignScheduler(
      [campaigns, pairIntroductions, sessionReminders, finalAssessments, weeklySummaries],
      log,
      intervalMs,
    );
    // The dashboards' figures, recomputed in the background on their own scheduler: a long recomputation of a
    // large wave never delays the reminders.
    const dashboardSnapshots = new DashboardSnapshots({
      repos,
      clock,
      source: await openDashboardSource(cosmos.client, config.cosmos.databaseId),
      store: await openDashboardSnapshotStore(cosmos.client, config.cosmos.databaseId),
    });
    const dashboardScheduler = new CampaignScheduler(
      [
        new DashboardSnapshotRunner({
          snapshots: dashboardSnapshots,
          repos,
          clock,
          lease: {
            lease: await openSchedulerLease(cosmos.client, config.cosmos.databaseId),
            holder: randomUUID(),
            ttlMs: Math.max(3 * intervalMs, 30_000),
          },
        }),
      ],
      log,
      intervalMs,
    );

    let issuer: LocalIssuer | undefined;
    let verifier: TokenVerifier | undefined;
    const local = config.auth.issuer === "local";
    const routes = [
      ...tabApiRoutes({
        questionnaires,
        clientConfig: { mode: config.mode, devSignIn: local, clientId: config.auth.clientId },
      }),
      ...hrRoutes({
        repos,
        clock,
        campaign: {
          launched: (waveId) => scheduler.runSoon(campaigns, waveId),
          facts: (p) => campaigns.facts(p),
        },
        closing: { started: (waveId) => scheduler.runSoon(finalAssessments, waveId) },
      }),
      ...matchingRoutes({
        repos,
        clock,
        engine: matchWave,
        introductions: { published: (waveId) => scheduler.runSoon(pairIntroductions, waveId) },
      }),
      ...shortlistRoutes({ repos, clock }),
      ...notesRoutes({ repos, clock }),
      ...progressRoutes({ repos, clock }),
      ...dashboardRoutes({ repos, clock, snapshots: dashboardSnapshots }),
      ...auditRoutes({ repos }),
      ...hrChannelRoutes({ channels: hrChannels, clock }),
      ...dataRightsRoutes({
        rights: new DataRightsService({
          repos,
          eraser: await openPersonalDataEraser(cosmos.client, config.cosmos.databaseId),
          clock,
          newId: randomUUID,
        }),
        clock,
      }),
      ...pairListExportRoutes({ repos, clock }),
      ...sessionRoutes({ repos, clock }),
      ...assessmentRoutes({ repos, clock }),
      ...(local ? devSignInRoutes(repos, () => issuer, [DEMO_HR_LEAD]) : []),
    ];
    const server = createHttpServer({
      adapter,
      bot,
      allowedServiceUrlHosts: config.bot.allowedServiceUrlHosts,
      routes,
      verifier: () => verifier,
      hrPolicy: config.hr,
      tabDirectory: options.tabDirectory ?? join(__dirname, "..", "public", "tab"),
      log,
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(config.port, config.host, () => resolve());
    });
    const port = (server.address() as AddressInfo).port;
    scheduler.start();
    dashboardScheduler.start();
    const url = config.port === 0 ? `http://localhost:${port}` : config.publicUrl;

    if (options.tokenKeys !== undefined) {
      verifier = createTokenVerifier({
        ...options.tokenKeys,
        audience: config.auth.clientId,
        allowedTenants: config.auth.allowedTenants,
      });
      if (local) issuer = await LocalIssuer.create(`http://localhost:${port}`, config.auth.clientId);
    } else if (local) {
      issuer = await LocalIssuer.create(`http://localhost:${port}`, config.auth.clientId);
      const localIssuer = issuer;
      verifier = createTokenVerifier({
        jwksUri: localIssuer.jwksUri,
        issuerFor: (tid) => localIssuer.issuerFor(tid),
        audience: config.auth.clientId,
        allowedTenants: config.auth.allowedTenants,
      });
    } else {
      verifier = createTokenVerifier({
        jwksUri: "https://login.microsoftonline.com/common/discovery/v2.0/keys",
        issuerFor: (tid) => `https://login.microsoftonline.com/${tid}/v2.0`,
        audience: config.auth.clientId,
        allowedTenants: config.auth.allowedTenants,
      });
    }

    return {
      url,
      repos,
      cosmos,
      routes,
      mountedRoutes: (server.getDebugInfo().routes as Array<{ method: string; path: unknown }>).map((r) => ({
        method: r.method.toUpperCase(),
        path: String(r.path),
      })),
      stop: async () => {
        await scheduler.stop();
        await dashboardScheduler.stop();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await cosmos.close();
      },
    };
  } catch (error) {
    await cosmos.close();
    throw error;
  }
}
