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

  introduction: {
    preview: (waveName) => `Uw tandem voor ${waveName} is gevormd: maak kennis.`,
    meetYourMentor: (name) => `Maak kennis met uw mentor, ${name}`,
    meetYourMentee: (name) => `Maak kennis met uw mentee, ${name}`,
    meetYourGroup: "Maak kennis met uw Tandem-groep",
    paired: (waveName) => `Het hr-programmateam heeft uw tandem voor ${waveName} gevormd.`,
    mentor: "Mentor",
    mentee: "Mentee",
    you: (name) => `${name} (u)`,
    department: "Afdeling",
    site: "Locatie",
    languages: "Talen",
    skills: "Vaardigheden",
    skillLevel: (theme, level) => `${theme} (${level.toLowerCase()})`,
    topNeeds: "Belangrijkste behoeften",
    inTheirWords: "In eigen woorden",
    topicsTitle: "Onderwerpen voor uw eerste ontmoeting",
    noSharedTopics:
      "Er kwam geen gemeenschappelijk onderwerp naar voren: vertrek van de behoeften van de mentee en kijk wat de mentor kan delen.",
    rhythm: (minutes, start, end) =>
      `U ziet elkaar eens per maand, telkens ${minutes} minuten, van ${start} tot ${end}.`,
    chatWith: (name) => `Chatten met ${name}`,
    groupChat: "Een groepschat openen",
    proposalSoFar: (name, when) => `${name} stelde ${when} voor als eerste sessie.`,
  },

  firstSession: {
    formTitle: "De eerste sessie voorstellen",
    formIntro: (start, end) =>
      `Kies een datum tussen ${start} en ${end} en een tijdstip dat u past; ik geef het door aan de anderen.`,
    date: "Datum van de sessie",
    time: "Begintijd",
    dateRequired: "Kies een datum voor de eerste sessie.",
    timeRequired: "Kies een begintijd.",
    propose: "Deze datum voorstellen",
    notSent: "Uw voorstel is niet verstuurd:",
    problems: {
      "date-missing": () => "Kies een datum voor de eerste sessie.",
      "date-not-a-date": () => "Dat is geen datum: kies er een in de kalender.",
      "date-outside-wave": (start, end) => `Kies een datum binnen de ronde, tussen ${start} en ${end}.`,
      "date-in-the-past": () => "Dat moment is al voorbij: kies een datum en tijdstip in de toekomst.",
      "time-missing": () => "Kies een begintijd.",
      "time-not-a-time": () => "Dat is geen tijdstip: kies er een zoals 14:30.",
      "wave-not-running": () =>
        "Deze ronde loopt niet meer, dus er kan geen sessie meer in worden voorgesteld.",
    },
    sentTitle: "Uw voorstel is verstuurd",
    alreadySentTitle: "U had deze datum al voorgesteld",
    youProposed: (when) => `U stelde ${when} voor als eerste sessie.`,
    told: (names) => `Ik heb het doorgegeven aan ${names}, die u in de chat kan antwoorden.`,
    stillTrying: (names) => `Ik probeer ${names} nog te bereiken; ik blijf het proberen.`,
    notTold: (names) =>
      `Ik kon ${names} niet bereiken in Teams (Tandem is misschien nog niet geïnstalleerd): stuur zelf een bericht.`,
    yourPair: (names) => `Uw tandem: ${names}`,
    changeTitle: "Een andere datum nodig?",
    proposeInstead: "Liever deze datum voorstellen",
    noticePreview: (name) => `${name} stelt een datum voor uw eerste sessie voor.`,
    noticeTitle: (name) => `${name} stelt een eerste sessie voor`,
    noticeText: (name, when) => `${name} stelt ${when} voor als uw eerste sessie.`,
    replyInChat: (name) =>
      `Antwoord ${name} in de chat om te bevestigen, of stel hieronder een andere datum voor.`,
    notYoursTitle: "Niet verstuurd",
    notYours: "Deze kaart gaat niet over een tandem waar u deel van uitmaakt, dus er is niets verstuurd.",
  },

  notMatched: {
    preview: (waveName) => `Nieuws over uw tandem in ${waveName}.`,
    menteeTitle: "Nog geen mentor voor u",
    menteeIntro: (waveName) => `We konden u in ${waveName} niet aan een mentor koppelen.`,
    notEnoughMentors: "Er waren in deze ronde niet genoeg mentors voor alle mentees.",
    ruledOut: "Volgens de regels van het programma kon geen enkele mentor aan u gekoppeld worden:",
    noCommonLanguage: (count) =>
      count === 1 ? "1 mentor spreekt geen van uw talen" : `${count} mentors spreken geen van uw talen`,
    reportingLine: (count) =>
      count === 1
        ? "1 mentor zit in uw hiërarchische lijn"
        : `${count} mentors zitten in uw hiërarchische lijn`,
    sameDepartment: (count) =>
      count === 1 ? "1 mentor werkt op uw afdeling" : `${count} mentors werken op uw afdeling`,
    metBefore: (count) =>
      count === 1
        ? "1 mentor vormde in een eerdere ronde al een tandem met u"
        : `${count} mentors vormden in een eerdere ronde al een tandem met u`,
    removedByHr: "Het hr-programmateam heeft u uit de tandems van deze ronde gehaald.",
    noAnswers: "We hadden geen antwoorden op uw vragenlijst, en daarop worden de tandems gebaseerd.",
    hrWillGetBack: "Het hr-programmateam neemt contact met u op.",
    reserveTitle: "Bedankt: u staat op de reservelijst",
    reserve: (waveName) =>
      `Alle mentees van ${waveName} hebben deze keer een mentor, dus u staat op de reservelijst: als er tijdens de ronde een plaats vrijkomt, kan het hr-programmateam een beroep op u doen.`,
    reserveNoAllowedMentee: (waveName) =>
      `Volgens de regels van het programma (talen, hiërarchische lijnen) kon geen enkele mentee van ${waveName} aan u gekoppeld worden, dus u staat op de reservelijst: het hr-programmateam kan tijdens de ronde een beroep op u doen.`,
    mentorNotPairedTitle: "Geen tandem voor u in deze ronde",
    mentorNoAnswers: (waveName) =>
      `We hadden geen antwoorden op uw vragenlijst voor ${waveName}, dus we konden u niet koppelen. Het hr-programmateam neemt contact met u op.`,
    mentorNotEligible: (waveName) =>
      `Bedankt dat u zich vrijwillig hebt aangemeld voor ${waveName}. U maakt in deze ronde geen deel uit van een tandem; het hr-programmateam neemt contact met u op.`,
  },
};
