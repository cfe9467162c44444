/**
 * How a participant is identified: by email within a wave (for HR), by Entra object id (for sign-in),
 * and by a stable id derived from both the wave and the email (for the store).
 */

const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_PART_LENGTH = 64;
const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TOP_LEVEL_DOMAIN = /^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The canonical form of an email address (trimmed, lower-cased, without a `mailto:` prefix),
 * or undefined when it is not a plausible address (an ASCII `local@domain.tld`, as mail systems deliver).
 */
export function normaliseEmail(value: string): string | undefined {
  const email = value
    .trim()
    .replace(/^mailto:/i, "")
    .toLowerCase();
  if (email.length > MAX_EMAIL_LENGTH) return undefined;
  const at = email.lastIndexOf("@");
  if (at <= 0) return undefined;
  const local = email.slice(0, at);
  const labels = email.slice(at + 1).split(".");
  const tld = labels[labels.length - 1] ?? "";
  const plausible =
    local.length <= MAX_LOCAL_PART_LENGTH &&
    LOCAL_PART.test(local) &&
    labels.length >= 2 &&
    labels.every((label) => DOMAIN_LABEL.test(label)) &&
    TOP_LEVEL_DOMAIN.test(tld);
  return plausible ? email : undefined;
}

/** The canonical form of an Entra object id (a GUID, lower-cased, braces dropped), or undefined when it is not one. */
export function normaliseObjectId(value: string): string | undefined {
  const id = value
    .trim()
    .replace(/^\{(.*)\}$/, "$1")
    .toLowerCase();
  return GUID.test(id) ? id : undefined;
}

/**
 * The id of the participant with this email in this wave: stable across re-imports (so retries and
 * re-imports are idempotent), different in every wave, and free of the email itself (ids end up in
 * URLs and logs). 64 bits of FNV-1a: collisions are negligible at a wave's scale; not a secret.
 */
export function participantIdFor(waveId: string, email: string): string {
  return `p-${fnv1a64(`${waveId}\n${email.toLowerCase()}`)}`;
}

const FNV_OFFSET_BASIS = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const UINT64 = 0xffffffffffffffffn;

function fnv1a64(text: string): string {
  let hash = FNV_OFFSET_BASIS;
  for (const byte of new TextEncoder().encode(text)) {
    hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & UINT64;
  }
  return hash.toString(16).padStart(16, "0");
}
