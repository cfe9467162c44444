import { enrolParticipant, indexEnrolment } from "./enrolment";
import { TandemError, type FieldError } from "./errors";
import { isLanguage, type Language } from "./language";
import type { Participant, Role } from "./participant";
import { normaliseEmail, normaliseObjectId } from "./participant-identity";
import type { Clock, Repositories } from "./ports";
import { MOTIVATION_MAX_LENGTH } from "./questionnaire";
import { isTimeZone } from "./sessions/session-time";
import type { Wave } from "./wave";

/** One person as HR types them in the tab (untrusted). */
export interface ParticipantFields {
  readonly email: unknown;
  readonly aadObjectId?: unknown;
  readonly displayName: unknown;
  readonly role: unknown;
  readonly department: unknown;
  readonly managerEmail?: unknown;
  readonly site: unknown;
  readonly languages: unknown;
  readonly motivation?: unknown;
  /** IANA zone ("Europe/Paris"); "" clears it (reminders then use the wave's zone). */
  readonly timeZone?: unknown;
}

export interface VettingChange {
  readonly approval?: unknown;
  readonly trained?: unknown;
  readonly trainer?: unknown;
}

/** HR's changes to one person: add, edit, withdraw, and the mentor selection (approval, training, trainer). */
export class ParticipantAdminService {
  constructor(
    private readonly repos: Repositories,
    private readonly clock: Clock,
  ) {}

  async add(wave: Wave, fields: ParticipantFields, makeId: (email: string) => string): Promise<Participant> {
    const checked = checkFields(fields);
    const existing = await this.repos.participants.listByWave(wave.id);
    if (existing.some((p) => p.email === checked.email)) {
      throw new TandemError("CONFLICT", `${checked.email} is already in this wave: edit them instead.`);
    }
    const participant: Participant = {
      id: makeId(checked.email),
      waveId: wave.id,
      tenantId: wave.tenantId,
      status: "active",
      ...checked,
      ...(checked.role === "mentor" ? { vetting: { approval: "pending" as const } } : {}),
    };
    await enrolParticipant(this.repos, participant, this.clock.now());
    return participant;
  }

  /** Applies HR's fields to the participant as stored (a concurrent change to other fields is kept). */
  async edit(wave: Wave, participantId: string, fields: Partial<ParticipantFields>): Promise<Participant> {
    const updated = await this.change(wave, participantId, (current) => {
      const checked = checkFields({ ...current, ...fields });
      const edited: Participant = {
        ...current,
        ...checked,
        ...(checked.role === "mentor" ? { vetting: current.vetting ?? { approval: "pending" } } : {}),
      };
      if (checked.role === "mentee") delete (edited as { vetting?: unknown }).vetting;
      if (checked.timeZone === undefined) delete (edited as { timeZone?: unknown }).timeZone;
      return edited;
    });
    await indexEnrolment(this.repos, updated, this.clock.now());
    return updated;
  }

  /** Withdrawn people keep their record (nothing is lost) but take no further part. */
  async withdraw(wave: Wave, participantId: string): Promise<Participant> {
    return this.change(wave, participantId, (current) => ({ ...current, status: "withdrawn" }));
  }

  async vet(wave: Wave, participantId: string, change: VettingChange): Promise<Participant> {
    return this.change(wave, participantId, (current) => this.vetted(current, change));
  }

  private vetted(current: Participant, change: VettingChange): Participant {
    if (current.role !== "mentor")
      throw new TandemError("VALIDATION", "Only mentors are approved and trained.");
    const vetting = { ...(current.vetting ?? { approval: "pending" as const }) };
    if (change.approval !== undefined) {
      if (change.approval !== "pending" && change.approval !== "approved" && change.approval !== "declined") {
        throw new TandemError("VALIDATION", "Approval is pending, approved or declined.", [
          { field: "approval", message: "Choose approved or declined." },
        ]);
      }
      vetting.approval = change.approval;
    }
    if (change.trained !== undefined) {
      if (typeof change.trained !== "boolean")
        throw new TandemError("VALIDATION", "Training is done or not (true/false).");
      if (change.trained) vetting.trainedAt = this.clock.now().toISOString();
      else delete (vetting as { trainedAt?: string }).trainedAt;
    }
    if (change.trainer !== undefined) {
      if (typeof change.trainer !== "boolean")
        throw new TandemError("VALIDATION", "Trainer is true or false.");
      vetting.trainer = change.trainer;
    }
    return { ...current, vetting };
  }

