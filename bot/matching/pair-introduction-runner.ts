import type { OutgoingMessage } from "../../core/delivery";
import { pairMembers } from "../../core/matching/published-pair";
import type { Participant } from "../../core/participant";
import type { Clock, Repositories } from "../../core/ports";
import { plainText } from "../cards/adaptive-card";
import { notMatchedCard } from "../cards/not-matched-card";
import type { ProactiveSender } from "../proactive/proactive-sender";
import { textsFor } from "../texts/catalogue";
import {
  cardMessage,
  conversationOf,
  dayOf,
  firstSessionNotice,
  introductionFor,
  memberLanguage,
} from "./pair-introduction-presenter";

/** How long after publication the scheduler keeps looking for late installs to introduce. */
const INTRODUCTION_WINDOW_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The key of one member's introduction: sent once per pair and member, however often the runner runs. */
export function introductionKey(waveId: string, pairId: string, participantId: string): string {
  return `intro:${waveId}:${pairId}:${participantId}`;
}

/** The key of the message to someone the published pairs left out. */
export function notMatchedKey(waveId: string, participantId: string): string {
  return `not-matched:${waveId}:${participantId}`;
}

/**
 * Tells everyone the published pairs concern: each member of each pair (or group) gets an introduction
 * to the others, each unmatched mentee and idle mentor a word on why and what next. Everything goes
 * through the one proactive sender, whose delivery log makes each key go out once (so does a first-session
 * notice the proposer's click could not deliver). People without an object id or a stored conversation
 * are skipped (HR sees them as unreachable); a later run, after they install the app, reaches them.
 */
export class PairIntroductionRunner {
  constructor(private readonly deps: { repos: Repositories; sender: ProactiveSender; clock: Clock }) {}

  /** Sends what is due for one published wave; returns how many messages were handed to the sender. */
  async runWave(waveId: string): Promise<number> {
    const { repos, clock } = this.deps;
    const wave = await repos.waves.get(waveId);
    if (wave?.state !== "running") return 0;
    const proposal = (await repos.proposals.get(waveId))?.value;
    if (proposal?.publishedAt === undefined) return 0;
    const [pairs, participants, responses] = await Promise.all([
      repos.pairs.listByWave(waveId),
      repos.participants.listByWave(waveId),
      repos.responses.listByWave(waveId),
    ]);
    const byId = new Map(participants.map((p) => [p.id, p]));
    const form = { today: dayOf(clock.now()) };
    const messages: OutgoingMessage[] = [];
    const paired = new Set<string>();
    const references = new Map<string, ReturnType<typeof conversationOf>>();
    const reach = (participant: Participant) => {
      const found = references.get(participant.id) ?? conversationOf(repos, participant);
      references.set(participant.id, found);
      return found;
    };

    for (const pair of pairs) {
      const members = pairMembers(pair)
        .map((id) => byId.get(id))
        .filter((m): m is Participant => m !== undefined);
      for (const member of members) {
        paired.add(member.id);
        const reference = await reach(member);
        if (reference === undefined) continue;
        const language = memberLanguage(member, wave, reference["locale"]);
        const card = introductionFor({ wave, pair, reader: member, members, responses, form, language });
        const text = textsFor(language).introduction.preview(plainText(wave.name));
        messages.push(cardMessage(introductionKey(wave.id, pair.id, member.id), reference, text, card));
      }
    }

    const leftOut = [
      ...proposal.unmatchedMentees.map((u) => ({
        id: u.menteeId,
        card: { role: "mentee" as const, reasons: u.reasons },
      })),
      ...proposal.idleMentors.map((i) => ({
        id: i.mentorId,
        card: { role: "mentor" as const, reason: i.reason },
      })),
    ];
    for (const { id, card } of leftOut) {
      const participant = byId.get(id);
      if (participant === undefined || paired.has(id)) continue;
      const reference = await reach(participant);
      if (reference === undefined) continue;
      const language = memberLanguage(participant, wave, reference["locale"]);
      const text = textsFor(language).notMatched.preview(plainText(wave.name));
      const content = notMatchedCard({ ...card, waveName: wave.name, language });
      messages.push(cardMessage(notMatchedKey(wave.id, id), reference, text, content));
    }

    // A first-session notice the proposer's click could not deliver (a failure, a late install) goes out now.
    for (const pair of pairs) {
      const proposer = byId.get(pair.firstSessionProposal?.proposedBy ?? "");
      if (proposer === undefined) continue;
      for (const id of pairMembers(pair)) {
        const recipient = byId.get(id);
        if (recipient === undefined || id === proposer.id) continue;
        const reference = await reach(recipient);
        if (reference === undefined) continue;
        const notice = firstSessionNotice({ wave, pair, proposer, recipient, reference, today: form.today });
        if (notice !== undefined) messages.push(notice);
      }
    }

    if (messages.length > 0) await this.deps.sender.sendAll(messages);
    return messages.length;
  }

  /** Runs every wave published in the last INTRODUCTION_WINDOW_DAYS (called by the scheduler, for late installs). */
  async runAll(): Promise<void> {
    const now = this.deps.clock.now().getTime();
    for (const wave of await this.deps.repos.waves.list()) {
      if (wave.state !== "running") continue;
      const publishedAt = (await this.deps.repos.proposals.get(wave.id))?.value.publishedAt;
      if (publishedAt === undefined || now - Date.parse(publishedAt) > INTRODUCTION_WINDOW_DAYS * DAY_MS)
        continue;
      await this.runWave(wave.id);
    }
  }
}
