/**
 * The running wave the role matrix and the mass-assignment suite share: two pairs with a session each,
 * shared notes, a private check-in comment and a final-assessment comment planted with marker strings, an HR lead and a stranger.
 */
import type { Participant } from "../../core/participant";
import { checkInId } from "../../core/sessions/session";
import { apiCall } from "../support/api-client";
import { seedPairWithSession, type PairWithSession } from "../support/notes-factories";
import { HR_LEAD_OID, type SecurityTandem } from "./security-tandem";

export const WAVE = "wave-security";
export const NOTE_MARKER = "NOTE-MARKER-7f3a the CEO worries about the merger";
export const COMMENT_MARKER = "COMMENT-MARKER-9c1e my mentor seemed bored";
export const ASSESSMENT_MARKER = "ASSESSMENT-MARKER-2b8d the programme felt like a PR exercise";

export type Caller = "mentee" | "mentor" | "otherPair" | "hr" | "stranger";
export const CALLERS: readonly Caller[] = ["mentee", "mentor", "otherPair", "hr", "stranger"];

export interface RoleSeed {
  readonly pair: PairWithSession;
  readonly otherPair: PairWithSession;
  readonly mentee: Participant;
  readonly tokens: Readonly<Record<Caller, string>>;
  /** Path parameters pointing at the first pair's data. */
  readonly params: Readonly<Record<string, string>>;
}

function oidOf(p: Participant | undefined): string {
  if (p?.aadObjectId === undefined) throw new Error("a seeded participant has an object id");
  return p.aadObjectId;
}

/** Seeds the wave and signs a token for each caller; the notes are written through the API by the mentee. */
export async function seedRoles(sec: SecurityTandem): Promise<RoleSeed> {
  const repos = sec.tandem.repos;
  const pair = await seedPairWithSession(repos, { waveId: WAVE });
  const otherPair = await seedPairWithSession(repos, { waveId: WAVE });
  // HR's participant routes act on a third pair's mentee, so a matrix cell (withdraw…) cannot undo the seed.
  const spare = (await seedPairWithSession(repos, { waveId: WAVE })).mentees[0];
  if (spare === undefined) throw new Error("the spare pair has a mentee");
  const mentee = pair.mentees[0];
  if (mentee === undefined) throw new Error("the pair has a mentee");
  const tokens: Record<Caller, string> = {
    mentee: await sec.sign({ oid: oidOf(mentee) }),
    mentor: await sec.sign({ oid: oidOf(pair.mentor) }),
    otherPair: await sec.sign({ oid: oidOf(otherPair.mentees[0]) }),
    hr: await sec.sign({ oid: HR_LEAD_OID }),
    stranger: await sec.sign({ oid: "stranger-oid-not-enrolled" }),
  };
  const notesPath = `/api/me/waves/${WAVE}/sessions/${encodeURIComponent(pair.session.id)}/notes`;
  const written = await apiCall(sec.tandem.url, "PUT", notesPath, tokens.mentee, {
    revision: 0,
    text: NOTE_MARKER,
    actionItems: [{ id: "a1", text: `${NOTE_MARKER} (action)`, owner: pair.mentor.id }],
  });
  if (written.status !== 200) throw new Error(`planting the notes answered ${written.status} ${written.raw}`);
  await repos.checkIns.save({
    id: checkInId(pair.session.id, mentee.id),
    waveId: WAVE,
    pairId: pair.pair.id,
    sessionId: pair.session.id,
    participantId: mentee.id,
    outcome: "held",
    rating: 4,
    comment: COMMENT_MARKER,
    at: "2027-03-01T12:00:00.000Z",
  });
  await repos.assessments.save({
    waveId: WAVE,
    participantId: mentee.id,
    role: "mentee",
    themes: [],
    satisfaction: 2,
    wouldRecommend: false,
    comment: ASSESSMENT_MARKER,
    submittedAt: "2027-06-01T12:00:00.000Z",
    updatedAt: "2027-06-01T12:00:00.000Z",
  });
  return {
    pair,
    otherPair,
    mentee,
    tokens,
    params: {
      waveId: WAVE,
      pairId: pair.pair.id,
      sessionId: pair.session.id,
      participantId: spare.id,
      itemId: "a1",
    },
  };
}
