import { hasErrorCode, TandemError } from "./errors";
import { isMatchableMentor, type Participant } from "./participant";
import type { Clock, Repositories } from "./ports";
import type { QuestionnaireResponse } from "./questionnaire";
import { launchCampaign } from "./questionnaire-campaign";
import {
  possibleTransitions,
  rulesEditable,
  transitionWave,
  type TransitionCheck,
  type WaveFacts,
} from "./wave-lifecycle";
import { validateWaveSettings, type WaveSettings } from "./wave-settings";
import { DEFAULT_RULES, type Wave, type WaveState } from "./wave";

/** A wave as HR sees it in the editor: settings, state, allowed moves and head counts. */
export interface WaveOverview {
  readonly wave: Wave;
  readonly transitions: readonly TransitionCheck[];
  readonly rulesEditable: boolean;
  readonly counts: {
    readonly mentees: number;
    readonly mentors: number;
    readonly approvedMentors: number;
    readonly trainedMentors: number;
    readonly withdrawn: number;
    readonly answered: number;
  };
}

/** HR's management of waves: create, edit under the lifecycle's rules, move through the lifecycle. */
export class WaveAdminService {
  constructor(
    private readonly repos: Repositories,
    private readonly clock: Clock,
  ) {}

  async list(tenantId: string): Promise<Array<{ wave: Wave; mentees: number; mentors: number }>> {
    const waves = (await this.repos.waves.list()).filter((w) => w.tenantId === tenantId);
    return Promise.all(
      waves.map(async (wave) => {
        const people = active(await this.repos.participants.listByWave(wave.id));
        return {
          wave,
          mentees: people.filter((p) => p.role === "mentee").length,
          mentors: people.filter((p) => p.role === "mentor").length,
        };
      }),
    );
  }

  async create(tenantId: string, input: Partial<Record<keyof WaveSettings, unknown>>): Promise<WaveOverview> {
    const settings = valid(input);
    const now = this.clock.now();
    // Never an upsert: two waves named alike in the same millisecond (another tenant's, even) get one id,
    // and overwriting would hand the first wave, with its participants, to the second creator.
    for (let attempt = 1; ; attempt++) {
      const wave: Wave = { id: waveId(settings.name, now, attempt), tenantId, state: "draft", ...settings };
      if ((await this.repos.waves.createIfAbsent(wave)) === "created") return this.overview(wave);
      // "exists" after a retried write of this very wave (applied before a timeout): it is ours.
      if (JSON.stringify(await this.repos.waves.get(wave.id)) === JSON.stringify(wave))
        return this.overview(wave);
      if (attempt >= 5)
        throw new TandemError("CONFLICT", "A wave was created at the same moment: try again.");
    }
  }

  async get(tenantId: string, id: string): Promise<WaveOverview> {
    return this.overview(await this.load(tenantId, id));
  }

  /** Applies a partial edit; the rules and the catalogue can no longer change once pairs are published. */
  async update(
    tenantId: string,
    id: string,
    patch: Partial<Record<keyof WaveSettings, unknown>>,
  ): Promise<WaveOverview> {
    const updated = await this.mutate(tenantId, id, async (wave) => {
      if (!rulesEditable(wave) && ("rules" in patch || "themes" in patch)) {
        throw new TandemError(
          "INVALID_TRANSITION",
          "Pairs are published: the rules and the theme catalogue can no longer change.",
        );
      }
      if (wave.state === "closed") throw new TandemError("INVALID_TRANSITION", "This wave is closed.");
      const current: WaveSettings = {
        name: wave.name,
        startDate: wave.startDate,
        endDate: wave.endDate,
        cadence: wave.cadence,
        sessionMinutes: wave.sessionMinutes,
        reminderLeadDays: wave.reminderLeadDays ?? 3,
        defaultLanguage: wave.defaultLanguage ?? "en",
        themes: wave.themes,
        rules: wave.rules ?? DEFAULT_RULES,
      };
      return { ...wave, ...valid({ ...current, ...patch }) };
    });
    return this.overview(updated);
  }

