/** The matching texts in French (vouvoiement): HR's Matching section and the participants' shortlist. */
import type { MatchingTexts, ShortlistTexts } from "./matching-texts";

const count = (n: number, singular: string, plural = `${singular}s`): string =>
  `${n} ${n === 1 || n === 0 ? singular : plural}`;
const ordinal = (n: number): string =>
  n === 1 ? "premier besoin" : n === 2 ? "deuxième besoin" : n === 3 ? "troisième besoin" : `besoin n° ${n}`;

export const MATCHING_FRENCH: MatchingTexts = {
  title: "Mise en relation",
  loading: "Chargement de la mise en relation…",
  loadFailed: "La mise en relation n'a pas pu être chargée",
  failureTitle: "Impossible de charger la mise en relation",
  notYetTitle: "La mise en relation vient après le questionnaire",
  notYetText:
    "Inscrivez d'abord les participants, validez les mentors et lancez le questionnaire : les binômes sont proposés à partir de leurs réponses.",
  questionnaireOpenTitle: "Le questionnaire est encore ouvert",
  questionnaireOpenText:
    "Les binômes sont proposés une fois la vague passée en mise en relation : les réponses sont alors closes, et mentors et mentorés peuvent encore se choisir jusqu'à la publication des binômes.",
  startMatching: "Lancer la mise en relation",
  startMatchingFailed: "La vague n'a pas pu passer en mise en relation",

  weights: {
    legend: "Ce qui fait un bon binôme",
    intro:
      "Le score d'un binôme additionne ces critères. Les règles impératives (une langue commune, jamais dans la même ligne hiérarchique, jamais déjà associés) ne s'échangent jamais contre des points.",
    criteria: {
      topics: {
        name: "Thèmes en commun",
        meaning:
          "Le mentor propose ce que le mentoré a demandé ; le thème que le mentoré a classé en premier compte le plus.",
      },
      level: {
        name: "Écart de niveau",
        meaning: "Le niveau du mentor sur ces thèmes dépasse nettement l'aisance actuelle du mentoré.",
      },
      language: {
        name: "Langue préférée",
        meaning: "Le mentor parle la langue que le mentoré préfère pour les séances.",
      },
      site: {
        name: "Même site",
        meaning:
          "Ils travaillent sur le même site, ou dans des fuseaux horaires proches : plus simple pour se voir.",
      },
      mutualChoice: {
        name: "Choix mutuel",
        meaning: "Ils se sont choisis l'un l'autre (compte pleinement), ou l'un a choisi l'autre.",
      },
    },
    share: (percent) => `${percent} d'un score parfait`,
    none: "Non pris en compte",
    save: "Enregistrer les pondérations",
    saved: "Pondérations enregistrées.",
    saveFailed: "Les pondérations n'ont pas pu être enregistrées",
    reset: "Revenir aux valeurs par défaut",
    takesEffect: "Les nouvelles pondérations s'appliquent à la prochaine proposition de binômes.",
    fixed:
      "Les binômes sont publiés : les pondérations avec lesquelles ils ont été formés ne peuvent plus changer.",
  },

  pool: {
    title: "Qui peut être associé",
    mentees: "Mentorés ayant répondu",
    mentors: "Mentors validés ayant répondu",
    places: "Places chez les mentors",
    mutualChoices: "Choix mutuels",
    propose: "Proposer des binômes",
    proposeAgain: "Proposer à nouveau (garde les binômes verrouillés)",
    proposing: "Recherche des meilleurs binômes pour toute la vague…",
    proposeFailed: "Les binômes n'ont pas pu être proposés",
    proposed: (pairs, unmatched) =>
      `${count(pairs, "binôme proposé", "binômes proposés")}, ${count(unmatched, "mentoré")} sans mentor.`,
  },

  totals: {
    title: "Proposition",
    pairs: (n) => count(n, "binôme"),
    groups: (n) => count(n, "groupe"),
    totalScore: "Score total",
    scoreOf: (total, optimal) => `${total} sur un maximum possible de ${optimal}`,
    proven: "Optimum prouvé",
    provenHint: "Aucune autre répartition de cette vague n'obtient un meilleur score.",
    notProven: "Meilleure solution trouvée",
    edited: "Modifiée à la main",
    editedHint:
      "Vos modifications ne sont conservées lors d'une nouvelle proposition que si vous verrouillez ces binômes.",
    proposedAt: (when) => `Proposée le ${when}`,
  },

  table: {
    regionLabel: "Binômes proposés",
    pairsLabel: "Binômes proposés, avec leur score et leurs raisons",
    groupsLabel: "Groupes proposés, avec leur score et leurs raisons",
    mentee: "Mentoré",
    mentor: "Mentor",
    group: "Groupe",
    score: "Score",
    reasons: "Pourquoi",
    lock: "Verrou",
    actions: "Actions",
    scoreLabel: (score, max) => `${score} points sur ${max}`,
    groupOf: (name) => `Groupe de ${name}`,
    lockedByHr: "Verrouillé par les RH",
    lockedMutual: "Mutuel, verrouillé",
    mutual: "Choix mutuel",
    notLocked: "Non verrouillé",
    lockPair: (name) => `Verrouiller le binôme de ${name}`,
    unlockPair: (name) => `Déverrouiller le binôme de ${name}`,
    actionsFor: (name) => `Autres modifications pour ${name}`,
    swap: "Échanger les mentors avec…",
    changeMentor: "Attribuer un autre mentor…",
    remove: "Retirer de la proposition",
    busy: (name) => `Modification du binôme de ${name}…`,
  },

  reasons: {
    topicCovered: (theme, rank, level, comfort) =>
      `Propose « ${theme} », ${ordinal(rank)} (niveau ${level} pour une aisance de ${comfort})`,
    topicNotCovered: (theme, rank) => `Ne propose pas « ${theme} » (${ordinal(rank)})`,
    preferredLanguage: (language) => `Parle ${language}, la langue préférée du mentoré`,
    commonLanguage: (language) => `Peut mener les séances en ${language}`,
    sameSite: (site) => `Tous deux à ${site}`,
    timeZoneGap: (hours) => (hours === 0 ? "Même fuseau horaire" : `${count(hours, "heure")} de décalage`),
    mutualChoice: "Ils se sont choisis l'un l'autre",
    chosenByMentee: "Le mentoré a choisi ce mentor",
    chosenByMentor: "Le mentor a choisi ce mentoré",
    lockedByHr: "Conservé : verrouillé par les RH",
    lockedMutual: "Conservé : choix mutuel",
  },

  unmatched: {
    menteesTitle: (n) => `Mentorés sans mentor (${n})`,
    everyoneMatched: "Chaque mentoré ayant répondu a un mentor.",
    listLabel: "Mentorés sans mentor",
    noAllowedMentor: (details) => `Tous les mentors sont exclus : ${details}.`,
    excludedBy: {
      "no-common-language": (n) => `${count(n, "mentor")} sans langue commune`,
      "reporting-line": (n) => `${count(n, "mentor")} dans la ligne hiérarchique`,
      "same-department": (n) => `${count(n, "mentor")} du même service`,
      "met-before": (n) =>
        `${count(n, "mentor")} déjà associé${n > 1 ? "s" : ""} lors d'une vague précédente`,
    },
    notEnoughCapacity: (n) =>
      `${count(n, "mentor conviendrait", "mentors conviendraient")}, mais les meilleurs binômes de la vague occupent leurs places : ajoutez un mentor, augmentez une capacité ou attribuez-en un à la main.`,
    removedByHr: "Retiré de la proposition par les RH.",
    noAnswers: "N'a pas répondu au questionnaire.",
    assign: (name) => `Attribuer un mentor à ${name}`,
    mentorsTitle: (n) => `Mentors sans mentoré (${n})`,
    everyMentorUsed: "Chaque mentor validé a au moins un mentoré.",
    idleListLabel: "Mentors sans mentoré",
    idle: {
      "not-needed": "Il reste de la place, mais chaque mentoré est mieux placé ailleurs.",
      "no-allowed-mentee": "Les règles impératives excluent tous les mentorés.",
      "no-answers": "N'a pas répondu au questionnaire.",
      "not-eligible": "Pas encore validé ou pas encore formé.",
    },
    spare: (n) => `${count(n, "place libre", "places libres")}`,
  },

  edits: {
    refusedTitle: "Cette modification a été refusée",
    failed: "La modification n'a pas pu être faite",
    locked: (name) => `Le binôme de ${name} est verrouillé.`,
    unlocked: (name) => `Le binôme de ${name} est déverrouillé.`,
    removed: (name) => `${name} a été retiré de la proposition.`,
    swapped: (first, second) => `${first} et ${second} ont échangé leurs mentors.`,
    assigned: (mentee, mentor) => `${mentee} a désormais ${mentor} pour mentor.`,
    swapTitle: (name) => `Échanger le mentor de ${name}`,
    swapWith: "Échanger avec",
    swapPlaceholder: "Choisissez un mentoré",
    swapOption: (mentee, mentor) => `${mentee} (avec ${mentor})`,
    swapPreview: (first, newMentor, second, otherMentor) =>
      `${first} aurait ${newMentor} pour mentor, et ${second} aurait ${otherMentor}.`,
    swapConfirm: "Échanger",
    noOneToSwap: "Il n'y a pas d'autre binôme avec qui échanger.",
    assignTitle: (name) => `Choisir un mentor pour ${name}`,
    mentorField: "Mentor",
    mentorPlaceholder: "Choisissez un mentor",
    withRoom: (mentor, spare) => `${mentor} : ${count(spare, "place libre", "places libres")}`,
    alreadyHas: (mentor, mentees) => `${mentor} : accompagne déjà ${count(mentees, "mentoré")}`,
    assignHint: "Un mentor complet, ou exclu par une règle impérative, est refusé avec la raison.",
    assignConfirm: "Attribuer",
    noMentorAvailable: "Aucun mentor n'est disponible.",
  },

  publish: {
    publish: "Publier les binômes",
    title: (n) => `Publier ${count(n, "binôme")} ?`,
    groupsTitle: (n) => `Publier ${count(n, "groupe")} ?`,
    running:
      "La vague passe à l'étape « Séances en cours » : ses binômes, ses règles et ses pondérations ne peuvent alors plus changer.",
    introductions: (n) =>
      n === 1
        ? "Le bot Tandem présente les deux membres du binôme l'un à l'autre dans Teams."
        : `Le bot Tandem présente les membres de chacun des ${n} binômes l'un à l'autre dans Teams.`,
    groupIntroductions: (n) =>
      n === 1
        ? "Le bot Tandem présente les membres du groupe les uns aux autres dans Teams."
        : `Le bot Tandem présente les membres de chacun des ${n} groupes les uns aux autres dans Teams.`,
    unmatchedTold: (n) =>
      n === 1
        ? "Le mentoré sans mentor en est informé, avec la raison."
        : `Les ${n} mentorés sans mentor en sont informés, avec la raison.`,
    everyoneMatched: "Chaque mentoré ayant répondu a un mentor.",
    confirm: "Publier",
    publishedTitle: "Binômes publiés",
    publishedText: (date, pairs) =>
      `Publiés le ${date} : ${count(pairs, "binôme")}. Le bot Tandem présente chaque binôme dans Teams et prévient les mentorés sans mentor.`,
    readOnly: "Voici le résultat publié : il ne peut plus être modifié.",
  },
};

