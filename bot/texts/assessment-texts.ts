/** The texts of the end-of-wave assessment card and its messages, by language. */
import type { Language } from "../../core/language";
import type { ScaleWords } from "../../core/questionnaire";

export interface AssessmentTexts {
  readonly title: (waveName: string) => string;
  readonly intro: string;
  readonly themesTitle: string;
  readonly themeLabel: (theme: string, before: string) => string;
  readonly satisfactionLabel: string;
  readonly satisfactionWords: ScaleWords;
  readonly recommendLabel: string;
  readonly yes: string;
  readonly no: string;
  readonly commentLabel: string;
  readonly commentHint: string;
  readonly choose: string;
  readonly send: string;
  readonly problem: string;
  readonly fieldProblem: Readonly<
    Record<"theme" | "themes" | "satisfaction" | "wouldRecommend" | "comment", string>
  >;
  readonly thanksTitle: string;
  readonly yourThemes: string;
  readonly beforeNow: (before: string, now: string) => string;
  readonly yourSatisfaction: string;
  readonly yourRecommendation: string;
  readonly yourComment: string;
  readonly privateNote: string;
  readonly unchanged: string;
  readonly edit: string;
  readonly editUntil: string;
  readonly closedTitle: string;
  readonly closedText: (waveName: string) => string;
  readonly notOpenText: string;
  readonly invitation: (name: string, waveName: string) => string;
  readonly reminder: (name: string, waveName: string) => string;
}

const ENGLISH: AssessmentTexts = {
  title: (wave) => `Your end-of-wave assessment — ${wave}`,
  intro: "Two minutes to look back: where do you stand now on the themes you chose at the start?",
  themesTitle: "Your themes",
  themeLabel: (theme, before) => `${theme} (at the start: ${before})`,
  satisfactionLabel: "How satisfied are you with the programme?",
  satisfactionWords: ["Not at all", "Not really", "Fairly", "Satisfied", "Very satisfied"],
  recommendLabel: "Would you recommend it to a colleague?",
  yes: "Yes",
  no: "No",
  commentLabel: "Comment (optional)",
  commentHint: "For you alone: HR and your pair never see it.",
  choose: "Choose",
  send: "Send",
  problem: "Please check your answers:",
  fieldProblem: {
    theme: "rate each theme from 1 to 5",
    themes: "rate only the themes of your card",
    satisfaction: "rate your satisfaction from 1 to 5",
    wouldRecommend: "say whether you would recommend it",
    comment: "keep your comment to 1,000 characters",
  },
  thanksTitle: "Thank you, your assessment is saved",
  yourThemes: "Your themes (start → now)",
  beforeNow: (before, now) => `${before} → ${now}`,
  yourSatisfaction: "Satisfaction",
  yourRecommendation: "Would recommend",
  yourComment: "Your comment",
  privateNote: "HR sees only totals of at least five people, never your comment.",
  unchanged: "These answers were already saved.",
  edit: "Change my answers",
  editUntil: "You can change your answers until HR closes the wave.",
  closedTitle: "The assessment is closed",
  closedText: (wave) =>
    `${wave} is closed: its final assessment no longer takes answers. Thank you for taking part.`,
  notOpenText: "There is no assessment to answer yet: it opens when your wave starts closing.",
  invitation: (name, wave) =>
    `${name}, ${wave} is coming to an end: how did it go? Your assessment takes two minutes.`,
  reminder: (name, wave) =>
    `${name}, a reminder: your end-of-wave assessment for ${wave} is still waiting for you.`,
};

