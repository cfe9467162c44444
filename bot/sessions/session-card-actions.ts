/**
 * The session verbs of the cards in chat: a member's check-in (submit, and the refresh that shows each
 * member their own state) and ticking an action item. The caller is always the authenticated clicker,
 * resolved from the store; the card's data only names the session, and is checked against the caller's pair.
 */
import { TandemError } from "../../core/errors";
import { pairMembers, type PublishedPair } from "../../core/matching/published-pair";
import type { Identity, Participant } from "../../core/participant";
import type { Clock, Repositories } from "../../core/ports";
import { hasCheckedIn } from "../../core/sessions/check-in-rules";
import type { NotesService } from "../../core/sessions/notes-service";
import type { SessionService } from "../../core/sessions/session-service";
import type { CheckIn, MentoringSession } from "../../core/sessions/session";
import { participantTimeZone } from "../../core/sessions/session-time";
import type { Wave } from "../../core/wave";
import type { CardActionHandler } from "../card-actions";
import { CARD_VERBS, plainText } from "../cards/adaptive-card";
import { noticeCard } from "../cards/notice-card";
import { sessionCheckInCard } from "../cards/session-check-in-card";
import { conversationOf, memberLanguage } from "../matching/pair-introduction-presenter";
import { sessionTextsFor } from "../texts/session-texts";

export interface SessionActionDeps {
  readonly repos: Repositories;
  readonly sessions: SessionService;
  readonly notes: NotesService;
  readonly clock: Clock;
}

/** The session verbs, for the bot's verb table. */
export function sessionCardActions(deps: SessionActionDeps): ReadonlyMap<string, CardActionHandler> {
  return new Map<string, CardActionHandler>([
    [CARD_VERBS.submitCheckIn, submitCheckIn(deps)],
    [CARD_VERBS.refreshCheckIn, refreshCheckIn(deps)],
    [CARD_VERBS.actionItemDone, actionItemDone(deps)],
  ]);
}

function submitCheckIn(deps: SessionActionDeps): CardActionHandler {
  return async (identity, data, locale) => {
    const values = fieldsOf(data);
    const place = await placeOf(deps, identity, values);
    const outcome = await deps.sessions.checkIn(place.caller, place.session.id, {
      outcome: values["outcome"],
      rating: values["rating"],
      comment: values["comment"],
    });
    if (outcome.status === "refused") return checkInCard(deps, place, locale, undefined, values);
    return checkInCard(deps, { ...place, session: outcome.session }, locale, outcome.checkIn);
  };
}

function refreshCheckIn(deps: SessionActionDeps): CardActionHandler {
  return async (identity, data, locale) => {
    const place = await placeOf(deps, identity, fieldsOf(data));
    const mine = (await deps.repos.checkIns.listBySession(place.wave.id, place.session.id)).find(
      (c) => c.participantId === place.caller.id,
    );
    return checkInCard(deps, place, locale, hasCheckedIn(place.session, mine) ? mine : undefined);
  };
}

function actionItemDone(deps: SessionActionDeps): CardActionHandler {
  return async (identity, data, locale) => {
    const values = fieldsOf(data);
    const view = await deps.notes.setItemDone(
      identity,
      values["waveId"] ?? "",
      values["sessionId"] ?? "",
      values["itemId"] ?? "",
      true,
    );
    const wave = await deps.repos.waves.get(view.waveId);
    const caller = wave === undefined ? undefined : await callerIn(deps.repos, identity, wave.id);
    const language = wave !== undefined && caller !== undefined ? memberLanguage(caller, wave, locale) : "en";
    const texts = sessionTextsFor(language);
    const item = view.actionItems.find((i) => i.id === values["itemId"]);
    return noticeCard({
      title: texts.itemDoneTitle,
      text: texts.itemDone(plainText(item?.text ?? "")),
      tone: "good",
    });
  };
}

interface Place {
  readonly wave: Wave;
  readonly pair: PublishedPair;
  readonly session: MentoringSession;
  readonly caller: Participant;
}

/** The caller's own session named by the card, or FORBIDDEN whatever the reason (no probing other pairs). */
async function placeOf(
  deps: SessionActionDeps,
  identity: Identity,
  values: Readonly<Record<string, string>>,
): Promise<Place> {
  const forbidden = new TandemError("FORBIDDEN", "This card is about a session that is not yours.");
  const wave = await deps.repos.waves.get(values["waveId"] ?? "");
  if (wave === undefined || wave.tenantId !== identity.tenantId) throw forbidden;
  const caller = await callerIn(deps.repos, identity, wave.id);
  const session = caller && (await deps.repos.sessions.get(wave.id, values["sessionId"] ?? ""))?.value;
  const pair = session && (await deps.repos.pairs.get(wave.id, session.pairId))?.value;
  if (caller === undefined || session === undefined || pair === undefined) throw forbidden;
  if (!pairMembers(pair).includes(caller.id)) throw forbidden;
  return { wave, pair, session, caller };
}

async function callerIn(repos: Repositories, identity: Identity, waveId: string) {
  const user = await repos.users.get(identity);
  for (const enrolment of user?.enrolments ?? []) {
    if (enrolment.waveId !== waveId) continue;
    const p = await repos.participants.get(waveId, enrolment.participantId);
    if (
      p !== undefined &&
      p.aadObjectId === identity.aadObjectId &&
      p.tenantId === identity.tenantId &&
      p.status !== "withdrawn"
    )
      return p;
  }
  return undefined;
}

/** The caller's card: their own answer's summary, or the form (again, with what they sent, after a refusal). */
async function checkInCard(
  deps: SessionActionDeps,
  place: Place,
  locale: string | undefined,
  answer: CheckIn | undefined,
  retry?: Readonly<Record<string, string>>,
) {
  const userIds: string[] = [];
  for (const id of pairMembers(place.pair)) {
    const member =
      id === place.caller.id ? place.caller : await deps.repos.participants.get(place.wave.id, id);
    const user = member === undefined ? undefined : (await conversationOf(deps.repos, member))?.["user"];
    const userId = (user as { id?: unknown } | undefined)?.id;
    if (typeof userId === "string") userIds.push(userId);
  }
  return sessionCheckInCard({
    waveId: place.wave.id,
    sessionId: place.session.id,
    start: place.session.start,
    timeZone: participantTimeZone(place.caller, place.wave),
    userIds,
    ...(answer !== undefined ? { answer } : {}),
    ...(retry !== undefined ? { retry: { values: retry } } : {}),
    language: memberLanguage(place.caller, place.wave, locale),
  });
}

/** The card's data and inputs as strings (untrusted: anything else is dropped). */
function fieldsOf(data: unknown): Record<string, string> {
  if (typeof data !== "object" || data === null) return {};
  return Object.fromEntries(
    Object.entries(data as Record<string, unknown>).filter(
      (e): e is [string, string] => typeof e[1] === "string",
    ),
  );
}
