/** The HR actions the audit log records (issue 6: imports, approvals, publishing, exports, erasures…). */
export type AuditAction =
  | "participants.imported"
  | "participant.updated"
  | "mentor.approved"
  | "mentor.declined"
  | "wave.created"
  | "wave.transitioned"
  | "wave.settings-changed"
  | "matching.published"
  | "export.downloaded"
  | "participant.data-exported"
  | "participant.erased";

/**
 * One line of the audit log HR can read: who did what, when, to which wave. Stored in the wave's
 * partition. Details hold counts and ids, never personal data of participants (an erasure must not leave
 * the erased person's name behind in the log); the actor is the HR member, named as their token says.
 */
export interface AuditEntry {
  /** Time-ordered and unique: `audit:<ISO time>:<random or deterministic suffix>`. */
  readonly id: string;
  readonly waveId: string;
  readonly tenantId: string;
  readonly at: string;
  readonly actor: { readonly aadObjectId: string; readonly name?: string };
  readonly action: AuditAction;
  /** What the action applied to, as an id (a participant id, an export name), never a name or email. */
  readonly target?: string;
  readonly details?: Readonly<Record<string, string | number | boolean>>;
}
