/** The HR pages' texts in French (vouvoiement). */
import type { HrTexts } from "./hr-texts";

const count = (n: number, singular: string, plural = `${singular}s`): string =>
  `${n} ${n === 1 || n === 0 ? singular : plural}`;
const places = (n: number): string => count(n, "place");

export const HR_FRENCH: HrTexts = {
  common: {
    cancel: "Annuler",
    notSaved: "Non enregistré",
    allWaves: "Toutes les vagues",
    couldNotRefresh: (message) => `Actualisation impossible : ${message}`,
    actionFailed: (action) => `Échec de l'action « ${action} »`,
    percent: (whole) => `${whole}\u202f%`,
    mentees: (n) => count(n, "mentoré"),
    mentors: (n) => count(n, "mentor"),
    people: (n) => count(n, "personne"),
  },

  waveList: {
    eyebrow: "Programme",
    title: "Vagues",
    newWave: "Nouvelle vague",
    intro:
      "Une vague est une édition du programme : ses participants, son questionnaire, ses binômes et ses séances mensuelles. Ouvrez une vague pour inscrire des participants, lancer le questionnaire et suivre les besoins.",
    loading: "Chargement des vagues…",
    loadFailed: "Les vagues n'ont pas pu être chargées",
    failureTitle: "Impossible de charger les vagues",
    emptyTitle: "Aucune vague pour l'instant",
    emptyText:
      "Créez la première vague : ses dates, son catalogue de thèmes et ses règles de constitution des binômes. Vous pourrez ensuite inscrire les participants.",
  },

  newWave: { title: "Nouvelle vague", create: "Créer la vague" },

  waveDetail: {
    loading: "Chargement de la vague…",
    loadFailed: "La vague n'a pas pu être chargée",
    failureTitle: "Impossible de charger la vague",
    lifecycle: "Cycle de vie",
    monthlySessions: (minutes) => `séances mensuelles de ${minutes} minutes`,
    mentorVetting: (approved, trained) =>
      `${approved} ${approved > 1 ? "validés" : "validé"}, ${trained} ${trained > 1 ? "formés" : "formé"}`,
    answered: (n) => `${n} ${n > 1 ? "réponses" : "réponse"}`,
    withdrawn: (n) => `${n} ${n > 1 ? "retraits" : "retrait"}`,
    sectionsLabel: "Rubriques de la vague",
    sections: {
      settings: "Paramètres",
      participants: "Participants",
      mentors: "Sélection des mentors",
      questionnaire: "Questionnaire",
      needs: "Besoins",
    },
    saveChanges: "Enregistrer les modifications",
  },

  lifecycle: {
    stepperLabel: "Cycle de vie de la vague",
    done: "(terminé)",
    states: {
      draft: { label: "Brouillon", forward: "Revenir au brouillon" },
      enrolling: { label: "Inscriptions", forward: "Ouvrir les inscriptions" },
      questionnaire: { label: "Questionnaire", forward: "Ouvrir le questionnaire" },
      matching: { label: "Mise en relation", forward: "Lancer la mise en relation" },
      running: { label: "Séances en cours", forward: "Démarrer les séances" },
      closing: { label: "Clôture", forward: "Commencer la clôture" },
      closed: { label: "Terminée", forward: "Clôturer la vague" },
    },
    backTo: (label) => `Revenir à l'étape « ${label} »`,
    nowInPhase: (label) => `La vague est maintenant à l'étape « ${label} ».`,
    didNotMove: "La vague n'a pas changé d'étape",
    moveFailed: "La vague n'a pas pu passer à l'étape suivante",
  },

  waveEditor: {
    checkFieldsTitle: "Vérifiez les champs signalés",
    checkFields: "Vérifiez les champs signalés.",
    saved: "Enregistré.",
    saveFailed: "La vague n'a pas pu être enregistrée",
    nameMissing: "Donnez un nom à la vague.",
    startMissing: "Choisissez une date de début.",
    endMissing: "Choisissez une date de fin.",
    endBeforeStart: "La vague doit se terminer après son début.",
    sessionRange: "Les séances durent entre 15 et 240 minutes.",
    reminderRange: "Le rappel a lieu entre 0 et 14 jours avant.",
    noTheme: "Ajoutez au moins un thème.",
    labelMissing: "Saisissez ce libellé.",
  },

  waveBasics: {
    legend: "Vague",
    name: "Nom",
    namePlaceholder: "p. ex. Tandem digital — printemps 2027",
    startDate: "Date de début",
    endDate: "Date de fin",
    meetings: "Rencontres",
    meetingsHint: "Seul le rythme mensuel est proposé pour le moment.",
    monthly: "Mensuelles",
    sessionLength: "Durée des séances (minutes)",
    remindMentors: "Rappel aux mentors (jours avant)",
    defaultLanguage: "Langue par défaut",
    defaultLanguageHint: "Pour les personnes dont Tandem ne connaît pas la langue.",
  },

  themes: {
    legend: "Catalogue de thèmes",
    hint: "Les mentorés classent ces thèmes et les mentors les proposent, chacun dans sa langue. Ils s'affichent dans cet ordre.",
    listLabel: "Thèmes",
    add: "Ajouter un thème",
    unnamed: (number) => `thème ${number}`,
    labelOf: (languageName, number) => `Libellé en ${languageName} du thème ${number}`,
    moveUp: (name) => `Monter « ${name} »`,
    moveDown: (name) => `Descendre « ${name} »`,
    remove: (name) => `Supprimer « ${name} »`,
  },

  rules: {
    legend: "Règles de constitution des binômes",
    locked:
      "Les binômes de cette vague sont publiés : ses règles de constitution des binômes et son catalogue de thèmes ne peuvent plus être modifiés.",
    reportingLine: "Ne jamais associer des personnes de la même ligne hiérarchique",
    reportingLineHint: "Un mentor n'accompagne jamais une personne de sa propre chaîne hiérarchique.",
    sameDepartment: "Ne jamais associer des personnes du même service",
    maxMentees: "Nombre maximal de mentorés par mentor",
    oneToOne: "en individuel",
    smallGroup: "en petit groupe",
    hint: "La mise en relation respecte toujours ces règles et justifie chaque binôme qu'elle forme.",
  },

  enrolment: {
    title: "Participants",
    importCsv: "Importer un CSV",
    addPerson: "Ajouter une personne",
    csvHint:
      "Le CSV doit comporter une ligne d'en-tête ; chaque ligne correspond à une personne (e-mail, nom, rôle, service, site, langues…).",
    loading: "Chargement des participants…",
    loadFailed: "Les participants n'ont pas pu être chargés",
    failureTitle: "Impossible de charger les participants",
    emptyTitle: "Personne n'est encore inscrit",
    emptyText: "Importez un CSV de volontaires ou ajoutez les personnes une par une.",
    shownOf: (shown, total) => `${shown} sur ${count(total, "personne")}`,
    noMatchTitle: "Aucun résultat",
    noMatchText: "Modifiez la recherche ou le filtre par rôle.",
    withdrawTitle: (name) => `Retirer ${name} de la vague ?`,
    withdraw: "Retirer",
    withdrawText:
      "Cette personne reste enregistrée, mais ne participe plus à cette vague : ni questionnaire, ni binôme, ni rappels.",
  },

  participantsTable: {
    regionLabel: "Participants",
    tableLabel: "Participants de la vague",
    name: "Nom",
    role: "Rôle",
    status: "Statut",
    questionnaire: "Questionnaire",
    reachable: "Joignable",
    actions: "Actions",
    statuses: { active: "Actif", withdrawn: "Retiré" },
    answers: { "not-started": "Sans réponse", submitted: "Répondu" },
    reachability: { yes: "Oui", no: "Non", unknown: "Pas encore connu" },
    edit: (name) => `Modifier ${name}`,
    withdraw: (name) => `Retirer ${name}`,
    hasWithdrawn: (name) => `${name} s'est retiré(e)`,
  },

  toolbar: {
    search: "Rechercher",
    searchPlaceholder: "Nom, e-mail, service ou site",
    role: "Rôle",
    everyone: "Tout le monde",
    mentees: "Mentorés",
    mentors: "Mentors",
  },

  participantDialog: {
    addTitle: "Ajouter une personne",
    editTitle: (name) => `Modifier ${name}`,
    add: "Ajouter",
    save: "Enregistrer",
    saveFailed: "La personne n'a pas pu être enregistrée",
    name: "Nom",
    workEmail: "E-mail professionnel",
    role: "Rôle",
    menteeWho: "dirigeant",
    mentorWho: "natif du numérique",
    managerEmail: "E-mail du responsable",
    managerHint: "Permet d'éviter les binômes dans la même ligne hiérarchique.",
    objectId: "ID d'objet Microsoft Entra",
    objectIdHint: "Facultatif : Tandem le trouve lorsque la personne utilise Teams pour la première fois.",
    languages: "Langues (au moins une)",
    motivation: "Motivation",
    nameMissing: "Saisissez le nom de la personne.",
    emailInvalid: "Saisissez une adresse e-mail professionnelle.",
    noLanguage: "Choisissez au moins une langue.",
  },

  csvImport: {
    close: "Fermer l'import",
    doneTitle: "Import terminé",
    doneText: (created, updated, unchanged) =>
      `${created} ${created > 1 ? "ajoutées" : "ajoutée"}, ${updated} ${updated > 1 ? "mises" : "mise"} à jour, ${unchanged} sans changement.`,
    checking: (file) => `Vérification de ${file}…`,
    couldNotCheck: (file) => `${file} n'a pas pu être vérifié`,
    checkFailed: "Le fichier n'a pas pu être vérifié",
    importFailed: "L'import a échoué",
    previewTitle: (file) => `Aperçu de l'import : ${file}`,
    nothingImported: "Rien n'a été importé",
    fileRejected: "Le fichier ne peut pas être importé",
    importPeople: (n) => `Importer ${count(n, "personne")}`,
    summaryNew: (n) => `${n} ${n > 1 ? "nouvelles" : "nouvelle"}`,
    summaryUpdated: (n) => `${n} ${n > 1 ? "mises" : "mise"} à jour`,
    summaryUnchanged: (n) => `${n} sans changement`,
    summaryErrors: (n) => count(n, "erreur"),
    adviceFix:
      "Corrigez le fichier puis choisissez-le à nouveau : l'import se fait en tout ou rien, personne n'est donc importé tant qu'une ligne comporte une erreur.",
    adviceNothing:
      "Toutes les personnes du fichier sont déjà inscrites telles quelles : il n'y a rien à importer.",
    adviceReady: "Rien n'est enregistré avant l'import. Les lignes sans changement restent telles quelles.",
    regionLabel: "Lignes du fichier",
    tableLabel: "Ce que ferait l'import, ligne par ligne",
    line: "Ligne",
    name: "Nom",
    email: "E-mail",
    role: "Rôle",
    outcome: "Résultat",
    problems: "Problèmes",
    none: "Aucun",
    outcomes: { new: "Nouvelle", updated: "Mise à jour", unchanged: "Inchangée", error: "Erreur" },
  },

  mentors: {
    loading: "Chargement des mentors…",
    loadFailed: "Les mentors n'ont pas pu être chargés",
    failureTitle: "Impossible de charger les mentors",
    emptyTitle: "Aucun mentor pour l'instant",
    emptyText:
      "Inscrivez des mentors dans Participants (import CSV ou un par un) ; ils apparaissent ici pour validation.",
    listLabel: "Mentors",
    announce: (name, matchable) =>
      `${name} : ${matchable ? "peut être mis en relation" : "ne peut pas encore être mis en relation"}.`,
    legendTitle: "Seuls les mentors validés et formés peuvent être mis en relation",
    legendText: (matchable, total) =>
      `Validez chaque volontaire que vous jugez légitime pour le programme, puis enregistrez sa formation lorsqu'il l'a suivie. ${matchable} mentor(s) sur ${total} peuvent être mis en relation dès maintenant.`,
    canBeMatched: "Peut être mis en relation",
    notYet: "Pas encore",
    declined: "Refusé",
    approve: "Valider",
    approved: "Validé",
    decline: "Refuser",
    saving: (name) => `Enregistrement de ${name}`,
    approvalOf: (name) => `Validation de ${name}`,
    trainingDone: "Formation suivie",
    trainingDoneOn: (date) => `Formation suivie le ${date}`,
    trainer: "Formateur (forme les nouveaux mentors)",
    whyWithdrawn: "Retiré de la vague.",
    whyDeclined: "Refusé.",
    whyApprovalAndTraining: "En attente de votre validation et de la formation.",
    whyApproval: "En attente de votre validation.",
    whyTraining: "Doit encore suivre la formation.",
  },

  campaign: {
    title: "Campagne du questionnaire",
    loading: "Chargement de l'état du questionnaire…",
    loadFailed: "L'état du questionnaire n'a pas pu être chargé",
    failureTitle: "Impossible de charger l'état du questionnaire",
    blockedInDraft: "Ouvrez les inscriptions et inscrivez des participants avant de lancer le questionnaire.",
    blockedPastEnrolment:
      "Le questionnaire se lance pendant les inscriptions ; cette vague a dépassé cette étape.",
    legend: "Lancer le questionnaire",
    intro:
      "Le bot Tandem envoie à chaque mentoré et à chaque mentor son questionnaire dans une conversation Teams, puis relance ceux qui n'ont pas répondu.",
    deadlineDate: "Date limite (jour)",
    deadlineTime: "Date limite (heure)",
    remindEvery: "Relancer tous les (jours)",
    remindHint: "Deux relances au maximum.",
    launch: "Lancer",
    confirmTitle: "Lancer le questionnaire ?",
    confirmRecipients: (n) => `Le bot enverra le questionnaire à ${count(n, "personne")}.`,
    confirmSchedule: (deadline, days) =>
      `Les réponses sont acceptées jusqu'au ${deadline} ; relances tous les ${days === 1 ? "jours" : `${days} jours`}, deux au maximum.`,
    chooseDateTime: "Choisissez une date et une heure.",
    futureDeadline: "Choisissez une date limite dans le futur.",
    intervalRange: "Entre 1 et 14 jours.",
    states: { "not-launched": "Non lancé", running: "Collecte des réponses", closed: "Clos" },
    launched: (when) => `Lancé le ${when}.`,
    acceptedUntil: (when) => `Réponses acceptées jusqu'au ${when}.`,
    remindersEvery: (days) => `Relances tous les ${days === 1 ? "jours" : `${days} jours`}, deux au maximum.`,
    responseRate: "Taux de réponse",
    rateHint: (percent) => `${percent} des personnes inscrites`,
    answeredOf: (answered, enrolled) => `${answered} sur ${enrolled} ont répondu`,
    enrolled: "Inscrits",
    sent: "Questionnaires envoyés",
    reminders: "Relances envoyées",
    unreachable: "Injoignables",
    updatedAt: (time) => `Mis à jour à ${time} ; actualisé toutes les 10 secondes.`,
    unreachableTitle: (n) => `Injoignables (${n})`,
    everyoneReachable: "Le bot peut joindre tout le monde.",
    reasons: {
      "not-installed": "Tandem n'est pas installé dans son Teams",
      blocked: "La personne a bloqué ou supprimé le bot Tandem",
      "no-identity": "Son identité Teams n'est pas encore connue",
    },
    whatToDo: {
      "no-identity":
        "Ajoutez son ID d'objet Entra dans la liste des participants (ou réimportez le fichier avec la colonne de l'ID d'objet).",
      "not-installed":
        "Tandem n'est pas installé pour cette personne : demandez-lui d'ajouter Tandem depuis Applications dans Teams, ou demandez à l'informatique de le préinstaller via une stratégie de configuration des applications.",
      blocked:
        "La personne a bloqué ou supprimé le bot Tandem : demandez-lui de rouvrir la conversation Tandem, le questionnaire lui sera alors renvoyé.",
    },
  },

  needs: {
    title: "Besoins",
    loading: "Chargement des besoins…",
    loadFailed: "Les besoins n'ont pas pu être chargés",
    failureTitle: "Impossible de charger les besoins",
    emptyTitle: "Aucune réponse pour l'instant",
    emptyText: (mentees, mentors) =>
      `La demande par thème s'affichera ici dès que des mentorés auront répondu au questionnaire. ${count(mentees, "mentoré")} et ${count(mentors, "mentor")} sont inscrits.`,
    summary: (menteesAnswered, mentees, mentorsAnswered, mentors) =>
      `D'après les réponses de ${menteesAnswered} mentoré(s) sur ${mentees} et de ${mentorsAnswered} mentor(s) sur ${mentors}.`,
    shortfallTitle: "La demande dépasse l'offre",
    drawing: "Tracé des graphiques…",
    perTheme: "Besoins par thème",
    gap: (gap) => {
      if (gap < 0) return `${places(-gap)} ${gap === -1 ? "manquante" : "manquantes"}`;
      if (gap > 0) return `${places(gap)} en trop`;
      return "Équilibré";
    },
    firstChoice: "Premier choix",
    inTop3: "Dans le top 3",
    supplyLegend: "Places de mentorés (offre)",
    demandAboveSupply: "Demande supérieure à l'offre",
    menteesWanting: "Mentorés intéressés (top 3)",
    demandCaption: "Demande par thème (% des mentorés ayant répondu)",
    demandTitle: "Demande par thème : part des mentorés qui le classent en premier et dans leur top 3",
    balanceCaption: "Offre et demande (personnes)",
    balanceTitle: "Places de mentorés offertes par les mentors face aux mentorés intéressés par chaque thème",
    tableRegion: "Besoins par thème, tableau",
    tableCaption: (menteesAnswered, mentorsAnswered) =>
      `Demande de ${count(menteesAnswered, "mentoré")} et offre de ${count(mentorsAnswered, "mentor")} ayant répondu`,
    theme: "Thème",
    menteesTop3: "Mentorés (top 3)",
    mentorsOffering: "Mentors proposant le thème",
    menteePlaces: "Places de mentorés",
    gapColumn: "Écart",
  },
};