const FRENCH: AssessmentTexts = {
  title: (wave) => `Votre bilan de fin de vague — ${wave}`,
  intro: "Deux minutes pour faire le point : où en êtes-vous aujourd’hui sur les thèmes choisis au départ ?",
  themesTitle: "Vos thèmes",
  themeLabel: (theme, before) => `${theme} (au départ : ${before})`,
  satisfactionLabel: "Êtes-vous satisfait(e) du programme ?",
  satisfactionWords: ["Pas du tout", "Pas vraiment", "Assez", "Satisfait(e)", "Très satisfait(e)"],
  recommendLabel: "Le recommanderiez-vous à un(e) collègue ?",
  yes: "Oui",
  no: "Non",
  commentLabel: "Commentaire (facultatif)",
  commentHint: "Pour vous seul(e) : ni les RH ni votre binôme ne le voient.",
  choose: "Choisir",
  send: "Envoyer",
  problem: "Merci de vérifier vos réponses :",
  fieldProblem: {
    theme: "notez chaque thème de 1 à 5",
    themes: "notez uniquement les thèmes de votre carte",
    satisfaction: "notez votre satisfaction de 1 à 5",
    wouldRecommend: "dites si vous le recommanderiez",
    comment: "limitez votre commentaire à 1 000 caractères",
  },
  thanksTitle: "Merci, votre bilan est enregistré",
  yourThemes: "Vos thèmes (départ → aujourd’hui)",
  beforeNow: (before, now) => `${before} → ${now}`,
  yourSatisfaction: "Satisfaction",
  yourRecommendation: "Le recommanderait",
  yourComment: "Votre commentaire",
  privateNote: "Les RH ne voient que des totaux d’au moins cinq personnes, jamais votre commentaire.",
  unchanged: "Ces réponses étaient déjà enregistrées.",
  edit: "Modifier mes réponses",
  editUntil: "Vous pouvez modifier vos réponses jusqu’à la clôture de la vague par les RH.",
  closedTitle: "Le bilan est clos",
  closedText: (wave) =>
    `${wave} est clôturée : son bilan final n’accepte plus de réponses. Merci pour votre participation.`,
  notOpenText: "Pas encore de bilan à remplir : il s’ouvre quand votre vague entre en clôture.",
  invitation: (name, wave) =>
    `${name}, ${wave} touche à sa fin : comment cela s’est-il passé ? Votre bilan prend deux minutes.`,
  reminder: (name, wave) => `${name}, petit rappel : votre bilan de fin de vague pour ${wave} vous attend.`,
};

const DUTCH: AssessmentTexts = {
  title: (wave) => `Uw eindevaluatie — ${wave}`,
  intro: "Twee minuten om terug te blikken: waar staat u nu op de thema’s die u bij de start koos?",
  themesTitle: "Uw thema’s",
  themeLabel: (theme, before) => `${theme} (bij de start: ${before})`,
  satisfactionLabel: "Hoe tevreden bent u over het programma?",
  satisfactionWords: ["Helemaal niet", "Niet echt", "Redelijk", "Tevreden", "Zeer tevreden"],
  recommendLabel: "Zou u het een collega aanraden?",
  yes: "Ja",
  no: "Nee",
  commentLabel: "Opmerking (optioneel)",
  commentHint: "Alleen voor u: HR en uw duo zien het nooit.",
  choose: "Kies",
  send: "Versturen",
  problem: "Controleer uw antwoorden:",
  fieldProblem: {
    theme: "geef elk thema een score van 1 tot 5",
    themes: "beoordeel alleen de thema’s van uw kaart",
    satisfaction: "geef uw tevredenheid een score van 1 tot 5",
    wouldRecommend: "zeg of u het zou aanraden",
    comment: "houd uw opmerking onder 1.000 tekens",
  },
  thanksTitle: "Bedankt, uw evaluatie is opgeslagen",
  yourThemes: "Uw thema’s (start → nu)",
  beforeNow: (before, now) => `${before} → ${now}`,
  yourSatisfaction: "Tevredenheid",
  yourRecommendation: "Zou het aanraden",
  yourComment: "Uw opmerking",
  privateNote: "HR ziet alleen totalen van minstens vijf personen, nooit uw opmerking.",
  unchanged: "Deze antwoorden waren al opgeslagen.",
  edit: "Mijn antwoorden wijzigen",
  editUntil: "U kunt uw antwoorden wijzigen tot HR de golf afsluit.",
  closedTitle: "De evaluatie is gesloten",
  closedText: (wave) =>
    `${wave} is afgesloten: de eindevaluatie neemt geen antwoorden meer aan. Bedankt voor uw deelname.`,
  notOpenText: "Er is nog geen evaluatie in te vullen: ze opent wanneer uw golf wordt afgesloten.",
  invitation: (name, wave) =>
    `${name}, ${wave} loopt ten einde: hoe is het gegaan? Uw evaluatie duurt twee minuten.`,
  reminder: (name, wave) => `${name}, een herinnering: uw eindevaluatie voor ${wave} wacht nog op u.`,
};

/** Every language's assessment texts (the completeness test walks them). */
export const ASSESSMENT_TEXTS: Readonly<Record<Language, AssessmentTexts>> = {
  en: ENGLISH,
  fr: FRENCH,
  nl: DUTCH,
};

/** The assessment texts in `language`. */
export function assessmentTextsFor(language: Language): AssessmentTexts {
  return ASSESSMENT_TEXTS[language];
}
