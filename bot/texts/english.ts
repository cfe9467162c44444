/** The bot's texts in English. */
import type { BotTexts } from "./bot-texts";

export const ENGLISH: BotTexts = {
  dateLocale: "en-GB",
  dateTimeJoiner: "at",

  welcome: {
    greeting: (firstName) => `Hi ${firstName}`,
    greetingWithoutName: "Hi",
    takingPart: (waveName, role) =>
      `You're taking part in ${waveName} as ${
        role === "mentee"
          ? "a mentee: an executive being coached by a digital mentor"
          : "a mentor: a digital mentor coaching an executive"
      }.`,
    period: (start, end) => `${start} to ${end}`,
    questionnaireClosed: "The questionnaire is closed, so answers can no longer be changed.",
    answersSaved: "Your answers are saved. You can change them until the questionnaire closes.",
    firstStep: (role) =>
      role === "mentee"
        ? "First step: tell us which digital needs you'd like help with."
        : "First step: tell us which digital skills you'd like to share.",
    seeAnswers: "See my answers",
    seeOrEditAnswers: "See or edit my answers",
    answerQuestionnaire: "Answer the questionnaire",
  },

  help: {
    title: "What I can do",
    intro: "Send me one of these words:",
    commands: [
      { word: "hi", meaning: "Who you are in the programme" },
      { word: "questionnaire", meaning: "Answer or edit your questionnaire" },
      { word: "help", meaning: "This list" },
    ],
    tab: "The **My mentoring** tab shows your status and your answers at any time.",
    didNotUnderstand: "Sorry, I didn't get that. Here is what I can do:",
  },

  notices: {
    hello: (firstName) => (firstName ? `Hello ${firstName}` : "Hello"),
    notEnrolled:
      "You are not enrolled in a Tandem mentoring wave at the moment, so there is no questionnaire for you yet. " +
      "Your HR programme team enrols mentors and mentees for each wave; if you volunteered, they will add you and I will message you here.",
    closedTitle: "The questionnaire is closed",
    closedNotYetOpen: (waveName) =>
      `The questionnaire of ${waveName} is not open right now. Your HR programme team will tell you when it opens.`,
    closedRefusal: (coreMessage) => `${coreMessage} Your answers were not saved.`,
    notSavedTitle: "Not saved",
    forbidden: (coreMessage) => coreMessage,
    otherRefusal: (coreMessage) => coreMessage,
  },

  form: {
    notSaved: (count) =>
      `Your answers were not saved: ${count === 1 ? "1 answer needs" : `${count} answers need`} a correction.`,
    optional: (label) => `${label} (optional)`,
    chooseTheme: "Choose a theme",
    none: "None",
    chooseScore: "Choose from 1 to 5",
    send: "Send my answers",
    errors: {
      "too-many": ({ max }, { mentee }) =>
        mentee ? `Choose at most ${max} needs.` : `Offer at most ${max} skills.`,
      "none-chosen": (_, { mentee }) => (mentee ? "Choose at least one need." : "Offer at least one skill."),
      "score-without-theme": ({ line }, { mentee }) =>
        `Line ${line} has a ${mentee ? "comfort level" : "level"} but no theme: choose a theme, or "None" to leave the line out.`,
      "unknown-theme": ({ line }) => `Line ${line} is not a theme of this wave.`,
      "duplicate-theme": ({ themeId, firstLine, line }, { theme }) =>
        `You chose "${theme(themeId)}" twice (lines ${firstLine} and ${line}). Pick a different theme for each line.`,
      "score-missing": ({ themeId, min, max }, { mentee, theme }) =>
        `Give a ${mentee ? "comfort level" : "level"} from ${min} to ${max} for "${theme(themeId)}".`,
      "text-not-text": (_, { mentee }) => `Write ${mentee ? "your goal" : "your motivation"} as text.`,
      "text-missing": (_, { mentee }) =>
        `Write ${mentee ? "your goal" : "your motivation"} (a sentence or two is enough).`,
      "text-too-long": ({ max, length }, { mentee }) =>
        `Shorten ${mentee ? "your goal" : "your motivation"} to ${max} characters or fewer (it has ${length}).`,
      "language-missing": () => "Choose a language: Français, English or Nederlands.",
      "languages-missing": () => "Choose at least one language you can mentor in.",
      "languages-unknown": () => "Choose languages among Français, English and Nederlands.",
      "capacity-missing": ({ min, max }) => `Say how many mentees you can take on (${min} to ${max}).`,
    },
  },

  mentee: {
    title: "Your needs questionnaire",
    intro: (maxNeeds, lowest, highest) =>
      `Rank up to ${maxNeeds} digital needs, the most important first. For each one, say how comfortable ` +
      `you already feel, from 1 (${lowest}) to 5 (${highest}).`,
    need: (line) => `Need #${line}`,
    firstNeed: "Need #1 (most important)",
    comfort: (line) => `Your comfort with need #${line}`,
    needRequired: "Choose your most important need.",
    goal: "What do you want to be able to do after this programme?",
    goalPlaceholder: "For example: post on LinkedIn about our projects with confidence",
    goalRequired: "Write your goal in a sentence or two.",
    language: "Which language would you like to be mentored in?",
    languageRequired: "Choose a language.",
  },

  mentor: {
    title: "Your skills questionnaire",
    intro: (maxSkills, lowest, highest) =>
      `Choose up to ${maxSkills} digital skills you'd like to share with an executive. For each one, ` +
      `give your level, from 1 (${lowest.toLowerCase()}) to 5 (${highest.toLowerCase()}).`,
    skill: (line) => `Skill #${line}`,
    level: (line) => `Your level in skill #${line}`,
    skillRequired: "Choose at least one skill to share.",
    motivation: "Why would you like to mentor an executive?",
    motivationRequired: "Write your motivation in a sentence or two.",
    languages: "Which languages can you mentor in?",
    languagesRequired: "Choose at least one language.",
    capacity: "How many executives can you mentor in this wave?",
    capacityRequired: "Choose how many executives you can mentor.",
    capacityText: (capacity) => `${capacity} ${capacity === 1 ? "mentee" : "mentees"}`,
  },

  summary: {
    yourAnswers: "Your answers",
    saved: "Thanks, your answers are saved",
    unchanged: "Nothing changed: your answers were already saved",
    subtitle: (role, waveName) => `${role === "mentee" ? "Needs" : "Skills"} questionnaire · ${waveName}`,
    lastUpdated: (when) => `Last updated ${when}`,
    closed: "The questionnaire is closed, so your answers can no longer be changed.",
    changeWhileOpen: "You can change them while the questionnaire is open.",
    changeUntil: (deadline) => `You can change them until ${deadline}.`,
    edit: "Edit my answers",
    need: (line) => `Need #${line}`,
    needValue: (theme, comfort, max) => `${theme} · comfort ${comfort}/${max}`,
    goal: "Goal",
    mentoringLanguage: "Mentoring language",
    skill: (line) => `Skill #${line}`,
    skillValue: (theme, level, max) => `${theme} · level ${level}/${max}`,
    motivation: "Motivation",
    languages: "Languages",
    capacity: "Capacity",
  },

  campaign: {
    invitation: (firstName, waveName, deadline) =>
      `Hello ${firstName}, the HR programme team invites you to answer the ${waveName} questionnaire (about five minutes, until ${deadline}).`,
    reminder: (firstName, waveName, deadline) =>
      `Hello ${firstName}, a friendly reminder: your ${waveName} questionnaire is still waiting for your answers (until ${deadline}).`,
  },

  introduction: {
    preview: (waveName) => `You have been paired for ${waveName}: meet the people you will work with.`,
    meetYourMentor: (name) => `Meet your mentor, ${name}`,
    meetYourMentee: (name) => `Meet your mentee, ${name}`,
    meetYourGroup: "Meet your Tandem group",
    paired: (waveName) => `The HR programme team has paired you for ${waveName}.`,
    mentor: "Mentor",
    mentee: "Mentee",
    you: (name) => `${name} (you)`,
    department: "Department",
    site: "Site",
    languages: "Languages",
    skills: "Skills",
    skillLevel: (theme, level) => `${theme} (${level})`,
    topNeeds: "Top needs",
    inTheirWords: "In their words",
    topicsTitle: "Topics for your first meeting",
    noSharedTopics:
      "No topic came out in common: start from the mentee's needs and see what the mentor can share.",
    rhythm: (minutes, start, end) =>
      `You meet once a month, ${minutes} minutes each time, from ${start} to ${end}.`,
    chatWith: (name) => `Chat with ${name}`,
    groupChat: "Open a group chat",
    proposalSoFar: (name, when) => `${name} proposed ${when} for your first session.`,
  },

  firstSession: {
    formTitle: "Propose the first session",
    formIntro: (start, end) =>
      `Pick a date between ${start} and ${end} and a time that suits you; I will pass it on to the others.`,
    date: "Session date",
    time: "Start time",
    dateRequired: "Pick a date for the first session.",
    timeRequired: "Pick a start time.",
    propose: "Propose this date",
    notSent: "Your proposal was not sent:",
    problems: {
      "date-missing": () => "Pick a date for the first session.",
      "date-not-a-date": () => "That is not a date: pick one from the calendar.",
      "date-outside-wave": (start, end) => `Pick a date within the wave, between ${start} and ${end}.`,
      "date-in-the-past": () => "That moment has already passed: pick a date and time still to come.",
      "time-missing": () => "Pick a start time.",
      "time-not-a-time": () => "That is not a time of day: pick one such as 14:30.",
      "wave-not-running": () => "This wave is not running any more, so no session can be proposed in it.",
    },
    sentTitle: "Your proposal is sent",
    alreadySentTitle: "You had already proposed this date",
    youProposed: (when) => `You proposed ${when} for your first session.`,
    told: (names) => `I told ${names}: they can reply to you in chat.`,
    stillTrying: (names) => `I am still trying to reach ${names}; I will keep trying.`,
    notTold: (names) =>
      `I could not reach ${names} in Teams (they may not have installed Tandem yet): send them a message yourself.`,
    yourPair: (names) => `Your pair: ${names}`,
    changeTitle: "Need another date?",
    proposeInstead: "Propose this date instead",
    noticePreview: (name) => `${name} proposes a date for your first session.`,
    noticeTitle: (name) => `${name} proposes a first session`,
    noticeText: (name, when) => `${name} proposes ${when} for your first session.`,
    replyInChat: (name) => `Reply to ${name} in chat to agree, or propose another date below.`,
    notYoursTitle: "Not sent",
    notYours: "This card is not about a pair you belong to, so nothing was sent.",
  },

  notMatched: {
    preview: (waveName) => `News about your pairing in ${waveName}.`,
    menteeTitle: "No mentor for you yet",
    menteeIntro: (waveName) => `We could not pair you with a mentor in ${waveName}.`,
    notEnoughMentors: "There were not enough mentors for every mentee in this wave.",
    ruledOut: "The programme's rules left no mentor who could be paired with you:",
    noCommonLanguage: (count) =>
      count === 1
        ? "1 mentor speaks none of your languages"
        : `${count} mentors speak none of your languages`,
    reportingLine: (count) =>
      count === 1 ? "1 mentor is in your reporting line" : `${count} mentors are in your reporting line`,
    sameDepartment: (count) =>
      count === 1 ? "1 mentor works in your department" : `${count} mentors work in your department`,
    metBefore: (count) =>
      count === 1
        ? "1 mentor was already paired with you in an earlier wave"
        : `${count} mentors were already paired with you in an earlier wave`,
    removedByHr: "The HR programme team kept you out of this wave's pairs.",
    noAnswers: "We had no answers to your questionnaire, and they are what pairs are made from.",
    hrWillGetBack: "The HR programme team will get back to you.",
    reserveTitle: "Thank you: you are on the reserve list",
    reserve: (waveName) =>
      `Every mentee of ${waveName} has a mentor this time, so you are on the reserve list: if a place opens during the wave, the HR programme team may call on you.`,
    reserveNoAllowedMentee: (waveName) =>
      `The programme's rules (languages, reporting lines) left no mentee of ${waveName} you could be paired with, so you are on the reserve list: the HR programme team may call on you during the wave.`,
    mentorNotPairedTitle: "You are not paired in this wave",
    mentorNoAnswers: (waveName) =>
      `We had no answers to your questionnaire for ${waveName}, so we could not pair you. The HR programme team will get back to you.`,
    mentorNotEligible: (waveName) =>
      `Thank you for volunteering for ${waveName}. You are not paired in this wave; the HR programme team will get back to you.`,
  },
};
