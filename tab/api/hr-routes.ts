import { enrolParticipant, indexEnrolment } from "../../core/enrolment";
import { planImport } from "../../core/enrolment-import";
import { TandemError } from "../../core/errors";
import { preferredLanguage, type Identity, type Participant } from "../../core/participant";
import { ParticipantAdminService, type ParticipantFields } from "../../core/participant-admin";
import { awayFromTombstones, enrolmentIdFor, erasedIdsOf } from "../../core/data-rights/re-enrolment";
import type { Clock, Repositories } from "../../core/ports";
import { needsAnalytics } from "../../core/needs-analytics";
import { WaveAdminService, type WaveOverview } from "../../core/wave-admin";
import { campaignStatus, type CampaignDeliveryFacts } from "../../core/questionnaire-campaign";
import { DEFAULT_RULES, WAVE_STATES, type Wave, type WaveState } from "../../core/wave";
import { signedIn, type ApiRequest, type ApiRoute } from "./api-route";
import { auditTrail, changedFields } from "./audit-trail";
import type { ParticipantRow, WaveDetail, WaveSummary } from "./hr-api-contract";
import { parseParticipantsCsv } from "./participants-csv";

const WAVE = "/api/hr/waves/:waveId";
const PERSON = `${WAVE}/participants/:participantId`;

/** The HR routes of the tab's API (contract: hr-api-contract.ts). The host checks the HR role before each. */
/** How the routes reach the bot's campaign runner (the tab never imports the bot: the host wires this). */
export interface CampaignPort {
  /** Starts sending what is due for the wave, in the background. */
  launched(waveId: string): void;
  facts(participant: Participant): Promise<CampaignDeliveryFacts>;
}

/** How the routes tell the bot a wave started closing (its final assessment goes out at once). */
export interface ClosingPort {
  started(waveId: string): void;
}

