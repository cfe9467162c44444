/**
 * The words of a session's calendar invitation in fr/en/nl: the event's title and description, in the
 * language of whoever downloads it (the event lands in their own calendar).
 */
import type { Language } from "../language";
import type { InvitationTexts } from "./invitation";

/** What the invitation's words say: which session, of whom, and where to join. */
export interface InvitationFacts {
  readonly sequence: number;
  /** The members' display names, in the pair's order. */
  readonly names: readonly string[];
  readonly meetingUrl?: string;
}

const WORDS: Readonly<
  Record<Language, { title: (n: number, names: string) => string; body: (n: number) => string; join: string }>
> = {
  fr: {
    title: (n, names) => `Tandem — session ${n} (${names})`,
    body: (n) => `Session de mentorat inversé n° ${n}.`,
    join: "Lien Teams :",
  },
  en: {
    title: (n, names) => `Tandem — session ${n} (${names})`,
    body: (n) => `Reverse mentoring session ${n}.`,
    join: "Teams link:",
  },
  nl: {
    title: (n, names) => `Tandem — sessie ${n} (${names})`,
    body: (n) => `Reverse-mentoringsessie ${n}.`,
    join: "Teams-link:",
  },
};

/** The invitation's title and description in `language`. */
export function invitationTexts(language: Language, facts: InvitationFacts): InvitationTexts {
  const words = WORDS[language];
  const body = words.body(facts.sequence);
  return {
    title: words.title(facts.sequence, facts.names.join(" & ")),
    description: facts.meetingUrl ? `${body} ${words.join} ${facts.meetingUrl}` : body,
  };
}
