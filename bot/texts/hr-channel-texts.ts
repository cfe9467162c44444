/** The texts of the weekly progress summary HR's channel receives, by language. */
import type { Language } from "../../core/language";

export interface HrChannelTexts {
  readonly title: (waveName: string) => string;
  /** What the notification shows. */
  readonly preview: (waveName: string) => string;
  readonly week: (week: string) => string;
  readonly pairs: string;
  readonly heldLastWeek: string;
  readonly heldTotal: string;
  readonly pairsAtRisk: string;
  readonly questionnaireRate: string;
  readonly assessmentRate: string;
  readonly rate: (percent: number, answered: number, asked: number) => string;
  readonly fewerThanFive: string;
  readonly privacy: string;
  readonly openTab: string;
}

const ENGLISH: HrChannelTexts = {
  title: (wave) => `Tandem this week: ${wave}`,
  preview: (wave) => `Weekly progress of ${wave}`,
  week: (week) => `Week ${week}`,
  pairs: "Pairs",
  heldLastWeek: "Sessions held last week",
  heldTotal: "Sessions held so far",
  pairsAtRisk: "Pairs at risk",
  questionnaireRate: "Questionnaire answered",
  assessmentRate: "Final assessment answered",
  rate: (percent, answered, asked) => `${percent}% (${answered} of ${asked})`,
  fewerThanFive: "fewer than 5",
  privacy: "Aggregates only: figures about fewer than 5 people are not shown.",
  openTab: "The details are in Tandem's HR tab.",
};

const FRENCH: HrChannelTexts = {
  title: (wave) => `Tandem cette semaine : ${wave}`,
  preview: (wave) => `Avancement hebdomadaire de ${wave}`,
  week: (week) => `Semaine ${week}`,
  pairs: "Binômes",
  heldLastWeek: "Séances tenues la semaine dernière",
  heldTotal: "Séances tenues jusqu’ici",
  pairsAtRisk: "Binômes à risque",
  questionnaireRate: "Questionnaire rempli",
  assessmentRate: "Évaluation finale remplie",
  rate: (percent, answered, asked) => `${percent} % (${answered} sur ${asked})`,
  fewerThanFive: "moins de 5",
  privacy: "Agrégats uniquement : les chiffres portant sur moins de 5 personnes ne sont pas affichés.",
  openTab: "Le détail est dans l’onglet RH de Tandem.",
};

const DUTCH: HrChannelTexts = {
  title: (wave) => `Tandem deze week: ${wave}`,
  preview: (wave) => `Wekelijkse voortgang van ${wave}`,
  week: (week) => `Week ${week}`,
  pairs: "Duo’s",
  heldLastWeek: "Sessies gehouden vorige week",
  heldTotal: "Sessies gehouden tot nu toe",
  pairsAtRisk: "Duo’s in gevaar",
  questionnaireRate: "Vragenlijst ingevuld",
  assessmentRate: "Eindevaluatie ingevuld",
  rate: (percent, answered, asked) => `${percent}% (${answered} van ${asked})`,
  fewerThanFive: "minder dan 5",
  privacy: "Alleen totalen: cijfers over minder dan 5 personen worden niet getoond.",
  openTab: "De details staan in het HR-tabblad van Tandem.",
};

const TEXTS: Readonly<Record<Language, HrChannelTexts>> = { en: ENGLISH, fr: FRENCH, nl: DUTCH };

export function hrChannelTextsFor(language: Language): HrChannelTexts {
  return TEXTS[language];
}