export function hrRoutes(deps: {
  repos: Repositories;
  clock: Clock;
  campaign: CampaignPort;
  closing?: ClosingPort;
}): ApiRoute[] {
  const waves = new WaveAdminService(deps.repos, deps.clock);
  const people = new ParticipantAdminService(deps.repos, deps.clock);
  const audit = auditTrail(deps.repos, deps.clock);
  const tenant = (request: ApiRequest): string => signedIn(request).tenantId;
  const waveOf = (request: ApiRequest) => waves.load(tenant(request), param(request, "waveId"));
  const body = (request: ApiRequest): Record<string, unknown> =>
    typeof request.body === "object" && request.body !== null && !Array.isArray(request.body)
      ? (request.body as Record<string, unknown>)
      : {};

  const participantRows = async (waveId: string): Promise<ParticipantRow[]> => {
    const answered = new Set((await deps.repos.responses.listByWave(waveId)).map((r) => r.participantId));
    const list = await deps.repos.participants.listByWave(waveId);
    return Promise.all(
      list.map(async (p) => participantRow(p, answered.has(p.id), await reachable(deps.repos, p))),
    );
  };
  const row = async (p: Participant): Promise<ParticipantRow> => {
    const answered = (await deps.repos.responses.get(p.waveId, p.id)) !== undefined;
    return participantRow(p, answered, await reachable(deps.repos, p));
  };

  const status = async (wave: Wave) => {
    const participants = await deps.repos.participants.listByWave(wave.id);
    const answered = new Set((await deps.repos.responses.listByWave(wave.id)).map((r) => r.participantId));
    const facts = new Map<string, CampaignDeliveryFacts>();
    for (const p of participants) facts.set(p.id, await deps.campaign.facts(p));
    const none: CampaignDeliveryFacts = { hasConversation: false, outcomes: {} };
    return campaignStatus(wave, participants, answered, (p) => facts.get(p.id) ?? none, deps.clock.now());
  };

  return [
    route("GET", "/api/hr/access", async (r) => ok({ hr: true, displayName: signedIn(r).name ?? "" })),
    route("GET", "/api/hr/waves", async (r) => {
      const summaries: WaveSummary[] = (await waves.list(tenant(r))).map(({ wave, mentees, mentors }) => ({
        id: wave.id,
        name: wave.name,
        state: wave.state,
        startDate: wave.startDate,
        endDate: wave.endDate,
        mentees,
        mentors,
      }));
      return ok({ waves: summaries });
    }),
    route("POST", "/api/hr/waves", async (r) => {
      const created = await waves.create(tenant(r), body(r));
      await audit(r, { waveId: created.wave.id, action: "wave.created" });
      return { status: 201, body: waveDetail(created) };
    }),
    route("GET", WAVE, async (r) => ok(waveDetail(await waves.get(tenant(r), param(r, "waveId"))))),
    route("PATCH", WAVE, async (r) => {
      const updated = await waves.update(tenant(r), param(r, "waveId"), body(r));
      await audit(r, {
        waveId: updated.wave.id,
        action: "wave.settings-changed",
        details: { fields: changedFields(body(r)) },
      });
      return ok(waveDetail(updated));
    }),
    route("POST", `${WAVE}/transition`, async (r) => {
      const to = body(r)["to"];
      if (typeof to !== "string" || !(WAVE_STATES as readonly string[]).includes(to)) {
        throw new TandemError("VALIDATION", `Say which state to move to: ${WAVE_STATES.join(", ")}.`);
      }
      const moved = await waves.transition(tenant(r), param(r, "waveId"), to as WaveState);
      await audit(r, {
        waveId: moved.wave.id,
        action: "wave.transitioned",
        details: { to: moved.wave.state },
      });
      if (moved.wave.state === "closing") deps.closing?.started(moved.wave.id);
      return ok(waveDetail(moved));
    }),
    route("GET", `${WAVE}/participants`, async (r) =>
      ok({ participants: await participantRows((await waveOf(r)).id) }),
    ),
    route("POST", `${WAVE}/participants`, async (r) => {
      const wave = await waveOf(r);
      const erased = erasedIdsOf(await deps.repos.participants.listByWave(wave.id));
      const added = await people.add(wave, body(r) as unknown as ParticipantFields, (email) =>
        enrolmentIdFor(wave.id, email, erased),
      );
      await audit(r, {
        waveId: wave.id,
        action: "participant.updated",
        target: added.id,
        details: { change: "added" },
      });
      return { status: 201, body: await row(added) };
    }),
    route("PATCH", PERSON, async (r) => {
      const edited = await people.edit(await waveOf(r), param(r, "participantId"), body(r));
      await audit(r, {
        waveId: edited.waveId,
        action: "participant.updated",
        target: edited.id,
        details: { change: "edited", fields: changedFields(body(r)) },
      });
      return ok(await row(edited));
    }),
    route("POST", `${PERSON}/withdraw`, async (r) => {
      const withdrawn = await people.withdraw(await waveOf(r), param(r, "participantId"));
      await audit(r, {
        waveId: withdrawn.waveId,
        action: "participant.updated",
        target: withdrawn.id,
        details: { change: "withdrawn" },
      });
      return ok(await row(withdrawn));
    }),
    route("POST", `${PERSON}/vetting`, async (r) => {
      const wave = await waveOf(r);
      const before = (await deps.repos.participants.get(wave.id, param(r, "participantId")))?.vetting
        ?.approval;
      const vetted = await people.vet(wave, param(r, "participantId"), body(r));
      const approval = vetted.vetting?.approval;
      const decided = approval !== before && (approval === "approved" || approval === "declined");
      await audit(r, {
        waveId: vetted.waveId,
        action: decided
          ? approval === "approved"
            ? "mentor.approved"
            : "mentor.declined"
          : "participant.updated",
        target: vetted.id,
        details: {
          change: "vetting",
          approval: approval ?? "pending",
          trained: vetted.vetting?.trainedAt !== undefined,
        },
      });
      return ok(await row(vetted));
    }),
    route("POST", `${WAVE}/import/preview`, async (r) => {
      const wave = await waveOf(r);
      return ok(await importPlan(deps.repos, wave, body(r)["csv"]).then((plan) => plan.preview));
    }),
    route("POST", `${WAVE}/import/commit`, async (r) => {
      const wave = await waveOf(r);
      const plan = await importPlan(deps.repos, wave, body(r)["csv"]);
      if (!plan.preview.canCommit) {
        return {
          status: 400,
          body: {
            code: "VALIDATION",
            message: "The file has errors: nothing was imported.",
            preview: plan.preview,
          },
        };
      }
      const now = deps.clock.now();
      // Validation is all-or-nothing; the writes are idempotent upserts, so a retry after a crash completes the import.
      // A re-enrolled erased person gets a new id: never linked again to what they erased (docs/PRIVACY.md).
      const erased = erasedIdsOf(await deps.repos.participants.listByWave(wave.id));
      for (const participant of awayFromTombstones(plan.participants, erased)) {
        // Someone on record: the row again on the stored record, under its ETag (nothing changed since is lost).
        const reapply = plan.reapply.get(participant.id);
        const stored = reapply && (await deps.repos.participants.update(wave.id, participant.id, reapply));
        if (stored) await indexEnrolment(deps.repos, stored, now);
        else await enrolParticipant(deps.repos, participant, now);
      }
      const { summary } = plan.preview;
      await audit(r, {
        waveId: wave.id,
        action: "participants.imported",
        details: { created: summary.new, updated: summary.updated, unchanged: summary.unchanged },
      });
      return ok({ created: summary.new, updated: summary.updated, unchanged: summary.unchanged });
    }),
    route("POST", `${WAVE}/campaign`, async (r) => {
      const input = body(r);
      const wave = await waves.launchCampaign(tenant(r), param(r, "waveId"), {
        deadline: input["deadline"],
        reminderIntervalDays: input["reminderIntervalDays"],
      });
      deps.campaign.launched(wave.id);
      await audit(r, {
        waveId: wave.id,
        action: "wave.transitioned",
        details: { to: wave.state, campaign: "launched" },
      });
      return ok(await status(wave));
    }),
    route("GET", `${WAVE}/campaign`, async (r) => ok(await status(await waveOf(r)))),
    route("GET", `${WAVE}/analytics/needs`, async (r) => {
      const wave = await waveOf(r);
      return ok(
        needsAnalytics({
          wave,
          participants: await deps.repos.participants.listByWave(wave.id),
          responses: await deps.repos.responses.listByWave(wave.id),
          language: wave.defaultLanguage ?? "en",
        }),
      );
    }),
  ];
}