  async transition(tenantId: string, id: string, to: WaveState): Promise<WaveOverview> {
    const next = await this.mutate(tenantId, id, async (wave) =>
      transitionWave(wave, to, await this.facts(wave)),
    );
    return this.overview(next);
  }

  /** HR launches the questionnaire campaign: the wave moves to its questionnaire phase with a deadline. */
  async launchCampaign(
    tenantId: string,
    id: string,
    input: { deadline: unknown; reminderIntervalDays: unknown },
  ): Promise<Wave> {
    return this.mutate(tenantId, id, async (wave) =>
      launchCampaign(wave, input, await this.facts(wave), this.clock.now()),
    );
  }

  /** Read, change, write under the wave's ETag; a concurrent change makes it re-read and re-apply. */
  private async mutate(tenantId: string, id: string, change: (wave: Wave) => Promise<Wave>): Promise<Wave> {
    for (let attempt = 1; ; attempt++) {
      const stored = await this.repos.waves.getVersioned(id);
      if (stored === undefined || stored.value.tenantId !== tenantId) {
        throw new TandemError("NOT_FOUND", "There is no such wave.");
      }
      const next = await change(stored.value);
      try {
        await this.repos.waves.replace(next, stored.etag);
        return next;
      } catch (error) {
        if (!hasErrorCode(error, "PRECONDITION_FAILED") || attempt >= 5) throw error;
      }
    }
  }

  async load(tenantId: string, id: string): Promise<Wave> {
    const wave = await this.repos.waves.get(id);
    if (wave === undefined || wave.tenantId !== tenantId)
      throw new TandemError("NOT_FOUND", "There is no such wave.");
    return wave;
  }

  private async facts(wave: Wave): Promise<WaveFacts> {
    const [people, pairs] = await Promise.all([
      this.repos.participants.listByWave(wave.id).then(active),
      this.repos.pairs.listByWave(wave.id),
    ]);
    return {
      activeMentees: people.filter((p) => p.role === "mentee").length,
      activeMentors: people.filter((p) => p.role === "mentor").length,
      matchableMentors: people.filter(isMatchableMentor).length,
      publishedPairs: pairs.length,
    };
  }

  private async overview(wave: Wave): Promise<WaveOverview> {
    const people = await this.repos.participants.listByWave(wave.id);
    const responses: QuestionnaireResponse[] = await this.repos.responses.listByWave(wave.id);
    const mentors = active(people).filter((p) => p.role === "mentor");
    const activeIds = new Set(active(people).map((p) => p.id));
    return {
      wave,
      transitions: possibleTransitions(wave, await this.facts(wave)),
      rulesEditable: rulesEditable(wave),
      counts: {
        mentees: active(people).filter((p) => p.role === "mentee").length,
        mentors: mentors.length,
        approvedMentors: mentors.filter((m) => m.vetting?.approval === "approved").length,
        trainedMentors: mentors.filter((m) => m.vetting?.trainedAt !== undefined).length,
        withdrawn: people.filter((p) => p.status === "withdrawn").length,
        answered: responses.filter((r) => activeIds.has(r.participantId)).length,
      },
    };
  }
}

function active(people: readonly Participant[]): Participant[] {
  return people.filter((p) => p.status !== "withdrawn");
}

function valid(input: Partial<Record<keyof WaveSettings, unknown>>): WaveSettings {
  const validation = validateWaveSettings(input);
  if (!validation.ok)
    throw new TandemError("VALIDATION", "Some wave settings need a correction.", validation.errors);
  return validation.value;
}

/** A readable, unique id: the name's slug and the creation time (and the attempt, after a collision). */
function waveId(name: string, now: Date, attempt: number): string {
  const slug = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);
  return `${slug || "wave"}-${now.getTime().toString(36)}${attempt > 1 ? `-${attempt}` : ""}`;
}
