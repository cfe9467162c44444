/** The tab's texts in English. */
import { HR_ENGLISH } from "./hr-english";
import type { TabTexts } from "./tab-texts";

export const ENGLISH: TabTexts = {
  intlLocale: "en-GB",
  languageNames: { fr: "French", en: "English", nl: "Dutch" },

  shell: {
    starting: "Starting Tandem…",
    couldNotStart: "Tandem could not start",
    retry: "Retry",
  },

  signIn: {
    title: "Sign in to Tandem",
    intro:
      "Demo sign-in on this local server: choose a participant to see Tandem as they do. In Microsoft Teams you are signed in automatically.",
    sessionExpired: "Your session expired, sign in again.",
    loadingUsers: "Loading demo users…",
    usersFailed: "Could not load the demo users",
    noDemoUsers: "No demo users",
    signInFailed: "The demo sign-in failed",
    noUsersYet: "There are no demo users yet. Seed the local data, then reload this page.",
    usersLabel: "Demo users",
    signingInAs: (displayName) => `Signing in as ${displayName}`,
    hrBadge: "HR",
    demoSignInAs: "Demo sign-in as",
    hrLead: "HR programme lead",
    switchUser: "Switch user",
    openInTeamsTitle: "Open Tandem in Microsoft Teams",
    openInTeamsText:
      "Your mentoring lives in the Tandem app in Microsoft Teams. Open Teams, select Tandem in your apps, then the My mentoring tab to see your role, your wave and your questionnaire.",
  },

  pages: {
    navigationLabel: "Tandem pages",
    myMentoringTab: "My mentoring",
    programmeTab: "Programme (HR)",
    loadingProgramme: "Loading the programme…",
    programmeFailedTitle: "Could not open the programme",
    programmeFailed: (detail) => `The programme pages could not be shown${detail ? ` (${detail})` : ""}.`,
  },

  myMentoring: {
    title: "My mentoring",
    loading: "Loading your mentoring…",
    loadFailedTitle: "Could not load your mentoring",
    loadFailed: "Your mentoring could not be loaded",
    notEnrolledTitle: "You are not in a mentoring wave yet",
    notEnrolledText:
      "When your organisation enrols you as a mentor or a mentee, your role, your wave and your questionnaire will appear here. The Tandem bot will also message you in Teams.",
  },

  role: {
    title: "Your role",
    names: { mentor: "Mentor", mentee: "Mentee" },
    sentences: {
      mentor: "You are a mentor: you share your digital know-how with an executive who wants to learn.",
      mentee: "You are a mentee: a digital native mentor coaches you on the topics you chose.",
    },
    department: "Department",
    site: "Site",
  },

  wave: {
    title: "Your wave",
    states: {
      draft: { label: "In preparation", sentence: "The wave is being prepared." },
      enrolling: { label: "Enrolment", sentence: "Participants are being enrolled." },
      questionnaire: {
        label: "Questionnaire",
        sentence: "Mentees and mentors are answering their questionnaires.",
      },
      matching: { label: "Matching", sentence: "Tandem is pairing mentees with mentors." },
      running: { label: "Sessions under way", sentence: "Mentoring sessions are under way." },
      closing: { label: "Closing", sentence: "The wave is wrapping up." },
      closed: { label: "Closed", sentence: "The wave has ended." },
    },
    dates: "Dates",
    sessions: "Sessions",
    sessionEach: (length) => `${length} each`,
    sessionLength: (minutes) => {
      if (minutes < 60 || minutes % 30 !== 0) return `${minutes} minutes`;
      const hours = minutes / 60;
      return hours === 1 ? "1 hour" : `${hours} hours`;
    },
  },

  questionnaire: {
    title: { mentee: "Your needs questionnaire", mentor: "Your skills questionnaire" },
    submitted: "Submitted",
    notStarted: "Not started",
    lastUpdated: "Last updated",
    notAnswered: "You have not answered it yet.",
    askTheBot: "Answer it in chat with the Tandem bot: say 'questionnaire'.",
    whatItAsks: {
      mentee:
        "It asks what you want to learn (up to 3 topics), how comfortable you feel with each, and your goal.",
      mentor:
        "It asks what you can share (up to 5 topics), your level in each, your languages and how many mentees you can take on.",
    },
    open: (until) => (until === undefined ? "It is open." : `It is open until ${until}.`),
    openToChange: (until) =>
      `${until === undefined ? "It is open" : `It is open until ${until}`}: to change your answers, say 'questionnaire' to the Tandem bot.`,
    opensLater: "It opens later in the wave: the Tandem bot will message you when it does.",
    closedFinal: (on) =>
      `${on === undefined ? "It is closed" : `It closed on ${on}`}: your answers are final.`,
    closedContactTeam: (on) =>
      `${on === undefined ? "It is closed" : `It closed on ${on}`}. Contact your programme team if you still want to take part.`,
  },

  answers: {
    whatYouWantToLearn: "What you want to learn, by priority",
    comfortToday: "Comfort today",
    yourGoal: "Your goal",
    preferredLanguage: "Preferred language",
    whatYouCanShare: "What you can share",
    yourLevel: "Your level",
    whyYouMentor: "Why you mentor",
    languages: "Languages",
    capacity: "Capacity",
    capacityText: (capacity) => (capacity === 1 ? "1 mentee" : `Up to ${capacity} mentees`),
    score: (value, max) => `${value} of ${max}`,
  },

  hr: HR_ENGLISH,
};