async function importPlan(repos: Repositories, wave: Parameters<typeof planImport>[1]["wave"], csv: unknown) {
  if (typeof csv !== "string") throw new TandemError("VALIDATION", "Send the file's text as { csv }.");
  const parsed = parseParticipantsCsv(csv);
  return planImport(parsed.rows, {
    wave,
    existing: await repos.participants.listByWave(wave.id),
    fileErrors: parsed.fileErrors,
  });
}

function route(method: ApiRoute["method"], path: string, handle: ApiRoute["handle"]): ApiRoute {
  return { method, path, access: "hr", handle };
}

function ok(body: unknown) {
  return { status: 200, body };
}

function param(request: ApiRequest, name: string): string {
  const value = request.params[name];
  if (typeof value !== "string" || value === "") throw new TandemError("NOT_FOUND", "Not found.");
  return value;
}

function waveDetail(overview: WaveOverview): WaveDetail {
  const { wave } = overview;
  return {
    id: wave.id,
    name: wave.name,
    state: wave.state,
    startDate: wave.startDate,
    endDate: wave.endDate,
    cadence: wave.cadence,
    sessionMinutes: wave.sessionMinutes,
    reminderLeadDays: wave.reminderLeadDays ?? 3,
    defaultLanguage: wave.defaultLanguage ?? "en",
    themes: wave.themes,
    rules: wave.rules ?? DEFAULT_RULES,
    transitions: overview.transitions,
    rulesEditable: overview.rulesEditable,
    counts: overview.counts,
  };
}

async function reachable(repos: Repositories, p: Participant): Promise<ParticipantRow["reachable"]> {
  if (p.aadObjectId === undefined) return "no";
  const identity: Identity = { tenantId: p.tenantId, aadObjectId: p.aadObjectId };
  return (await repos.users.get(identity))?.conversationReference ? "yes" : "unknown";
}

/** Only allow-listed fields leave the API (no answers, no comments). */
function participantRow(
  p: Participant,
  answered: boolean,
  reach: ParticipantRow["reachable"],
): ParticipantRow {
  return {
    id: p.id,
    email: p.email,
    ...(p.aadObjectId ? { aadObjectId: p.aadObjectId } : {}),
    displayName: p.displayName,
    role: p.role,
    department: p.department,
    ...(p.managerEmail ? { managerEmail: p.managerEmail } : {}),
    site: p.site,
    languages: p.languages.length > 0 ? p.languages : [preferredLanguage(p)],
    ...(p.motivation ? { motivation: p.motivation } : {}),
    ...(p.timeZone ? { timeZone: p.timeZone } : {}),
    status: p.status ?? "active",
    ...(p.vetting ? { vetting: p.vetting } : {}),
    questionnaire: answered ? "submitted" : "not-started",
    reachable: reach,
  };
}
