/** The matching texts in Dutch (u-vorm): HR's Matching section and the participants' shortlist. */
import type { MatchingTexts, ShortlistTexts } from "./matching-texts";

const count = (n: number, singular: string, plural: string): string => `${n} ${n === 1 ? singular : plural}`;
const mentors = (n: number): string => count(n, "mentor", "mentoren");
const ordinal = (n: number): string =>
  n === 1
    ? "eerste behoefte"
    : n === 2
      ? "tweede behoefte"
      : n === 3
        ? "derde behoefte"
        : `behoefte nr. ${n}`;

export const MATCHING_DUTCH: MatchingTexts = {
  title: "Koppeling",
  loading: "De koppeling wordt geladen…",
  loadFailed: "De koppeling kon niet worden geladen",
  failureTitle: "Kan de koppeling niet laden",
  notYetTitle: "De koppeling komt na de vragenlijst",
  notYetText:
    "Schrijf eerst de deelnemers in, keur de mentoren goed en verstuur de vragenlijst: de duo's worden op basis van hun antwoorden voorgesteld.",
  questionnaireOpenTitle: "De vragenlijst is nog open",
  questionnaireOpenText:
    "Duo's worden voorgesteld zodra de ronde in de fase 'Koppeling' zit: de antwoorden worden dan afgesloten, en mentoren en mentees kunnen elkaar nog kiezen tot de duo's gepubliceerd zijn.",
  startMatching: "Koppeling starten",
  startMatchingFailed: "De ronde kon niet naar de fase 'Koppeling'",

  weights: {
    legend: "Wat een goed duo maakt",
    intro:
      "De score van een duo telt deze criteria op. De harde regels (een gemeenschappelijke taal, nooit in dezelfde hiërarchische lijn, nooit eerder gekoppeld) worden nooit voor punten ingeruild.",
    criteria: {
      topics: {
        name: "Gedeelde onderwerpen",
        meaning:
          "De mentor biedt aan wat de mentee vroeg; het onderwerp dat de mentee op de eerste plaats zette, telt het zwaarst.",
      },
      level: {
        name: "Niveauverschil",
        meaning:
          "Het niveau van de mentor in die onderwerpen ligt duidelijk boven het huidige comfort van de mentee.",
      },
      language: {
        name: "Voorkeurstaal",
        meaning: "De mentor spreekt de taal die de mentee voor de sessies verkiest.",
      },
      site: {
        name: "Zelfde vestiging",
        meaning: "Ze werken op dezelfde vestiging of in nabije tijdzones: makkelijker om elkaar te zien.",
      },
      mutualChoice: {
        name: "Wederzijdse keuze",
        meaning: "Ze kozen elkaar (telt volledig), of de een koos de ander.",
      },
    },
    share: (percent) => `${percent} van een perfecte score`,
    none: "Telt niet mee",
    save: "Gewichten opslaan",
    saved: "Gewichten opgeslagen.",
    saveFailed: "De gewichten konden niet worden opgeslagen",
    reset: "Terug naar de standaardwaarden",
    takesEffect: "Nieuwe gewichten gelden vanaf het volgende voorstel van duo's.",
    fixed: "De duo's zijn gepubliceerd: de gewichten waarmee ze gevormd zijn, kunnen niet meer veranderen.",
  },

  pool: {
    title: "Wie gekoppeld kan worden",
    mentees: "Mentees die antwoordden",
    mentors: "Goedgekeurde mentoren die antwoordden",
    places: "Plaatsen bij mentoren",
    mutualChoices: "Wederzijdse keuzes",
    propose: "Duo's voorstellen",
    proposeAgain: "Opnieuw voorstellen (vergrendelde duo's blijven)",
    proposing: "De beste duo's voor de hele ronde worden gezocht…",
    proposeFailed: "De duo's konden niet worden voorgesteld",
    proposed: (pairs, unmatched) =>
      `${count(pairs, "duo", "duo's")} voorgesteld, ${count(unmatched, "mentee", "mentees")} zonder mentor.`,
  },

  totals: {
    title: "Voorstel",
    pairs: (n) => count(n, "duo", "duo's"),
    groups: (n) => count(n, "groep", "groepen"),
    totalScore: "Totale score",
    scoreOf: (total, optimal) => `${total} van een best mogelijke ${optimal}`,
    proven: "Bewezen optimaal",
    provenHint: "Geen andere verdeling van deze ronde scoort hoger.",
    notProven: "Beste gevonden oplossing",
    edited: "Met de hand aangepast",
    editedHint: "Uw wijzigingen blijven bij een nieuw voorstel alleen behouden als u die duo's vergrendelt.",
    proposedAt: (when) => `Voorgesteld op ${when}`,
  },

  table: {
    regionLabel: "Voorgestelde duo's",
    pairsLabel: "Voorgestelde duo's met hun score en redenen",
    groupsLabel: "Voorgestelde groepen met hun score en redenen",
    mentee: "Mentee",
    mentor: "Mentor",
    group: "Groep",
    score: "Score",
    reasons: "Waarom",
    lock: "Vergrendeling",
    actions: "Acties",
    scoreLabel: (score, max) => `${score} punten van ${max}`,
    groupOf: (name) => `Groep van ${name}`,
    lockedByHr: "Vergrendeld door HR",
    lockedMutual: "Wederzijds, vergrendeld",
    mutual: "Wederzijdse keuze",
    notLocked: "Niet vergrendeld",
    lockPair: (name) => `Het duo van ${name} vergrendelen`,
    unlockPair: (name) => `Het duo van ${name} ontgrendelen`,
    actionsFor: (name) => `Meer wijzigingen voor ${name}`,
    swap: "Mentoren ruilen met…",
    changeMentor: "Een andere mentor geven…",
    remove: "Uit het voorstel halen",
    busy: (name) => `Het duo van ${name} wordt gewijzigd…`,
  },

  reasons: {
    topicCovered: (theme, rank, level, comfort) =>
      `Biedt '${theme}' aan, de ${ordinal(rank)} (niveau ${level} bij een comfort van ${comfort})`,
    topicNotCovered: (theme, rank) => `Biedt '${theme}' niet aan (${ordinal(rank)})`,
    preferredLanguage: (language) => `Spreekt ${language}, de voorkeurstaal van de mentee`,
    commonLanguage: (language) => `Kan de sessies in het ${language} houden`,
    sameSite: (site) => `Allebei in ${site}`,
    timeZoneGap: (hours) => (hours === 0 ? "Zelfde tijdzone" : `${count(hours, "uur", "uur")} tijdsverschil`),
    mutualChoice: "Ze kozen elkaar",
    chosenByMentee: "De mentee koos deze mentor",
    chosenByMentor: "De mentor koos deze mentee",
    lockedByHr: "Behouden: vergrendeld door HR",
    lockedMutual: "Behouden: een wederzijdse keuze",
  },

  unmatched: {
    menteesTitle: (n) => `Mentees zonder mentor (${n})`,
    everyoneMatched: "Elke mentee die antwoordde, heeft een mentor.",
    listLabel: "Mentees zonder mentor",
    noAllowedMentor: (details) => `Alle mentoren zijn uitgesloten: ${details}.`,
    excludedBy: {
      "no-common-language": (n) => `${mentors(n)} zonder gemeenschappelijke taal`,
      "reporting-line": (n) => `${mentors(n)} in de hiërarchische lijn`,
      "same-department": (n) => `${mentors(n)} van dezelfde afdeling`,
      "met-before": (n) => `${mentors(n)} al gekoppeld in een vorige ronde`,
    },
    notEnoughCapacity: (n) =>
      `${count(n, "mentor zou passen", "mentoren zouden passen")}, maar de beste duo's voor de hele ronde gebruiken hun plaatsen: voeg een mentor toe, verhoog een capaciteit of wijs er met de hand een toe.`,
    removedByHr: "Door HR uit het voorstel gehaald.",
    noAnswers: "Heeft de vragenlijst niet ingevuld.",
    assign: (name) => `Een mentor toewijzen aan ${name}`,
    mentorsTitle: (n) => `Mentoren zonder mentee (${n})`,
    everyMentorUsed: "Elke goedgekeurde mentor heeft minstens één mentee.",
    idleListLabel: "Mentoren zonder mentee",
    idle: {
      "not-needed": "Er is nog plaats, maar elke mentee past elders beter.",
      "no-allowed-mentee": "De harde regels sluiten elke mentee uit.",
      "no-answers": "Heeft de vragenlijst niet ingevuld.",
      "not-eligible": "Nog niet goedgekeurd of nog niet opgeleid.",
    },
    spare: (n) => `${count(n, "plaats", "plaatsen")} vrij`,
  },

  edits: {
    refusedTitle: "Deze wijziging werd geweigerd",
    failed: "De wijziging kon niet worden doorgevoerd",
    locked: (name) => `Het duo van ${name} is vergrendeld.`,
    unlocked: (name) => `Het duo van ${name} is ontgrendeld.`,
    removed: (name) => `${name} is uit het voorstel gehaald.`,
    swapped: (first, second) => `${first} en ${second} hebben van mentor gewisseld.`,
    assigned: (mentee, mentor) => `${mentee} heeft nu ${mentor} als mentor.`,
    swapTitle: (name) => `De mentor van ${name} ruilen`,
    swapWith: "Ruilen met",
    swapPlaceholder: "Kies een mentee",
    swapOption: (mentee, mentor) => `${mentee} (met ${mentor})`,
    swapPreview: (first, newMentor, second, otherMentor) =>
      `${first} zou ${newMentor} krijgen, en ${second} zou ${otherMentor} krijgen.`,
    swapConfirm: "Ruilen",
    noOneToSwap: "Er is geen ander duo om mee te ruilen.",
    assignTitle: (name) => `Een mentor kiezen voor ${name}`,
    mentorField: "Mentor",
    mentorPlaceholder: "Kies een mentor",
    withRoom: (mentor, spare) => `${mentor}: ${count(spare, "plaats", "plaatsen")} vrij`,
    alreadyHas: (mentor, mentees) => `${mentor}: heeft al ${count(mentees, "mentee", "mentees")}`,
    assignHint:
      "Een volle mentor, of een die door een harde regel is uitgesloten, wordt geweigerd met de reden.",
    assignConfirm: "Toewijzen",
    noMentorAvailable: "Er is geen mentor beschikbaar.",
  },

  publish: {
    publish: "De duo's publiceren",
    title: (n) => `${count(n, "duo", "duo's")} publiceren?`,
    groupsTitle: (n) => `${count(n, "groep", "groepen")} publiceren?`,
    running:
      "De ronde gaat naar de fase 'Sessies lopen': de duo's, regels en gewichten kunnen dan niet meer veranderen.",
    introductions: (n) =>
      n === 1
        ? "De Tandem-bot stelt de twee leden van het duo in Teams aan elkaar voor."
        : `De Tandem-bot stelt de leden van elk van de ${n} duo's in Teams aan elkaar voor.`,
    groupIntroductions: (n) =>
      n === 1
        ? "De Tandem-bot stelt de leden van de groep in Teams aan elkaar voor."
        : `De Tandem-bot stelt de leden van elk van de ${n} groepen in Teams aan elkaar voor.`,
    unmatchedTold: (n) =>
      n === 1
        ? "De mentee zonder mentor krijgt dat te horen, met de reden."
        : `De ${n} mentees zonder mentor krijgen dat te horen, met de reden.`,
    everyoneMatched: "Elke mentee die antwoordde, heeft een mentor.",
    confirm: "Publiceren",
    publishedTitle: "Duo's gepubliceerd",
    publishedText: (date, pairs) =>
      `Gepubliceerd op ${date}: ${count(pairs, "duo", "duo's")}. De Tandem-bot stelt elk duo in Teams voor en laat het de mentees zonder mentor weten.`,
    readOnly: "Dit is het gepubliceerde resultaat: het kan niet meer worden gewijzigd.",
  },
};

