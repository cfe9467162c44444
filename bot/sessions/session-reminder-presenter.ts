/** Turns one due reminder into the card its reader gets, in their language and zone. */
import type { PublishedPair } from "../../core/matching/published-pair";
import { pairMembers } from "../../core/matching/published-pair";
import type { Participant } from "../../core/participant";
import type { QuestionnaireResponse } from "../../core/questionnaire";
import { DEFAULT_STALL_DAYS, type DueReminder } from "../../core/sessions/reminder-kinds";
import type { MentoringSession } from "../../core/sessions/session";
import type { SessionNotes } from "../../core/sessions/session-notes";
import { participantTimeZone } from "../../core/sessions/session-time";
import { themeLabel } from "../../core/theme";
import type { Wave } from "../../core/wave";
import type { Language } from "../../core/language";
import type { AdaptiveCard } from "../cards/adaptive-card";
import { pairStallCard } from "../cards/pair-stall-card";
import { sessionCheckInCard } from "../cards/session-check-in-card";
import { sessionPrepareCard } from "../cards/session-prepare-card";
import { sessionReminderCard } from "../cards/session-reminder-card";
import { sessionTextsFor, sessionTime } from "../texts/session-texts";

/** What the presenter reads about one pair. */
export interface PairFacts {
  readonly wave: Wave;
  readonly pair: PublishedPair;
  readonly people: ReadonlyMap<string, Participant>;
  readonly sessions: readonly MentoringSession[];
  readonly responses: readonly QuestionnaireResponse[];
  /** The notes of the session before the reminded one, when any. */
  readonly previousNotes?: SessionNotes;
  /** The members' Teams user ids, for the check-in card's refresh. */
  readonly userIds: readonly string[];
}

/** The card and notification text for `reader`, or undefined when the reminder names no session it knows. */
export function reminderCard(
  reminder: DueReminder,
  reader: Participant,
  facts: PairFacts,
  language: Language,
): { card: AdaptiveCard; text: string } | undefined {
  const texts = sessionTextsFor(language);
  const zone = participantTimeZone(reader, facts.wave);
  if (reminder.kind === "stall") {
    const days = (facts.wave.stallDays ?? DEFAULT_STALL_DAYS) * (reminder.stallPeriod ?? 1);
    return { card: pairStallCard({ days, language }), text: texts.stallPreview };
  }
  const session = facts.sessions.find((s) => s.id === reminder.sessionId);
  if (session === undefined) return undefined;
  const others = pairMembers(facts.pair)
    .filter((id) => id !== reader.id)
    .map((id) => facts.people.get(id)?.displayName ?? "");
  switch (reminder.kind) {
    case "prepare":
      return {
        card: prepareCard(session, reader, facts, language),
        text: texts.preparePreview(others.join(", ")),
      };
    case "same-day":
      return {
        card: sessionReminderCard({
          start: session.start,
          timeZone: zone,
          others,
          ...(session.meetingUrl !== undefined ? { meetingUrl: session.meetingUrl } : {}),
          language,
        }),
        text: texts.sameDayPreview(sessionTime(session.start, zone, language)),
      };
    case "check-in":
      return {
        card: sessionCheckInCard({
          waveId: session.waveId,
          sessionId: session.id,
          start: session.start,
          timeZone: zone,
          userIds: facts.userIds,
          language,
        }),
        text: texts.checkInPreview,
      };
    default:
      return undefined;
  }
}

function prepareCard(
  session: MentoringSession,
  mentor: Participant,
  facts: PairFacts,
  language: Language,
): AdaptiveCard {
  const mentees = facts.pair.menteeIds.map((id) => facts.people.get(id)).filter((m) => m !== undefined);
  const goals = mentees
    .map((m) => facts.responses.find((r) => r.participantId === m.id)?.answers)
    .flatMap((a) => (a?.kind === "mentee" && a.goal.trim() !== "" ? [a.goal] : []));
  const topics = facts.pair.sharedThemeIds.flatMap((id) => {
    const theme = facts.wave.themes.find((t) => t.id === id);
    return theme === undefined ? [] : [themeLabel(theme, language)];
  });
  const notes = facts.previousNotes;
  return sessionPrepareCard({
    menteeName: mentees.map((m) => m.displayName).join(", "),
    ...(goals.length > 0 ? { goal: goals.join(" / ") } : {}),
    topics,
    openItems: (notes?.actionItems ?? [])
      .filter((i) => !i.done)
      .map((i) => ({ waveId: notes!.waveId, sessionId: notes!.sessionId, itemId: i.id, text: i.text })),
    start: session.start,
    timeZone: participantTimeZone(mentor, facts.wave),
    language,
  });
}

/** The pair's session before `session` (by start), whose notes hold the open action items. */
export function previousSession(
  session: MentoringSession,
  sessions: readonly MentoringSession[],
): MentoringSession | undefined {
  return sessions
    .filter((s) => s.pairId === session.pairId && s.id !== session.id && s.start < session.start)
    .filter((s) => s.status === "held" || s.status === "scheduled")
    .sort((a, b) => b.start.localeCompare(a.start))[0];
}
