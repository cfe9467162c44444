/** The texts of the session cards (prepare, same-day, check-in, stall), by language. */
import type { Language } from "../../core/language";

export interface SessionTexts {
  /** Locale for dates and times written by the bot itself, e.g. "fr-FR". */
  readonly locale: string;
  readonly prepareTitle: (menteeName: string) => string;
  readonly preparePreview: (menteeName: string) => string;
  readonly sessionOn: (when: string) => string;
  readonly goalTitle: string;
  readonly noGoal: string;
  readonly topicsTitle: string;
  readonly noTopics: string;
  readonly openItemsTitle: string;
  readonly noOpenItems: string;
  readonly done: string;
  readonly itemDoneTitle: string;
  readonly itemDone: (item: string) => string;
  readonly sameDayTitle: string;
  readonly sameDayPreview: (time: string) => string;
  readonly todayAt: (time: string) => string;
  readonly withWhom: (names: string) => string;
  readonly joinMeeting: string;
  readonly noMeetingLink: string;
  readonly checkInTitle: string;
  readonly checkInPreview: string;
  readonly checkInAbout: (when: string) => string;
  readonly outcomeLabel: string;
  readonly outcomes: Readonly<Record<"held" | "rescheduled" | "cancelled", string>>;
  readonly ratingLabel: string;
  readonly ratingHint: string;
  readonly commentLabel: string;
  readonly commentHint: string;
  readonly send: string;
  readonly checkInSavedTitle: string;
  readonly yourAnswer: string;
  readonly yourRating: string;
  readonly yourComment: string;
  readonly privateNote: string;
  readonly problem: string;
  readonly stallTitle: string;
  readonly stallPreview: string;
  readonly stallText: (days: number) => string;
  readonly stallAction: string;
}

const ENGLISH: SessionTexts = {
  locale: "en-GB",
  prepareTitle: (name) => `Prepare your session with ${name}`,
  preparePreview: (name) => `Your next session with ${name} is coming up`,
  sessionOn: (when) => `Your session is on ${when}.`,
  goalTitle: "Their goal",
  noGoal: "No goal written yet: ask about it when you meet.",
  topicsTitle: "Agreed topics",
  noTopics: "No agreed topics yet.",
  openItemsTitle: "Open action items from the last session",
  noOpenItems: "No open action items.",
  done: "Done",
  itemDoneTitle: "Action item ticked",
  itemDone: (item) => `Done: ${item}`,
  sameDayTitle: "Your mentoring session is today",
  sameDayPreview: (time) => `Mentoring session today at ${time}`,
  todayAt: (time) => `Today at ${time}.`,
  withWhom: (names) => `With ${names}.`,
  joinMeeting: "Join the meeting",
  noMeetingLink: "No meeting link yet: agree on one in your chat.",
  checkInTitle: "How did your session go?",
  checkInPreview: "How did your mentoring session go?",
  checkInAbout: (when) => `About the session planned on ${when}.`,
  outcomeLabel: "The session was",
  outcomes: { held: "Held", rescheduled: "Rescheduled", cancelled: "Cancelled" },
  ratingLabel: "Your rating (1 = poor, 5 = excellent)",
  ratingHint: "Give a rating when the session was held.",
  commentLabel: "Private comment (optional)",
  commentHint: "Only you can see it: not your pair, not HR.",
  send: "Send",
  checkInSavedTitle: "Thanks, your check-in is saved",
  yourAnswer: "Your answer",
  yourRating: "Your rating",
  yourComment: "Your private comment",
  privateNote: "Only you see your comment; HR sees ratings in aggregate only.",
  problem: "Please check your answer: choose what happened, and a rating when the session was held.",
  stallTitle: "Time for your next session",
  stallPreview: "It has been a while since your last mentoring session",
  stallText: (days) =>
    `No session has been held in your pair for ${days} days. Propose a date to the others.`,
  stallAction: "Propose a date in the Tandem tab",
};

