/** The tab's texts in French (vouvoiement). */
import { HR_FRENCH } from "./hr-french";
import type { TabTexts } from "./tab-texts";

const itIsClosed = (on: string | undefined): string =>
  on === undefined ? "Il est clos" : `Il a été clos le ${on}`;
const itIsOpen = (until: string | undefined): string =>
  until === undefined ? "Il est ouvert" : `Il est ouvert jusqu'au ${until}`;

export const FRENCH: TabTexts = {
  intlLocale: "fr-FR",
  languageNames: { fr: "français", en: "anglais", nl: "néerlandais" },

  shell: {
    starting: "Démarrage de Tandem…",
    couldNotStart: "Tandem n'a pas pu démarrer",
    retry: "Réessayer",
  },

  signIn: {
    title: "Se connecter à Tandem",
    intro:
      "Connexion de démonstration sur ce serveur local : choisissez un participant pour voir Tandem comme lui. Dans Microsoft Teams, vous êtes connecté automatiquement.",
    sessionExpired: "Votre session a expiré, veuillez vous reconnecter.",
    loadingUsers: "Chargement des utilisateurs de démonstration…",
    usersFailed: "Impossible de charger les utilisateurs de démonstration",
    noDemoUsers: "Aucun utilisateur de démonstration",
    signInFailed: "La connexion de démonstration a échoué",
    noUsersYet:
      "Il n'y a pas encore d'utilisateurs de démonstration. Chargez les données locales, puis rechargez cette page.",
    usersLabel: "Utilisateurs de démonstration",
    signingInAs: (displayName) => `Connexion en tant que ${displayName}`,
    hrBadge: "RH",
    demoSignInAs: "Connexion de démonstration en tant que",
    hrLead: "responsable RH du programme",
    switchUser: "Changer d'utilisateur",
    openInTeamsTitle: "Ouvrez Tandem dans Microsoft Teams",
    openInTeamsText:
      "Votre mentorat se trouve dans l'application Tandem de Microsoft Teams. Ouvrez Teams, sélectionnez Tandem dans vos applications, puis l'onglet Mon mentorat pour voir votre rôle, votre vague et votre questionnaire.",
  },

  pages: {
    navigationLabel: "Pages de Tandem",
    myMentoringTab: "Mon mentorat",
    programmeTab: "Programme (RH)",
    loadingProgramme: "Chargement du programme…",
    programmeFailedTitle: "Impossible d'ouvrir le programme",
    programmeFailed: (detail) =>
      `Les pages du programme n'ont pas pu s'afficher${detail ? ` (${detail})` : ""}.`,
  },

  myMentoring: {
    title: "Mon mentorat",
    loading: "Chargement de votre mentorat…",
    loadFailedTitle: "Impossible de charger votre mentorat",
    loadFailed: "Votre mentorat n'a pas pu être chargé",
    notEnrolledTitle: "Vous ne faites pas encore partie d'une vague de mentorat",
    notEnrolledText:
      "Lorsque votre organisation vous inscrira comme mentor ou comme mentoré, votre rôle, votre vague et votre questionnaire apparaîtront ici. Le bot Tandem vous écrira également dans Teams.",
  },

  role: {
    title: "Votre rôle",
    names: { mentor: "Mentor", mentee: "Mentoré" },
    sentences: {
      mentor:
        "Vous êtes mentor : vous partagez votre savoir-faire digital avec un dirigeant qui souhaite apprendre.",
      mentee: "Vous êtes mentoré : un mentor digital vous accompagne sur les thèmes que vous avez choisis.",
    },
    department: "Service",
    site: "Site",
  },

  wave: {
    title: "Votre vague",
    states: {
      draft: { label: "En préparation", sentence: "La vague est en cours de préparation." },
      enrolling: { label: "Inscriptions", sentence: "Les participants sont en cours d'inscription." },
      questionnaire: {
        label: "Questionnaire",
        sentence: "Les mentorés et les mentors répondent à leur questionnaire.",
      },
      matching: {
        label: "Mise en relation",
        sentence: "Tandem forme les binômes entre mentorés et mentors.",
      },
      running: { label: "Séances en cours", sentence: "Les séances de mentorat sont en cours." },
      closing: { label: "Clôture", sentence: "La vague touche à sa fin." },
      closed: { label: "Terminée", sentence: "La vague est terminée." },
    },
    dates: "Dates",
    sessions: "Séances",
    sessionEach: (length) => `${length} chacune`,
    sessionLength: (minutes) => {
      if (minutes < 60 || minutes % 30 !== 0) return `${minutes} minutes`;
      const hours = minutes / 60;
      return hours === 1 ? "1 heure" : `${String(hours).replace(".", ",")} heures`;
    },
  },

  questionnaire: {
    title: { mentee: "Votre questionnaire de besoins", mentor: "Votre questionnaire de compétences" },
    submitted: "Envoyé",
    notStarted: "Pas commencé",
    lastUpdated: "Dernière modification le",
    notAnswered: "Vous n'y avez pas encore répondu.",
    askTheBot: "Répondez-y dans la conversation avec le bot Tandem : écrivez « questionnaire ».",
    whatItAsks: {
      mentee:
        "Il vous demande ce que vous souhaitez apprendre (jusqu'à 3 thèmes), votre aisance actuelle sur chacun et votre objectif.",
      mentor:
        "Il vous demande ce que vous pouvez partager (jusqu'à 5 thèmes), votre niveau sur chacun, vos langues et le nombre de mentorés que vous pouvez accompagner.",
    },
    open: (until) => `${itIsOpen(until)}.`,
    openToChange: (until) =>
      `${itIsOpen(until)} : pour modifier vos réponses, écrivez « questionnaire » au bot Tandem.`,
    opensLater: "Il ouvrira plus tard dans la vague : le bot Tandem vous écrira à ce moment-là.",
    closedFinal: (on) => `${itIsClosed(on)} : vos réponses sont définitives.`,
    closedContactTeam: (on) =>
      `${itIsClosed(on)}. Contactez l'équipe du programme si vous souhaitez encore participer.`,
  },

  answers: {
    whatYouWantToLearn: "Ce que vous souhaitez apprendre, par priorité",
    comfortToday: "Aisance actuelle",
    yourGoal: "Votre objectif",
    preferredLanguage: "Langue préférée",
    whatYouCanShare: "Ce que vous pouvez partager",
    yourLevel: "Votre niveau",
    whyYouMentor: "Pourquoi vous êtes mentor",
    languages: "Langues",
    capacity: "Disponibilité",
    capacityText: (capacity) => (capacity === 1 ? "1 mentoré" : `Jusqu'à ${capacity} mentorés`),
    score: (value, max) => `${value} sur ${max}`,
  },

  hr: HR_FRENCH,
};
