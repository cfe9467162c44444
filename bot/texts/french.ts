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
};
