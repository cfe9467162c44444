/**
 * The card each member of a published pair (or group) receives: who they work with, what to talk about
 * first, the wave's rhythm, and a form to propose the first session. Everything people typed is shown
 * as plain text, never as markdown.
 */
import { LANGUAGE_NAMES, type Language } from "../../core/language";
import type { Role } from "../../core/participant";
import { LEVEL_WORDS_BY_LANGUAGE, MAX_NEEDS, type OfferedSkill } from "../../core/questionnaire";
import { themeLabel } from "../../core/theme";
import type { Wave } from "../../core/wave";
import { calendarDay, textsFor } from "../texts/catalogue";
import {
  adaptiveCard,
  cardTitle,
  localDateTime,
  plainText,
  textBlock,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
  type Container,
  type Fact,
} from "./adaptive-card";
import { firstSessionForm, type FirstSessionFormState } from "./first-session-form";

/** One member as the others see them. */
export interface PairMemberProfile {
  readonly participantId: string;
  readonly displayName: string;
  /** For the "Chat with" link (from HR's import, not typed by the person). */
  readonly email?: string;
  readonly role: Role;
  readonly department: string;
  readonly site: string;
  readonly languages: readonly Language[];
  /** Mentors: what they offer, with their level. */
  readonly skills?: readonly OfferedSkill[];
  /** Mentees: their needs, top priority first. */
  readonly needThemeIds?: readonly string[];
  /** Mentors: why they volunteered, in their words. */
  readonly motivation?: string;
}

export interface PairIntroductionCardData {
  readonly pairId: string;
  /** The member reading the card. */
  readonly readerId: string;
  /** Everyone in the pair or group, the mentor first. */
  readonly members: readonly PairMemberProfile[];
  readonly sharedThemeIds: readonly string[];
  readonly wave: Pick<Wave, "name" | "startDate" | "endDate" | "sessionMinutes" | "themes">;
  /** The first session someone already proposed. */
  readonly proposal?: { readonly proposedByName: string; readonly start: string };
  readonly form: FirstSessionFormState;
  readonly language: Language;
}

/** The longest motivation shown: the card introduces, the tab holds the rest. */
const MOTIVATION_SHOWN = 280;

/** The pair's members and their profiles, the first meeting's topics, the rhythm and the proposal form. */
export function pairIntroductionCard(data: PairIntroductionCardData): AdaptiveCard {
  const { wave, language } = data;
  const all = textsFor(language);
  const texts = all.introduction;
  const others = data.members.filter((m) => m.participantId !== data.readerId);
  const { form, button } = firstSessionForm({
    pairId: data.pairId,
    wave,
    state: data.form,
    variant: "first",
    language,
  });
  const when =
    data.proposal === undefined ? undefined : localDateTime(data.proposal.start, all.dateTimeJoiner);
  const body: CardElement[] = [
    cardTitle(title(data, others)),
    textBlock(texts.paired(plainText(wave.name)), { spacing: "small" }),
    ...data.members.map((member) => profile(member, data)),
    textBlock(texts.topicsTitle, { weight: "bolder", spacing: "medium" }),
    ...topics(data),
    textBlock(
      texts.rhythm(
        wave.sessionMinutes,
        calendarDay(wave.startDate, language),
        calendarDay(wave.endDate, language),
      ),
      { spacing: "medium" },
    ),
    ...(data.proposal === undefined || when === undefined
      ? []
      : [textBlock(texts.proposalSoFar(plainText(data.proposal.proposedByName), when), { color: "good" })]),
    form,
  ];
  const actions: CardAction[] = [button];
  const chat = chatLink(others, language);
  if (chat !== undefined) actions.push(chat);
  return adaptiveCard(body, actions);
}

/** A Teams link that opens a chat (a group chat for several people) with these members. */
export function chatLink(
  people: readonly Pick<PairMemberProfile, "email" | "displayName">[],
  language: Language,
): CardAction | undefined {
  const emails = people.map((p) => p.email).filter((e): e is string => e !== undefined && e !== "");
  if (emails.length === 0 || emails.length !== people.length) return undefined;
  const texts = textsFor(language).introduction;
  const [only] = people;
  return {
    type: "Action.OpenUrl",
    title: people.length === 1 && only !== undefined ? texts.chatWith(only.displayName) : texts.groupChat,
    url: `https://teams.microsoft.com/l/chat/0/0?users=${emails.map(encodeURIComponent).join(",")}`,
  };
}

function title(data: PairIntroductionCardData, others: readonly PairMemberProfile[]): string {
  const texts = textsFor(data.language).introduction;
  const [other] = others;
  if (others.length !== 1 || other === undefined) return texts.meetYourGroup;
  const name = plainText(other.displayName);
  return other.role === "mentor" ? texts.meetYourMentor(name) : texts.meetYourMentee(name);
}

function profile(member: PairMemberProfile, data: PairIntroductionCardData): Container {
  const { language, wave } = data;
  const texts = textsFor(language).introduction;
  const label = (themeId: string): string => {
    const theme = wave.themes.find((t) => t.id === themeId);
    return plainText(theme === undefined ? themeId : themeLabel(theme, language));
  };
  const name = plainText(member.displayName);
  const facts: Fact[] = [
    { title: texts.department, value: plainText(member.department) },
    { title: texts.site, value: plainText(member.site) },
    { title: texts.languages, value: member.languages.map((l) => LANGUAGE_NAMES[l]).join(", ") },
  ].filter((f) => f.value !== "");
  const levels = LEVEL_WORDS_BY_LANGUAGE[language];
  const skills = (member.skills ?? []).map((s) =>
    texts.skillLevel(label(s.themeId), levels[s.level - 1] ?? String(s.level)),
  );
  if (skills.length > 0) facts.push({ title: texts.skills, value: skills.join(", ") });
  const needs = (member.needThemeIds ?? []).slice(0, MAX_NEEDS).map(label);
  if (needs.length > 0) facts.push({ title: texts.topNeeds, value: needs.join(", ") });
  const motivation = plainText(member.motivation ?? "");
  const items: CardElement[] = [
    textBlock(member.participantId === data.readerId ? texts.you(name) : name, { weight: "bolder" }),
    textBlock(member.role === "mentor" ? texts.mentor : texts.mentee, { isSubtle: true, spacing: "none" }),
    { type: "FactSet", facts },
    ...(motivation === ""
      ? []
      : [
          textBlock(`${texts.inTheirWords}: “${shorten(motivation, MOTIVATION_SHOWN)}”`, {
            isSubtle: true,
            size: "small",
          }),
        ]),
  ];
  return { type: "Container", style: "emphasis", spacing: "medium", items };
}

function topics(data: PairIntroductionCardData): CardElement[] {
  const texts = textsFor(data.language).introduction;
  const labels = data.sharedThemeIds.map((id) => {
    const theme = data.wave.themes.find((t) => t.id === id);
    return theme === undefined ? undefined : plainText(themeLabel(theme, data.language));
  });
  const known = labels.filter((l): l is string => l !== undefined && l !== "");
  if (known.length === 0) return [textBlock(texts.noSharedTopics, { spacing: "small" })];
  return known.map((label, index) => textBlock(`${index + 1}. ${label}`, { spacing: "none" }));
}

/** At most `max` characters, cut at a word where possible, with an ellipsis when cut. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/\\$/, "")}…`;
}