export const SHORTLIST_DUTCH: ShortlistTexts = {
  title: "Kies met wie u graag een duo zou vormen",
  intro: (max, otherSide) =>
    `Optioneel: kies maximaal ${max} ${otherSide} met wie u graag zou werken, in volgorde van voorkeur.`,
  notAGuarantee:
    "Als u elkaar kiest, ziet HR dat als een sterke voorkeur, geen garantie: de duo's worden voor de hele ronde samengesteld.",
  otherSide: { mentor: "mentoren", mentee: "mentees" },
  loading: "De profielen worden geladen…",
  loadFailed: "De profielen konden niet worden geladen",
  failureTitle: "Kan de profielen niet laden",
  noCandidates: "Er zijn nog geen profielen om uit te kiezen.",
  candidatesLabel: "Profielen die u kunt kiezen",
  offers: "Kan delen",
  needs: "Wil leren",
  motivation: "Waarom mentor",
  choose: (name) => `${name} kiezen`,
  chosen: (rank) => `Uw keuze nr. ${rank}`,
  unchoose: (name) => `${name} uit uw keuzes halen`,
  yourChoices: "Uw keuzes",
  noChoiceYet: "Nog geen keuze: dit is optioneel.",
  full: (max) => `U hebt er ${max} gekozen: haal er een weg om iemand anders te kiezen.`,
  moveUp: (name) => `${name} omhoog`,
  moveDown: (name) => `${name} omlaag`,
  save: "Mijn keuzes opslaan",
  saved: "Uw keuzes zijn opgeslagen.",
  unsaved: "Nog niet opgeslagen.",
  saveFailed: "Uw keuzes konden niet worden opgeslagen",
  closedTitle: "De keuzes zijn afgesloten",
  closedText: "De duo's worden samengesteld of zijn al gepubliceerd: uw keuzes zijn aan HR doorgegeven.",
  closedNone:
    "U hebt niemand gekozen: geen probleem, de duo's worden op basis van uw antwoorden samengesteld.",
};
