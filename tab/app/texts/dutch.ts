/** The tab's texts in Dutch (u-vorm). */
import { HR_DUTCH } from "./hr-dutch";
import type { TabTexts } from "./tab-texts";

const itIsClosed = (on: string | undefined): string =>
  on === undefined ? "De vragenlijst is gesloten" : `De vragenlijst is gesloten sinds ${on}`;
const itIsOpen = (until: string | undefined): string =>
  until === undefined ? "De vragenlijst is open" : `De vragenlijst is open tot ${until}`;

export const DUTCH: TabTexts = {
  intlLocale: "nl-BE",
  languageNames: { fr: "Frans", en: "Engels", nl: "Nederlands" },

  shell: {
    starting: "Tandem wordt gestart…",
    couldNotStart: "Tandem kon niet starten",
    retry: "Opnieuw proberen",
  },

  signIn: {
    title: "Aanmelden bij Tandem",
    intro:
      "Demo-aanmelding op deze lokale server: kies een deelnemer om Tandem te zien zoals die persoon het ziet. In Microsoft Teams wordt u automatisch aangemeld.",
    sessionExpired: "Uw sessie is verlopen, meld u opnieuw aan.",
    loadingUsers: "Demogebruikers worden geladen…",
    usersFailed: "De demogebruikers konden niet worden geladen",
    noDemoUsers: "Geen demogebruikers",
    signInFailed: "De demo-aanmelding is mislukt",
    noUsersYet: "Er zijn nog geen demogebruikers. Laad de lokale gegevens en herlaad daarna deze pagina.",
    usersLabel: "Demogebruikers",
    signingInAs: (displayName) => `Aanmelden als ${displayName}`,
    hrBadge: "HR",
    demoSignInAs: "Demo-aanmelding als",
    hrLead: "HR-programmaverantwoordelijke",
    switchUser: "Andere gebruiker",
    openInTeamsTitle: "Open Tandem in Microsoft Teams",
    openInTeamsText:
      "Uw mentoring vindt u in de Tandem-app in Microsoft Teams. Open Teams, kies Tandem bij uw apps en daarna het tabblad Mijn mentoring om uw rol, uw ronde en uw vragenlijst te zien.",
  },

  pages: {
    navigationLabel: "Tandem-pagina's",
    myMentoringTab: "Mijn mentoring",
    programmeTab: "Programma (HR)",
    loadingProgramme: "Het programma wordt geladen…",
    programmeFailedTitle: "Het programma kon niet worden geopend",
    programmeFailed: (detail) =>
      `De programmapagina's konden niet worden getoond${detail ? ` (${detail})` : ""}.`,
  },

  myMentoring: {
    title: "Mijn mentoring",
    loading: "Uw mentoring wordt geladen…",
    loadFailedTitle: "Uw mentoring kon niet worden geladen",
    loadFailed: "Uw mentoring kon niet worden geladen",
    notEnrolledTitle: "U neemt nog niet deel aan een mentoringronde",
    notEnrolledText:
      "Zodra uw organisatie u inschrijft als mentor of als mentee, verschijnen hier uw rol, uw ronde en uw vragenlijst. De Tandem-bot stuurt u ook een bericht in Teams.",
  },

  role: {
    title: "Uw rol",
    names: { mentor: "Mentor", mentee: "Mentee" },
    sentences: {
      mentor: "U bent mentor: u deelt uw digitale knowhow met een leidinggevende die wil bijleren.",
      mentee: "U bent mentee: een digitale mentor begeleidt u bij de onderwerpen die u hebt gekozen.",
    },
    department: "Afdeling",
    site: "Vestiging",
  },

  wave: {
    title: "Uw ronde",
    states: {
      draft: { label: "In voorbereiding", sentence: "De ronde wordt voorbereid." },
      enrolling: { label: "Inschrijving", sentence: "De deelnemers worden ingeschreven." },
      questionnaire: {
        label: "Vragenlijst",
        sentence: "Mentees en mentoren vullen hun vragenlijst in.",
      },
      matching: { label: "Koppeling", sentence: "Tandem koppelt mentees aan mentoren." },
      running: { label: "Sessies lopen", sentence: "De mentorsessies zijn aan de gang." },
      closing: { label: "Afronding", sentence: "De ronde wordt afgerond." },
      closed: { label: "Afgesloten", sentence: "De ronde is afgelopen." },
    },
    dates: "Data",
    sessions: "Sessies",
    sessionEach: (length) => `${length} per sessie`,
    sessionLength: (minutes) => {
      if (minutes < 60 || minutes % 30 !== 0) return `${minutes} minuten`;
      const hours = minutes / 60;
      return `${String(hours).replace(".", ",")} uur`;
    },
  },

  questionnaire: {
    title: { mentee: "Uw vragenlijst over uw behoeften", mentor: "Uw vragenlijst over uw vaardigheden" },
    submitted: "Verzonden",
    notStarted: "Nog niet begonnen",
    lastUpdated: "Laatst gewijzigd op",
    notAnswered: "U hebt de vragenlijst nog niet ingevuld.",
    askTheBot: "Vul de vragenlijst in via de chat met de Tandem-bot: typ 'vragenlijst'.",
    whatItAsks: {
      mentee:
        "U geeft aan wat u wilt leren (maximaal 3 onderwerpen), hoe vertrouwd u zich met elk ervan voelt en wat uw doel is.",
      mentor:
        "U geeft aan wat u kunt delen (maximaal 5 onderwerpen), uw niveau in elk ervan, uw talen en hoeveel mentees u kunt begeleiden.",
    },
    open: (until) => `${itIsOpen(until)}.`,
    openToChange: (until) =>
      `${itIsOpen(until)}: typ 'vragenlijst' aan de Tandem-bot om uw antwoorden te wijzigen.`,
    opensLater: "De vragenlijst gaat later in de ronde open: de Tandem-bot stuurt u dan een bericht.",
    closedFinal: (on) => `${itIsClosed(on)}: uw antwoorden zijn definitief.`,
    closedContactTeam: (on) =>
      `${itIsClosed(on)}. Neem contact op met uw programmateam als u toch nog wilt deelnemen.`,
  },

  answers: {
    whatYouWantToLearn: "Wat u wilt leren, op volgorde van prioriteit",
    comfortToday: "Vertrouwdheid vandaag",
    yourGoal: "Uw doel",
    preferredLanguage: "Voorkeurstaal",
    whatYouCanShare: "Wat u kunt delen",
    yourLevel: "Uw niveau",
    whyYouMentor: "Waarom u mentor bent",
    languages: "Talen",
    capacity: "Capaciteit",
    capacityText: (capacity) => (capacity === 1 ? "1 mentee" : `Maximaal ${capacity} mentees`),
    score: (value, max) => `${value} van ${max}`,
  },

  hr: HR_DUTCH,
};
