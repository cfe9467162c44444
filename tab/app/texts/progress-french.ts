import type { ProgressTexts } from "./progress-texts";

export const PROGRESS_FRENCH: ProgressTexts = {
  title: "Suivi des binômes",
  intro:
    "Sessions tenues et planifiées par binôme. Un binôme est à risque s'il n'a tenu aucune session pendant le délai d'alerte de la vague.",
  loading: "Chargement du suivi…",
  failed: "Le suivi n'a pas pu être chargé",
  notRunning: "Le suivi s'affiche une fois les binômes publiés et la vague en cours.",
  noPairs: "Aucun binôme n'a été publié dans cette vague.",
  atRiskSummary: (count, total) => `${count} binôme(s) à risque sur ${total}`,
  columns: {
    mentor: "Mentor",
    mentees: "Mentoré(s)",
    sessions: "Sessions",
    lastHeld: "Dernière session tenue",
    lastActivity: "Dernière activité",
    status: "État",
  },
  sessionCounts: (held, booked, planned) => `${held} tenue(s), ${booked} planifiée(s), ${planned} prévue(s)`,
  never: "Aucune pour l'instant",
  atRisk: (days) => `À risque : ${days} jours sans session`,
  onTrack: "En bonne voie",
  ratingsTitle: "Évaluations des sessions",
  ratingsPrivacy: "Seuls des agrégats sont affichés ; les commentaires restent privés.",
  fewerThanFive: "Moins de 5 évaluations : non affichées, pour préserver l'anonymat.",
  ratingsSummary: (count, mean) =>
    `${count} évaluations, moyenne ${new Intl.NumberFormat("fr-FR").format(mean)} / 5`,
  stars: (rating) => `${rating} ★`,
  sessionNumber: (sequence) => `Session ${sequence}`,
};
