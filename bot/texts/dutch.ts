/** The bot's texts in Dutch (u-vorm). */
import type { BotTexts } from "./bot-texts";

const yourText = (mentee: boolean): string => (mentee ? "uw doel" : "uw motivatie");
const scoreName = (mentee: boolean): string => (mentee ? "comfortniveau" : "niveau");

export const DUTCH: BotTexts = {
  dateLocale: "nl-BE",
  dateTimeJoiner: "om",

  welcome: {
    greeting: (firstName) => `Hallo ${firstName}`,
    greetingWithoutName: "Hallo",
    takingPart: (waveName, role) =>
      `U neemt deel aan ${waveName} als ${
        role === "mentee"
          ? "mentee: een leidinggevende die begeleid wordt door een digitale mentor"
          : "mentor: een digitale mentor die een leidinggevende begeleidt"
      }.`,
    period: (start, end) => `${start} tot ${end}`,
    questionnaireClosed: "De vragenlijst is afgesloten: de antwoorden kunnen niet meer worden gewijzigd.",
    answersSaved: "Uw antwoorden zijn opgeslagen. U kunt ze wijzigen tot de vragenlijst wordt afgesloten.",
    firstStep: (role) =>
      role === "mentee"
        ? "Eerste stap: laat ons weten bij welke digitale behoeften u graag hulp krijgt."
        : "Eerste stap: laat ons weten welke digitale vaardigheden u graag deelt.",
    seeAnswers: "Mijn antwoorden bekijken",
    seeOrEditAnswers: "Mijn antwoorden bekijken of wijzigen",
    answerQuestionnaire: "De vragenlijst invullen",
  },

  help: {
    title: "Wat ik voor u kan doen",
    intro: "Stuur mij een van deze woorden:",
    commands: [
      { word: "hallo", meaning: "Uw rol in het programma" },
      { word: "vragenlijst", meaning: "Uw vragenlijst invullen of wijzigen" },
      { word: "hulp", meaning: "Deze lijst" },
    ],
    tab: "Op het tabblad **Mijn mentoring** ziet u op elk moment uw status en uw antwoorden.",
    didNotUnderstand: "Sorry, dat begreep ik niet. Dit kan ik voor u doen:",
  },

  notices: {
    hello: (firstName) => (firstName ? `Hallo ${firstName}` : "Hallo"),
    notEnrolled:
      "U bent momenteel niet ingeschreven voor een Tandem-mentoringronde, dus er staat nog geen vragenlijst voor u klaar. " +
      "Het hr-programmateam schrijft voor elke ronde de mentoren en mentees in; als u zich vrijwillig hebt aangemeld, voegt het team u toe en stuur ik u hier een bericht.",
    closedTitle: "De vragenlijst is afgesloten",
    closedNotYetOpen: (waveName) =>
      `De vragenlijst van ${waveName} is momenteel niet open. Het hr-programmateam laat u weten wanneer ze opengaat.`,
    closedRefusal: () => "De vragenlijst is afgesloten. Uw antwoorden zijn niet opgeslagen.",
    notSavedTitle: "Niet opgeslagen",
    forbidden: () => "Deze vragenlijst is niet voor u bestemd, dus uw antwoorden zijn niet opgeslagen.",
    otherRefusal: () => "Uw antwoorden konden niet worden opgeslagen. Probeer het later opnieuw.",
  },

  form: {
    notSaved: (count) =>
      `Uw antwoorden zijn niet opgeslagen: ${
        count === 1 ? "1 antwoord moet" : `${count} antwoorden moeten`
      } worden verbeterd.`,
    optional: (label) => `${label} (optioneel)`,
    chooseTheme: "Kies een thema",
    none: "Geen",
    chooseScore: "Kies van 1 tot 5",
    send: "Mijn antwoorden versturen",
    errors: {
      "too-many": ({ max }, { mentee }) =>
        mentee ? `Kies maximaal ${max} behoeften.` : `Bied maximaal ${max} vaardigheden aan.`,
      "none-chosen": (_, { mentee }) =>
        mentee ? "Kies minstens één behoefte." : "Bied minstens één vaardigheid aan.",
      "score-without-theme": ({ line }, { mentee }) =>
        `Regel ${line} heeft een ${scoreName(mentee)} maar geen thema: kies een thema, of "Geen" om de regel leeg te laten.`,
      "unknown-theme": ({ line }) => `Regel ${line} is geen thema van deze ronde.`,
      "duplicate-theme": ({ themeId, firstLine, line }, { theme }) =>
        `U hebt "${theme(themeId)}" twee keer gekozen (regels ${firstLine} en ${line}). Kies voor elke regel een ander thema.`,
      "score-missing": ({ themeId, min, max }, { mentee, theme }) =>
        `Geef een ${scoreName(mentee)} van ${min} tot ${max} voor "${theme(themeId)}".`,
      "text-not-text": (_, { mentee }) => `Schrijf ${yourText(mentee)} als tekst.`,
      "text-missing": (_, { mentee }) => `Beschrijf ${yourText(mentee)} (een zin of twee volstaat).`,
      "text-too-long": ({ max, length }, { mentee }) =>
        `Kort ${yourText(mentee)} in tot maximaal ${max} tekens (nu ${length}).`,
      "language-missing": () => "Kies een taal: Français, English of Nederlands.",
      "languages-missing": () => "Kies minstens één taal waarin u kunt begeleiden.",
      "languages-unknown": () => "Kies uw talen uit Français, English en Nederlands.",
      "capacity-missing": ({ min, max }) => `Geef aan hoeveel mentees u kunt begeleiden (${min} tot ${max}).`,
    },
  },

  mentee: {
    title: "Uw vragenlijst over behoeften",
    intro: (maxNeeds, lowest, highest) =>
      `Rangschik maximaal ${maxNeeds} digitale behoeften, de belangrijkste eerst. Geef voor elke behoefte aan ` +
      `hoe vertrouwd u zich er al mee voelt, van 1 (${lowest}) tot 5 (${highest}).`,
    need: (line) => `Behoefte ${line}`,
    firstNeed: "Behoefte 1 (belangrijkste)",
    comfort: (line) => `Hoe vertrouwd u bent met behoefte ${line}`,
    needRequired: "Kies uw belangrijkste behoefte.",
    goal: "Wat wilt u na dit programma kunnen?",
    goalPlaceholder: "Bijvoorbeeld: met vertrouwen op LinkedIn berichten over onze projecten plaatsen",
    goalRequired: "Beschrijf uw doel in een zin of twee.",
    language: "In welke taal wilt u begeleid worden?",
    languageRequired: "Kies een taal.",
  },

  mentor: {
    title: "Uw vragenlijst over vaardigheden",
    intro: (maxSkills, lowest, highest) =>
      `Kies maximaal ${maxSkills} digitale vaardigheden die u graag met een leidinggevende deelt. ` +
      `Geef voor elke vaardigheid uw niveau aan, van 1 (${lowest.toLowerCase()}) tot 5 (${highest.toLowerCase()}).`,
    skill: (line) => `Vaardigheid ${line}`,
    level: (line) => `Uw niveau in vaardigheid ${line}`,
    skillRequired: "Kies minstens één vaardigheid om te delen.",
    motivation: "Waarom wilt u een leidinggevende begeleiden?",
    motivationRequired: "Beschrijf uw motivatie in een zin of twee.",
    languages: "In welke talen kunt u begeleiden?",
    languagesRequired: "Kies minstens één taal.",
    capacity: "Hoeveel leidinggevenden kunt u in deze ronde begeleiden?",
    capacityRequired: "Geef aan hoeveel leidinggevenden u kunt begeleiden.",
    capacityText: (capacity) => `${capacity} ${capacity === 1 ? "mentee" : "mentees"}`,
  },

  summary: {
    yourAnswers: "Uw antwoorden",
    saved: "Bedankt, uw antwoorden zijn opgeslagen",
    unchanged: "Niets gewijzigd: uw antwoorden waren al opgeslagen",
    subtitle: (role, waveName) =>
      `Vragenlijst over ${role === "mentee" ? "behoeften" : "vaardigheden"} · ${waveName}`,
    lastUpdated: (when) => `Laatst bijgewerkt op ${when}`,
    closed: "De vragenlijst is afgesloten, dus uw antwoorden kunnen niet meer worden gewijzigd.",
    changeWhileOpen: "U kunt ze wijzigen zolang de vragenlijst open is.",
    changeUntil: (deadline) => `U kunt ze wijzigen tot ${deadline}.`,
    edit: "Mijn antwoorden wijzigen",
    need: (line) => `Behoefte ${line}`,
    needValue: (theme, comfort, max) => `${theme} · vertrouwdheid ${comfort}/${max}`,
    goal: "Doel",
    mentoringLanguage: "Taal van de mentoring",
    skill: (line) => `Vaardigheid ${line}`,
    skillValue: (theme, level, max) => `${theme} · niveau ${level}/${max}`,
    motivation: "Motivatie",
    languages: "Talen",
    capacity: "Capaciteit",
  },

  campaign: {
    invitation: (firstName, waveName, deadline) =>
      `Hallo ${firstName}, het hr-programmateam nodigt u uit om de vragenlijst van ${waveName} in te vullen (ongeveer vijf minuten, tot ${deadline}).`,
    reminder: (firstName, waveName, deadline) =>
      `Hallo ${firstName}, een vriendelijke herinnering: uw vragenlijst van ${waveName} wacht nog op uw antwoorden (tot ${deadline}).`,
  },
};
