/** The bot's texts in French (vouvoiement). */
import type { BotTexts } from "./bot-texts";

const yourText = (mentee: boolean): string => (mentee ? "votre objectif" : "votre motivation");
const scoreName = (mentee: boolean): string => (mentee ? "niveau d'aisance" : "niveau");

export const FRENCH: BotTexts = {
  dateLocale: "fr-FR",
  dateTimeJoiner: "à",

  welcome: {
    greeting: (firstName) => `Bonjour ${firstName}`,
    greetingWithoutName: "Bonjour",
    takingPart: (waveName, role) =>
      `Vous participez à ${waveName} en tant que ${
        role === "mentee"
          ? "mentoré : un dirigeant accompagné par un mentor digital"
          : "mentor : un mentor digital qui accompagne un dirigeant"
      }.`,
    period: (start, end) => `Du ${start} au ${end}`,
    questionnaireClosed: "Le questionnaire est clos : les réponses ne peuvent plus être modifiées.",
    answersSaved:
      "Vos réponses sont enregistrées. Vous pouvez les modifier jusqu'à la clôture du questionnaire.",
    firstStep: (role) =>
      role === "mentee"
        ? "Première étape : dites-nous pour quels besoins digitaux vous aimeriez être accompagné."
        : "Première étape : dites-nous quelles compétences digitales vous aimeriez partager.",
    seeAnswers: "Voir mes réponses",
    seeOrEditAnswers: "Voir ou modifier mes réponses",
    answerQuestionnaire: "Répondre au questionnaire",
  },

  help: {
    title: "Ce que je peux faire",
    intro: "Envoyez-moi l'un de ces mots :",
    commands: [
      { word: "bonjour", meaning: "Votre rôle dans le programme" },
      { word: "questionnaire", meaning: "Répondre à votre questionnaire ou le modifier" },
      { word: "aide", meaning: "Cette liste" },
    ],
    tab: "L'onglet **Mon mentorat** affiche à tout moment votre statut et vos réponses.",
    didNotUnderstand: "Désolé, je n'ai pas compris. Voici ce que je peux faire :",
  },

  notices: {
    hello: (firstName) => (firstName ? `Bonjour ${firstName}` : "Bonjour"),
    notEnrolled:
      "Vous n'êtes inscrit à aucune vague de mentorat Tandem pour le moment : aucun questionnaire ne vous attend donc encore. " +
      "L'équipe RH du programme inscrit les mentors et les mentorés de chaque vague ; si vous vous êtes porté volontaire, elle vous ajoutera et je vous écrirai ici.",
    closedTitle: "Le questionnaire est clos",
    closedNotYetOpen: (waveName) =>
      `Le questionnaire de ${waveName} n'est pas ouvert pour le moment. L'équipe RH du programme vous préviendra dès son ouverture.`,
    closedRefusal: () => "Le questionnaire est clos. Vos réponses n'ont pas été enregistrées.",
    notSavedTitle: "Non enregistré",
    forbidden: () =>
      "Ce questionnaire ne vous est pas destiné : vos réponses n'ont donc pas été enregistrées.",
    otherRefusal: () => "Vos réponses n'ont pas pu être enregistrées. Veuillez réessayer plus tard.",
  },

  form: {
    notSaved: (count) =>
      `Vos réponses n'ont pas été enregistrées : ${
        count === 1 ? "une réponse est à corriger" : `${count} réponses sont à corriger`
      }.`,
    optional: (label) => `${label} (facultatif)`,
    chooseTheme: "Choisissez un thème",
    none: "Aucun",
    chooseScore: "Choisissez de 1 à 5",
    send: "Envoyer mes réponses",
    errors: {
      "too-many": ({ max }, { mentee }) =>
        mentee ? `Choisissez au plus ${max} besoins.` : `Proposez au plus ${max} compétences.`,
      "none-chosen": (_, { mentee }) =>
        mentee ? "Choisissez au moins un besoin." : "Proposez au moins une compétence.",
      "score-without-theme": ({ line }, { mentee }) =>
        `La ligne ${line} a un ${scoreName(mentee)} mais pas de thème : choisissez un thème, ou « Aucun » pour laisser la ligne vide.`,
      "unknown-theme": ({ line }) => `La ligne ${line} ne correspond à aucun thème de cette vague.`,
      "duplicate-theme": ({ themeId, firstLine, line }, { theme }) =>
        `Vous avez choisi « ${theme(themeId)} » deux fois (lignes ${firstLine} et ${line}). Choisissez un thème différent pour chaque ligne.`,
      "score-missing": ({ themeId, min, max }, { mentee, theme }) =>
        `Indiquez un ${scoreName(mentee)} de ${min} à ${max} pour « ${theme(themeId)} ».`,
      "text-not-text": (_, { mentee }) => `Rédigez ${yourText(mentee)} sous forme de texte.`,
      "text-missing": (_, { mentee }) => `Rédigez ${yourText(mentee)} (une phrase ou deux suffisent).`,
      "text-too-long": ({ max, length }, { mentee }) =>
        `Raccourcissez ${yourText(mentee)} à ${max} caractères maximum (il en compte ${length}).`,
      "language-missing": () => "Choisissez une langue : Français, English ou Nederlands.",
      "languages-missing": () => "Choisissez au moins une langue dans laquelle vous pouvez accompagner.",
      "languages-unknown": () => "Choisissez vos langues parmi Français, English et Nederlands.",
      "capacity-missing": ({ min, max }) =>
        `Indiquez combien de mentorés vous pouvez accompagner (de ${min} à ${max}).`,
    },
  },

  mentee: {
    title: "Votre questionnaire de besoins",
    intro: (maxNeeds, lowest, highest) =>
      `Classez jusqu'à ${maxNeeds} besoins digitaux, du plus important au moins important. Pour chacun, ` +
      `indiquez votre niveau d'aisance actuel, de 1 (${lowest}) à 5 (${highest}).`,
    need: (line) => `Besoin n° ${line}`,
    firstNeed: "Besoin n° 1 (le plus important)",
    comfort: (line) => `Votre aisance avec le besoin n° ${line}`,
    needRequired: "Choisissez votre besoin le plus important.",
    goal: "Que souhaitez-vous savoir faire à l'issue de ce programme ?",
    goalPlaceholder: "Par exemple : publier sur LinkedIn au sujet de nos projets en toute confiance",
    goalRequired: "Décrivez votre objectif en une ou deux phrases.",
    language: "Dans quelle langue souhaitez-vous être accompagné ?",
    languageRequired: "Choisissez une langue.",
  },

  mentor: {
    title: "Votre questionnaire de compétences",
    intro: (maxSkills, lowest, highest) =>
      `Choisissez jusqu'à ${maxSkills} compétences digitales que vous aimeriez partager avec un dirigeant. ` +
      `Pour chacune, indiquez votre niveau, de 1 (${lowest.toLowerCase()}) à 5 (${highest.toLowerCase()}).`,
    skill: (line) => `Compétence n° ${line}`,
    level: (line) => `Votre niveau pour la compétence n° ${line}`,
    skillRequired: "Choisissez au moins une compétence à partager.",
    motivation: "Pourquoi aimeriez-vous accompagner un dirigeant ?",
    motivationRequired: "Décrivez votre motivation en une ou deux phrases.",
    languages: "Dans quelles langues pouvez-vous accompagner ?",
    languagesRequired: "Choisissez au moins une langue.",
    capacity: "Combien de dirigeants pouvez-vous accompagner pendant cette vague ?",
    capacityRequired: "Indiquez combien de dirigeants vous pouvez accompagner.",
    capacityText: (capacity) => `${capacity} ${capacity === 1 ? "mentoré" : "mentorés"}`,
  },

  summary: {
    yourAnswers: "Vos réponses",
    saved: "Merci, vos réponses sont enregistrées",
    unchanged: "Aucun changement : vos réponses étaient déjà enregistrées",
    subtitle: (role, waveName) =>
      `Questionnaire de ${role === "mentee" ? "besoins" : "compétences"} · ${waveName}`,
    lastUpdated: (when) => `Dernière mise à jour le ${when}`,
    closed: "Le questionnaire est clos : vos réponses ne peuvent plus être modifiées.",
    changeWhileOpen: "Vous pouvez les modifier tant que le questionnaire est ouvert.",
    changeUntil: (deadline) => `Vous pouvez les modifier jusqu'au ${deadline}.`,
    edit: "Modifier mes réponses",
    need: (line) => `Besoin n° ${line}`,
    needValue: (theme, comfort, max) => `${theme} · aisance ${comfort}/${max}`,
    goal: "Objectif",
    mentoringLanguage: "Langue du mentorat",
    skill: (line) => `Compétence n° ${line}`,
    skillValue: (theme, level, max) => `${theme} · niveau ${level}/${max}`,
    motivation: "Motivation",
    languages: "Langues",
    capacity: "Disponibilité",
  },

  campaign: {
    invitation: (firstName, waveName, deadline) =>
      `Bonjour ${firstName}, l'équipe RH du programme vous invite à répondre au questionnaire de ${waveName} (environ cinq minutes, jusqu'au ${deadline}).`,
    reminder: (firstName, waveName, deadline) =>
      `Bonjour ${firstName}, petit rappel : votre questionnaire de ${waveName} attend toujours vos réponses (jusqu'au ${deadline}).`,
  },

  introduction: {
    preview: (waveName) => `Votre binôme pour ${waveName} est formé : faites connaissance.`,
    meetYourMentor: (name) => `Voici votre mentor, ${name}`,
    meetYourMentee: (name) => `Voici votre mentoré, ${name}`,
    meetYourGroup: "Voici votre groupe Tandem",
    paired: (waveName) => `L'équipe RH du programme a formé votre binôme pour ${waveName}.`,
    mentor: "Mentor",
    mentee: "Mentoré",
    you: (name) => `${name} (vous)`,
    department: "Service",
    site: "Lieu",
    languages: "Langues",
    skills: "Compétences",
    skillLevel: (theme, level) => `${theme} (${level.toLowerCase()})`,
    topNeeds: "Besoins prioritaires",
    inTheirWords: "En quelques mots",
    topicsTitle: "Sujets pour votre première rencontre",
    noSharedTopics:
      "Aucun sujet commun n'est ressorti : partez des besoins du mentoré et voyez ce que le mentor peut partager.",
    rhythm: (minutes, start, end) =>
      `Vous vous voyez une fois par mois, ${minutes} minutes à chaque fois, du ${start} au ${end}.`,
    chatWith: (name) => `Écrire à ${name}`,
    groupChat: "Ouvrir une conversation de groupe",
    proposalSoFar: (name, when) => `${name} a proposé le ${when} pour votre première séance.`,
  },

  firstSession: {
    formTitle: "Proposer la première séance",
    formIntro: (start, end) =>
      `Choisissez une date entre le ${start} et le ${end} et une heure qui vous convient ; je la transmettrai aux autres.`,
    date: "Date de la séance",
    time: "Heure de début",
    dateRequired: "Choisissez une date pour la première séance.",
    timeRequired: "Choisissez une heure de début.",
    propose: "Proposer cette date",
    notSent: "Votre proposition n'a pas été envoyée :",
    problems: {
      "date-missing": () => "Choisissez une date pour la première séance.",
      "date-not-a-date": () => "Ce n'est pas une date : choisissez-en une dans le calendrier.",
      "date-outside-wave": (start, end) =>
        `Choisissez une date pendant la vague, entre le ${start} et le ${end}.`,
      "date-in-the-past": () => "Ce moment est déjà passé : choisissez une date et une heure à venir.",
      "time-missing": () => "Choisissez une heure de début.",
      "time-not-a-time": () => "Ce n'est pas une heure : choisissez-en une comme 14:30.",
      "wave-not-running": () =>
        "Cette vague n'est plus en cours : il n'est plus possible d'y proposer une séance.",
    },
    sentTitle: "Votre proposition est envoyée",
    alreadySentTitle: "Vous aviez déjà proposé cette date",
    youProposed: (when) => `Vous avez proposé le ${when} pour votre première séance.`,
    told: (names) => `Je l'ai transmise à ${names}, qui peut vous répondre dans la conversation.`,
    stillTrying: (names) => `J'essaie encore de joindre ${names} ; je continue.`,
    notTold: (names) =>
      `Je n'ai pas pu joindre ${names} dans Teams (Tandem n'est peut-être pas encore installé) : envoyez-lui un message vous-même.`,
    yourPair: (names) => `Votre binôme : ${names}`,
    changeTitle: "Besoin d'une autre date ?",
    proposeInstead: "Proposer plutôt cette date",
    noticePreview: (name) => `${name} propose une date pour votre première séance.`,
    noticeTitle: (name) => `${name} propose une première séance`,
    noticeText: (name, when) => `${name} propose le ${when} pour votre première séance.`,
    replyInChat: (name) =>
      `Répondez à ${name} dans une conversation pour confirmer, ou proposez une autre date ci-dessous.`,
    notYoursTitle: "Non envoyé",
    notYours: "Cette carte ne concerne pas un binôme dont vous faites partie : rien n'a été envoyé.",
  },

  notMatched: {
    preview: (waveName) => `Des nouvelles de votre binôme pour ${waveName}.`,
    menteeTitle: "Pas encore de mentor pour vous",
    menteeIntro: (waveName) => `Nous n'avons pas pu vous associer à un mentor pour ${waveName}.`,
    notEnoughMentors: "Il n'y avait pas assez de mentors pour tous les mentorés de cette vague.",
    ruledOut: "Les règles du programme n'ont laissé aucun mentor pouvant vous être associé :",
    noCommonLanguage: (count) =>
      count === 1
        ? "1 mentor ne parle aucune de vos langues"
        : `${count} mentors ne parlent aucune de vos langues`,
    reportingLine: (count) =>
      count === 1
        ? "1 mentor fait partie de votre ligne hiérarchique"
        : `${count} mentors font partie de votre ligne hiérarchique`,
    sameDepartment: (count) =>
      count === 1
        ? "1 mentor travaille dans votre service"
        : `${count} mentors travaillent dans votre service`,
    metBefore: (count) =>
      count === 1
        ? "1 mentor a déjà formé un binôme avec vous lors d'une vague précédente"
        : `${count} mentors ont déjà formé un binôme avec vous lors d'une vague précédente`,
    removedByHr: "L'équipe RH du programme vous a retiré des binômes de cette vague.",
    noAnswers:
      "Nous n'avions pas vos réponses au questionnaire, or c'est à partir d'elles que les binômes sont formés.",
    hrWillGetBack: "L'équipe RH du programme reviendra vers vous.",
    reserveTitle: "Merci : vous êtes sur la liste de réserve",
    reserve: (waveName) =>
      `Tous les mentorés de ${waveName} ont un mentor cette fois-ci : vous êtes donc sur la liste de réserve. Si une place se libère pendant la vague, l'équipe RH du programme pourra faire appel à vous.`,
    reserveNoAllowedMentee: (waveName) =>
      `Les règles du programme (langues, lignes hiérarchiques) n'ont laissé aucun mentoré de ${waveName} pouvant vous être associé : vous êtes donc sur la liste de réserve, et l'équipe RH du programme pourra faire appel à vous pendant la vague.`,
    mentorNotPairedTitle: "Pas de binôme pour vous dans cette vague",
    mentorNoAnswers: (waveName) =>
      `Nous n'avions pas vos réponses au questionnaire de ${waveName} : nous n'avons donc pas pu vous associer. L'équipe RH du programme reviendra vers vous.`,
    mentorNotEligible: (waveName) =>
      `Merci de vous être porté volontaire pour ${waveName}. Vous ne faites pas partie d'un binôme dans cette vague ; l'équipe RH du programme reviendra vers vous.`,
  },
};
