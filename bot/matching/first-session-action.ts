import type { DeliveryOutcome, OutgoingMessage } from "../../core/delivery";
import { hasErrorCode } from "../../core/errors";
import { chooseLanguage } from "../../core/language";
import type { FirstSessionService, PairContext } from "../../core/matching/first-session-service";
import type { Clock, Repositories } from "../../core/ports";
import type { QuestionnaireResponse } from "../../core/questionnaire";
import type { CardActionHandler } from "../card-actions";
import { firstSessionProposedCard, type ToldMember } from "../cards/first-session-proposed-card";
import { noticeCard } from "../cards/notice-card";
import type { ProactiveSender } from "../proactive/proactive-sender";
import { textsFor } from "../texts/catalogue";
import {
  conversationOf,
  dayOf,
  firstSessionNotice,
  introductionFor,
  memberLanguage,
} from "./pair-introduction-presenter";

/** What the first-session verb needs: the core service, the store for the others' conversations, the sender. */
export interface FirstSessionActionDeps {
  readonly firstSessions: FirstSessionService;
  readonly repos: Repositories;
  readonly sender: ProactiveSender;
  readonly clock: Clock;
}

/**
 * The "Propose this date" button: saves the caller's proposal (the caller is the authenticated clicker,
 * never the card), tells the other member(s) through the proactive sender and answers with the confirmation;
 * a refused date comes back on the introduction card with the reason, a card about someone else's pair
 * with a notice. Nothing is saved or sent in either case.
 */
export function proposeFirstSessionAction(deps: FirstSessionActionDeps): CardActionHandler {
  return async (identity, data, locale, zone) => {
    let outcome;
    try {
      outcome = await deps.firstSessions.propose(identity, data, zone);
    } catch (error) {
      if (!hasErrorCode(error, "FORBIDDEN")) throw error;
      const texts = textsFor(chooseLanguage({ locale })).firstSession;
      return noticeCard({ title: texts.notYoursTitle, text: texts.notYours, tone: "attention" });
    }
    const { context } = outcome;
    const { wave, pair, member } = context;
    const language = memberLanguage(member, wave, locale);
    const today = dayOf(deps.clock.now());
    if (outcome.status === "refused") {
      return introductionFor({
        wave,
        pair,
        reader: member,
        members: context.members,
        responses: await responsesOf(deps.repos, context),
        form: {
          today,
          values: { date: outcome.submission.date, time: outcome.submission.time },
          problems: outcome.problems,
        },
        language,
      });
    }
    const start = pair.firstSessionProposal?.start ?? "";
    return firstSessionProposedCard({
      pairId: pair.id,
      status: outcome.status,
      start,
      others: await notifyOthers(deps, context),
      wave,
      form: { today },
      language,
    });
  };
}

/** Sends each other member the notice (one key per pair, proposal and recipient) and says how it went. */
async function notifyOthers(deps: FirstSessionActionDeps, context: PairContext): Promise<ToldMember[]> {
  const { wave, pair, member } = context;
  const others = context.members.filter((m) => m.id !== member.id);
  const today = dayOf(deps.clock.now());
  const messages = new Map<string, OutgoingMessage>();
  for (const other of others) {
    const reference = await conversationOf(deps.repos, other);
    if (reference === undefined) continue;
    const notice = firstSessionNotice({ wave, pair, proposer: member, recipient: other, reference, today });
    if (notice !== undefined) messages.set(other.id, notice);
  }
  const outcomes = messages.size > 0 ? await deps.sender.sendAll([...messages.values()]) : new Map();
  return others.map((other) => {
    const key = messages.get(other.id)?.key;
    const outcome: DeliveryOutcome | undefined = key === undefined ? undefined : outcomes.get(key);
    return { displayName: other.displayName, email: other.email, delivery: deliveryOf(outcome) };
  });
}

function deliveryOf(outcome: DeliveryOutcome | undefined): ToldMember["delivery"] {
  if (outcome === undefined) return "unreachable";
  switch (outcome.status) {
    case "sent":
    case "already-sent":
      return "told";
    case "unreachable":
      return "unreachable";
    case "failed":
    case "in-progress":
      return "trying";
  }
}

async function responsesOf(repos: Repositories, context: PairContext): Promise<QuestionnaireResponse[]> {
  const found: QuestionnaireResponse[] = [];
  for (const m of context.members) {
    const stored = await repos.responses.get(context.wave.id, m.id);
    if (stored !== undefined) found.push(stored.value);
  }
  return found;
}
