import type { Language } from "./language";

export type Role = "mentor" | "mentee";

/** A person enrolled in one wave, as mentor or mentee. */
export interface Participant {
  readonly id: string;
  readonly waveId: string;
  readonly tenantId: string;
  /**
   * Entra object id: how a Teams user or a token is matched to a participant (never the email).
   * Absent for someone imported without one: they cannot be reached or sign in until it is known.
   */
  readonly aadObjectId?: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly department: string;
  readonly managerEmail?: string;
  readonly site: string;
  readonly languages: readonly Language[];
  /** IANA time zone (e.g. "Europe/Paris"), from Teams or HR: reminders fire at the person's local hours. */
  readonly timeZone?: string;
  readonly motivation?: string;
  /** Withdrawn people stay on record (nothing is lost) but take no further part in the wave. */
  readonly status?: "active" | "withdrawn";
  /** Set when the person erased their data: an anonymised tombstone (no name, email or Entra id) kept for counts. */
  readonly erased?: boolean;
  /** Mentors only: HR's check of their legitimacy, and their training. Only approved, trained mentors can be matched. */
  readonly vetting?: MentorVetting;
}

export interface MentorVetting {
  readonly approval: "pending" | "approved" | "declined";
  readonly trainedAt?: string;
  /** A mentor from an earlier wave who now trains the new mentors. */
  readonly trainer?: boolean;
}

/** True for a mentor HR approved and who completed the training. */
export function isMatchableMentor(participant: Participant): boolean {
  return (
    participant.role === "mentor" &&
    participant.status !== "withdrawn" &&
    participant.vetting?.approval === "approved" &&
    participant.vetting.trainedAt !== undefined
  );
}

/** Who is calling, as proven by a verified token or an authenticated bot activity. */
export interface Identity {
  readonly tenantId: string;
  readonly aadObjectId: string;
  readonly name?: string;
  /** Entra group ids from the token's `groups` claim, when the app registration emits it. */
  readonly groups?: readonly string[];
}

/** The language Tandem speaks to a participant in: their first declared language, English otherwise. */
export function preferredLanguage(participant: Participant): Language {
  return participant.languages[0] ?? "en";
}