  /** Read-modify-write of one participant under its stored version (see ParticipantRepository.update). */
  private async change(
    wave: Wave,
    participantId: string,
    edit: (current: Participant) => Participant,
  ): Promise<Participant> {
    const updated = await this.repos.participants.update(wave.id, participantId, edit);
    if (updated === undefined)
      throw new TandemError("NOT_FOUND", "There is no such participant in this wave.");
    return updated;
  }
}

type CheckedFields = Pick<
  Participant,
  "email" | "displayName" | "role" | "department" | "site" | "languages"
> &
  Partial<Pick<Participant, "aadObjectId" | "managerEmail" | "motivation" | "timeZone">>;

/** Validates one person's fields, one message per field. */
export function checkFields(fields: ParticipantFields): CheckedFields {
  const errors: FieldError[] = [];
  const text = (value: unknown, field: string, label: string, max = 200, required = true): string => {
    const t = typeof value === "string" ? value.trim() : "";
    if ((required && t === "") || t.length > max)
      errors.push({ field, message: `Give ${label} (up to ${max} characters).` });
    return t;
  };
  const email = text(fields.email, "email", "an e-mail address").toLowerCase();
  if (email !== "" && normaliseEmail(email) === undefined)
    errors.push({ field: "email", message: `"${email}" is not an e-mail address.` });
  const displayName = text(fields.displayName, "displayName", "a display name");
  const role = fields.role === "mentor" || fields.role === "mentee" ? (fields.role as Role) : undefined;
  if (role === undefined) errors.push({ field: "role", message: "The role is mentor or mentee." });
  const department = text(fields.department, "department", "a department", 120, false);
  const site = text(fields.site, "site", "a site", 120, false);
  const managerEmail = text(
    fields.managerEmail,
    "managerEmail",
    "the manager's e-mail",
    200,
    false,
  ).toLowerCase();
  if (managerEmail !== "" && normaliseEmail(managerEmail) === undefined)
    errors.push({ field: "managerEmail", message: `"${managerEmail}" is not an e-mail address.` });
  if (managerEmail !== "" && managerEmail === email)
    errors.push({ field: "managerEmail", message: "Someone cannot be their own manager." });
  const aadObjectId = text(fields.aadObjectId, "aadObjectId", "the Entra object id", 40, false).toLowerCase();
  if (aadObjectId !== "" && normaliseObjectId(aadObjectId) === undefined)
    errors.push({ field: "aadObjectId", message: "The Entra object id is a GUID." });
  const motivation = text(fields.motivation, "motivation", "a motivation", MOTIVATION_MAX_LENGTH, false);
  const timeZone = text(fields.timeZone, "timeZone", "a time zone", 64, false);
  if (timeZone !== "" && !isTimeZone(timeZone))
    errors.push({ field: "timeZone", message: `"${timeZone}" is not an IANA time zone, e.g. Europe/Paris.` });
  const languages = Array.isArray(fields.languages) ? fields.languages : [];
  if (languages.length === 0 || !languages.every(isLanguage))
    errors.push({ field: "languages", message: "Choose languages among fr, en and nl." });
  if (errors.length > 0 || role === undefined)
    throw new TandemError("VALIDATION", "Some fields need a correction.", errors);
  return {
    email,
    displayName,
    role,
    department,
    site,
    languages: [...new Set(languages as Language[])],
    ...(aadObjectId ? { aadObjectId } : {}),
    ...(managerEmail ? { managerEmail } : {}),
    ...(motivation ? { motivation } : {}),
    ...(timeZone ? { timeZone } : {}),
  };
}
