/** Turns a published pair and its members' answers into the messages its members read. */
import { CardFactory } from "botbuilder";
import type { OutgoingMessage } from "../../core/delivery";
import { chooseLanguage, type Language } from "../../core/language";
import { firstSessionNoticeKey } from "../../core/matching/first-session";
import type { PublishedPair } from "../../core/matching/published-pair";
import { preferredLanguage, type Participant } from "../../core/participant";
import type { Repositories } from "../../core/ports";
import type { QuestionnaireResponse } from "../../core/questionnaire";
import type { Wave } from "../../core/wave";
import { plainText, type AdaptiveCard } from "../cards/adaptive-card";
import type { FirstSessionFormState } from "../cards/first-session-form";
import { firstSessionNoticeCard } from "../cards/first-session-notice-card";
import { pairIntroductionCard, type PairMemberProfile } from "../cards/pair-introduction-card";
import { textsFor } from "../texts/catalogue";

/** The language to speak to a member in: their Teams locale, else the wave's default, else their own. */
export function memberLanguage(participant: Participant, wave: Wave, locale: unknown): Language {
  return chooseLanguage({
    locale: typeof locale === "string" ? locale : undefined,
    waveDefault: wave.defaultLanguage,
    participantLanguage: preferredLanguage(participant),
  });
}

/** A member's profile for the others: who they are, and what they offer (mentor) or need (mentee). */
export function memberProfile(participant: Participant, response?: QuestionnaireResponse): PairMemberProfile {
  const answers = response?.answers;
  return {
    participantId: participant.id,
    displayName: participant.displayName,
    email: participant.email,
    role: participant.role,
    department: participant.department,
    site: participant.site,
    languages: answers?.kind === "mentor" ? answers.languages : participant.languages,
    ...(answers?.kind === "mentor"
      ? { skills: answers.skills, motivation: answers.motivation }
      : participant.role === "mentor" && participant.motivation !== undefined
        ? { motivation: participant.motivation }
        : {}),
    ...(answers?.kind === "mentee" ? { needThemeIds: answers.needs.map((n) => n.themeId) } : {}),
  };
}

/** The day `now` falls on (UTC), yyyy-mm-dd: the earliest date the form offers. */
export function dayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The introduction card for `reader`, the pair's members in order (mentor first), in `language`. */
export function introductionFor(input: {
  readonly wave: Wave;
  readonly pair: PublishedPair;
  readonly reader: Participant;
  readonly members: readonly Participant[];
  readonly responses: readonly QuestionnaireResponse[];
  readonly form: FirstSessionFormState;
  readonly language: Language;
}): AdaptiveCard {
  const { wave, pair, members, responses } = input;
  const byId = new Map(members.map((m) => [m.id, m]));
  const ordered = [pair.mentorId, ...pair.menteeIds]
    .map((id) => byId.get(id))
    .filter((m): m is Participant => m !== undefined);
  const proposal = pair.firstSessionProposal;
  const proposer = proposal === undefined ? undefined : byId.get(proposal.proposedBy);
  return pairIntroductionCard({
    pairId: pair.id,
    readerId: input.reader.id,
    members: ordered.map((m) =>
      memberProfile(
        m,
        responses.find((r) => r.participantId === m.id),
      ),
    ),
    sharedThemeIds: pair.sharedThemeIds,
    wave,
    ...(proposal !== undefined && proposer !== undefined
      ? { proposal: { proposedByName: proposer.displayName, start: proposal.start } }
      : {}),
    form: input.form,
    language: input.language,
  });
}

/** The stored conversation of an active participant with an object id; undefined when the bot cannot reach them. */
export async function conversationOf(
  repos: Repositories,
  participant: Participant,
): Promise<Readonly<Record<string, unknown>> | undefined> {
  if (participant.aadObjectId === undefined || participant.status === "withdrawn") return undefined;
  const user = await repos.users.get({
    tenantId: participant.tenantId,
    aadObjectId: participant.aadObjectId,
  });
  return user?.conversationReference;
}

/** A proactive message with its text (what the notification shows) and its card. */
export function cardMessage(
  key: string,
  conversationReference: Readonly<Record<string, unknown>>,
  text: string,
  card: AdaptiveCard,
): OutgoingMessage {
  return {
    key,
    conversationReference,
    activity: { type: "message", text, attachments: [CardFactory.adaptiveCard(card)] },
  };
}

/** The notice telling `recipient` that `proposer` proposed the pair's first session (undefined when none is). */
export function firstSessionNotice(input: {
  readonly wave: Wave;
  readonly pair: PublishedPair;
  readonly proposer: Participant;
  readonly recipient: Participant;
  readonly reference: Readonly<Record<string, unknown>>;
  readonly today: string;
}): OutgoingMessage | undefined {
  const { wave, pair, proposer, recipient, reference } = input;
  const proposal = pair.firstSessionProposal;
  if (proposal === undefined) return undefined;
  const language = memberLanguage(recipient, wave, reference["locale"]);
  const card = firstSessionNoticeCard({
    pairId: pair.id,
    proposer: { displayName: proposer.displayName, email: proposer.email },
    start: proposal.start,
    wave,
    form: { today: input.today },
    language,
  });
  const text = textsFor(language).firstSession.noticePreview(plainText(proposer.displayName));
  return cardMessage(firstSessionNoticeKey(pair, recipient.id), reference, text, card);
}