export const SHORTLIST_FRENCH: ShortlistTexts = {
  title: "Choisissez avec qui vous aimeriez être associé",
  intro: (max, otherSide) =>
    `Facultatif : choisissez jusqu'à ${max} ${otherSide} avec qui vous aimeriez travailler, par ordre de préférence.`,
  notAGuarantee:
    "Quand vous vous choisissez l'un l'autre, les RH y voient une préférence forte, pas une garantie : les binômes sont formés pour toute la vague.",
  otherSide: { mentor: "mentors", mentee: "mentorés" },
  loading: "Chargement des profils…",
  loadFailed: "Les profils n'ont pas pu être chargés",
  failureTitle: "Impossible de charger les profils",
  noCandidates: "Aucun profil n'est encore proposé.",
  candidatesLabel: "Profils que vous pouvez choisir",
  offers: "Peut partager",
  needs: "Souhaite apprendre",
  motivation: "Pourquoi être mentor",
  choose: (name) => `Choisir ${name}`,
  chosen: (rank) => `Votre choix n° ${rank}`,
  unchoose: (name) => `Retirer ${name} de vos choix`,
  yourChoices: "Vos choix",
  noChoiceYet: "Aucun choix pour l'instant : c'est facultatif.",
  full: (max) => `Vous avez fait ${max} choix : retirez-en un pour choisir quelqu'un d'autre.`,
  moveUp: (name) => `Monter ${name}`,
  moveDown: (name) => `Descendre ${name}`,
  save: "Enregistrer mes choix",
  saved: "Vos choix sont enregistrés.",
  unsaved: "Pas encore enregistré.",
  saveFailed: "Vos choix n'ont pas pu être enregistrés",
  closedTitle: "Les choix sont clos",
  closedText:
    "Les binômes sont en cours de constitution ou déjà publiés : vos choix ont été transmis aux RH.",
  closedNone:
    "Vous n'avez choisi personne : ce n'est pas un problème, les binômes sont formés à partir de vos réponses.",
};