const FRENCH: SessionTexts = {
  locale: "fr-FR",
  prepareTitle: (name) => `Préparez votre séance avec ${name}`,
  preparePreview: (name) => `Votre prochaine séance avec ${name} approche`,
  sessionOn: (when) => `Votre séance a lieu le ${when}.`,
  goalTitle: "Son objectif",
  noGoal: "Pas encore d’objectif écrit : parlez-en lors de la séance.",
  topicsTitle: "Sujets convenus",
  noTopics: "Pas encore de sujet convenu.",
  openItemsTitle: "Actions ouvertes de la dernière séance",
  noOpenItems: "Aucune action ouverte.",
  done: "Fait",
  itemDoneTitle: "Action cochée",
  itemDone: (item) => `Fait : ${item}`,
  sameDayTitle: "Votre séance de mentorat a lieu aujourd’hui",
  sameDayPreview: (time) => `Séance de mentorat aujourd’hui à ${time}`,
  todayAt: (time) => `Aujourd’hui à ${time}.`,
  withWhom: (names) => `Avec ${names}.`,
  joinMeeting: "Rejoindre la réunion",
  noMeetingLink: "Pas encore de lien de réunion : convenez-en dans votre conversation.",
  checkInTitle: "Comment s’est passée votre séance ?",
  checkInPreview: "Comment s’est passée votre séance de mentorat ?",
  checkInAbout: (when) => `À propos de la séance prévue le ${when}.`,
  outcomeLabel: "La séance a été",
  outcomes: { held: "Tenue", rescheduled: "Reportée", cancelled: "Annulée" },
  ratingLabel: "Votre note (1 = faible, 5 = excellente)",
  ratingHint: "Donnez une note si la séance a eu lieu.",
  commentLabel: "Commentaire privé (facultatif)",
  commentHint: "Vous seul le voyez : ni votre binôme, ni les RH.",
  send: "Envoyer",
  checkInSavedTitle: "Merci, votre retour est enregistré",
  yourAnswer: "Votre réponse",
  yourRating: "Votre note",
  yourComment: "Votre commentaire privé",
  privateNote: "Vous seul voyez votre commentaire ; les RH ne voient que des notes agrégées.",
  problem: "Vérifiez votre réponse : indiquez ce qui s’est passé, et une note si la séance a eu lieu.",
  stallTitle: "C’est le moment de votre prochaine séance",
  stallPreview: "Votre dernière séance de mentorat date un peu",
  stallText: (days) =>
    `Aucune séance n’a eu lieu dans votre binôme depuis ${days} jours. Proposez une date aux autres.`,
  stallAction: "Proposer une date dans l’onglet Tandem",
};

const DUTCH: SessionTexts = {
  locale: "nl-NL",
  prepareTitle: (name) => `Bereid je sessie met ${name} voor`,
  preparePreview: (name) => `Je volgende sessie met ${name} komt eraan`,
  sessionOn: (when) => `Je sessie is op ${when}.`,
  goalTitle: "Hun doel",
  noGoal: "Nog geen doel opgeschreven: vraag ernaar als jullie elkaar zien.",
  topicsTitle: "Afgesproken onderwerpen",
  noTopics: "Nog geen afgesproken onderwerpen.",
  openItemsTitle: "Open actiepunten van de vorige sessie",
  noOpenItems: "Geen open actiepunten.",
  done: "Klaar",
  itemDoneTitle: "Actiepunt afgevinkt",
  itemDone: (item) => `Klaar: ${item}`,
  sameDayTitle: "Je mentorsessie is vandaag",
  sameDayPreview: (time) => `Mentorsessie vandaag om ${time}`,
  todayAt: (time) => `Vandaag om ${time}.`,
  withWhom: (names) => `Met ${names}.`,
  joinMeeting: "Deelnemen aan de vergadering",
  noMeetingLink: "Nog geen vergaderlink: spreek er een af in jullie chat.",
  checkInTitle: "Hoe ging je sessie?",
  checkInPreview: "Hoe ging je mentorsessie?",
  checkInAbout: (when) => `Over de sessie gepland op ${when}.`,
  outcomeLabel: "De sessie is",
  outcomes: { held: "Gehouden", rescheduled: "Verzet", cancelled: "Geannuleerd" },
  ratingLabel: "Je beoordeling (1 = slecht, 5 = uitstekend)",
  ratingHint: "Geef een beoordeling als de sessie is gehouden.",
  commentLabel: "Privéopmerking (optioneel)",
  commentHint: "Alleen jij ziet dit: niet je partner, niet HR.",
  send: "Versturen",
  checkInSavedTitle: "Bedankt, je check-in is opgeslagen",
  yourAnswer: "Je antwoord",
  yourRating: "Je beoordeling",
  yourComment: "Je privéopmerking",
  privateNote: "Alleen jij ziet je opmerking; HR ziet alleen geaggregeerde beoordelingen.",
  problem: "Controleer je antwoord: kies wat er gebeurde, en een beoordeling als de sessie is gehouden.",
  stallTitle: "Tijd voor je volgende sessie",
  stallPreview: "Je laatste mentorsessie is alweer een tijd geleden",
  stallText: (days) =>
    `Er is al ${days} dagen geen sessie gehouden in jullie duo. Stel de anderen een datum voor.`,
  stallAction: "Stel een datum voor in het Tandem-tabblad",
};

const SESSION_TEXTS: Readonly<Record<Language, SessionTexts>> = { en: ENGLISH, fr: FRENCH, nl: DUTCH };

/** The session cards' texts in `language`. */
export function sessionTextsFor(language: Language): SessionTexts {
  return SESSION_TEXTS[language];
}

/** A session's date and time as the reader's clock shows it ("Tuesday 3 March 2026, 14:30 (Europe/Paris)"). */
export function sessionWhen(iso: string, timeZone: string, language: Language): string {
  return (
    new Intl.DateTimeFormat(SESSION_TEXTS[language].locale, {
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZone,
    }).format(new Date(iso)) + ` (${timeZone})`
  );
}

/** Only the time of day in the reader's zone ("14:30"). */
export function sessionTime(iso: string, timeZone: string, language: Language): string {
  return new Intl.DateTimeFormat(SESSION_TEXTS[language].locale, {
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
  }).format(new Date(iso));
}
