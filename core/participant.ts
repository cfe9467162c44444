import type { Language } from "./language";

export type Role = "mentor" | "mentee";

/** A person enrolled in one wave, as mentor or mentee. */
export interface Participant {
  readonly id: string;
  readonly waveId: string;
  readonly tenantId: string;
  /** Entra object id: how a Teams user or a token is matched to a participant (never the email). */
  readonly aadObjectId: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly department: string;
  readonly managerEmail?: string;
  readonly site: string;
  readonly languages: readonly Language[];
  readonly motivation?: string;
}

/** Who is calling, as proven by a verified token or an authenticated bot activity. */
export interface Identity {
  readonly tenantId: string;
  readonly aadObjectId: string;
  readonly name?: string;
}

/** The language Tandem speaks to a participant in: their first declared language, English otherwise. */
export function preferredLanguage(participant: Participant): Language {
  return participant.languages[0] ?? "en";
}
