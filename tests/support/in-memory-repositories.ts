import { TandemError } from "../../core/errors";
import type { Identity, Participant } from "../../core/participant";
import type { Enrolment, Repositories, UserRecord, Versioned } from "../../core/ports";
import type { QuestionnaireResponse } from "../../core/questionnaire";
import type { Wave } from "../../core/wave";

/** In-memory repositories for fast core unit tests (the Cosmos adapters have their own tests against the emulator). */
export function inMemoryRepositories(): Repositories & { writes: number } {
  const waves = new Map<string, Versioned<Wave>>();
  const participants = new Map<string, Participant>();
  const responses = new Map<string, Versioned<QuestionnaireResponse>>();
  const users = new Map<string, UserRecord>();
  let version = 0;
  const key = (i: Identity): string => `${i.tenantId}:${i.aadObjectId}`;
  const repos = {
    writes: 0,
    waves: {
      get: async (id: string) => waves.get(id)?.value,
      getVersioned: async (id: string) => waves.get(id),
      list: async () => [...waves.values()].map((v) => v.value),
      save: async (wave: Wave) => void waves.set(wave.id, { value: wave, etag: `v${++version}` }),
      replace: async (wave: Wave, etag: string) => {
        if (waves.get(wave.id)?.etag !== etag) throw new TandemError("PRECONDITION_FAILED", "stale");
        waves.set(wave.id, { value: wave, etag: `v${++version}` });
      },
    },
    participants: {
      get: async (waveId: string, id: string) => {
        const p = participants.get(id);
        return p?.waveId === waveId ? p : undefined;
      },
      listByWave: async (waveId: string) => [...participants.values()].filter((p) => p.waveId === waveId),
      save: async (p: Participant) => void participants.set(p.id, p),
    },
    responses: {
      get: async (_waveId: string, participantId: string) => responses.get(participantId),
      listByWave: async (waveId: string) =>
        [...responses.values()].map((v) => v.value).filter((r) => r.waveId === waveId),
      create: async (response: QuestionnaireResponse) => {
        if (responses.has(response.participantId)) throw new TandemError("CONFLICT", "exists");
        const stored = { value: response, etag: `v${++version}` };
        responses.set(response.participantId, stored);
        repos.writes++;
        return stored;
      },
      replace: async (response: QuestionnaireResponse, etag: string) => {
        if (responses.get(response.participantId)?.etag !== etag)
          throw new TandemError("PRECONDITION_FAILED", "stale");
        const stored = { value: response, etag: `v${++version}` };
        responses.set(response.participantId, stored);
        repos.writes++;
        return stored;
      },
    },
    users: {
      get: async (identity: Identity) => users.get(key(identity)),
      addEnrolment: async (identity: Identity, enrolment: Enrolment, now: Date) => {
        const current = users.get(key(identity));
        users.set(key(identity), {
          tenantId: identity.tenantId,
          aadObjectId: identity.aadObjectId,
          enrolments: [...(current?.enrolments ?? []), enrolment],
          updatedAt: now.toISOString(),
        });
      },
      saveConversationReference: async (
        identity: Identity,
        reference: Readonly<Record<string, unknown>>,
        now: Date,
      ) => {
        const current = users.get(key(identity));
        users.set(key(identity), {
          tenantId: identity.tenantId,
          aadObjectId: identity.aadObjectId,
          enrolments: current?.enrolments ?? [],
          conversationReference: reference,
          updatedAt: now.toISOString(),
        });
      },
    },
  };
  return repos;
}
