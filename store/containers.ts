/**
 * The Cosmos containers Tandem uses, with their partition keys: the single source the store creates
 * from and the infrastructure templates are checked against.
 * - waves: everything that belongs to one wave shares its partition (wave, participants, answers…),
 *   so a wave's dashboard is single-partition work.
 * - users: one document per person (tenant + Entra object id), for point reads by identity.
 */
export const CONTAINERS = {
  waves: { id: "waves", partitionKey: "/waveId" },
  users: { id: "users", partitionKey: "/id" },
  /** One document per proactive message key (id = key): the delivery log, point reads and writes only. */
  deliveries: { id: "deliveries", partitionKey: "/id" },
} as const;

/** Document types stored in the waves container. */
export type WaveDocumentType =
  | "wave"
  | "participant"
  | "response"
  | "proposal"
  | "pair"
  | "shortlist"
  | "session"
  | "checkin"
  | "notes"
  | "assessment"
  | "audit"
  /** The wave's dashboard figures as last computed (one document per wave, no personal data). */
  | "dashboard";

/** Every document of the waves container: an envelope around one domain object. */
export interface WaveDocument<T> {
  readonly id: string;
  readonly waveId: string;
  readonly type: WaveDocumentType;
  readonly data: T;
}

export interface UserDocument<T> {
  readonly id: string;
  readonly type: "user";
  readonly data: T;
}
