import type { Participant } from "../../core/participant";
import { DEFAULT_THEMES } from "../../core/theme";
import type { Wave } from "../../core/wave";

export const TENANT = "11111111-1111-1111-1111-111111111111";

/** A wave in its questionnaire phase with the default catalogue. */
export function aWave(overrides: Partial<Wave> = {}): Wave {
  return {
    id: "wave-1",
    tenantId: TENANT,
    name: "Digital Tandem — Spring",
    state: "questionnaire",
    startDate: "2027-01-01",
    endDate: "2027-06-30",
    cadence: "monthly",
    sessionMinutes: 90,
    themes: DEFAULT_THEMES,
    questionnaireDeadline: "2027-01-31T23:59:59.000Z",
    ...overrides,
  };
}

let counter = 0;

/** A participant of `aWave()`; each call gets a new id and object id unless given. */
export function aParticipant(overrides: Partial<Participant> = {}): Participant {
  counter++;
  return {
    id: `p-${counter}`,
    waveId: "wave-1",
    tenantId: TENANT,
    aadObjectId: `aad-${counter}`,
    email: `person${counter}@contoso.example`,
    displayName: `Person ${counter}`,
    role: "mentee",
    department: "Finance",
    site: "Paris",
    languages: ["fr", "en"],
    ...overrides,
  };
}

/** The identity a participant signs in with (tests always give their participants an object id). */
export function identityOf(participant: Participant): { tenantId: string; aadObjectId: string } {
  if (participant.aadObjectId === undefined) throw new Error(`${participant.id} has no object id`);
  return { tenantId: participant.tenantId, aadObjectId: participant.aadObjectId };
}
