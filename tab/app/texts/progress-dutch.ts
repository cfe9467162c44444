import type { ProgressTexts } from "./progress-texts";

export const PROGRESS_DUTCH: ProgressTexts = {
  title: "Voortgang van de duo's",
  intro:
    "Gehouden en geplande sessies per duo. Een duo loopt risico als het gedurende de signaleringstermijn van de golf geen sessie hield.",
  loading: "Voortgang laden…",
  failed: "De voortgang kon niet worden geladen",
  notRunning: "De voortgang verschijnt zodra de duo's gepubliceerd zijn en de golf loopt.",
  noPairs: "In deze golf is nog geen duo gepubliceerd.",
  atRiskSummary: (count, total) => `${count} van ${total} duo's lopen risico`,
  columns: {
    mentor: "Mentor",
    mentees: "Mentee(s)",
    sessions: "Sessies",
    lastHeld: "Laatste gehouden sessie",
    lastActivity: "Laatste activiteit",
    status: "Status",
  },
  sessionCounts: (held, booked, planned) => `${held} gehouden, ${booked} gepland, ${planned} voorzien`,
  never: "Nog geen",
  atRisk: (days) => `Risico: ${days} dagen zonder sessie`,
  onTrack: "Op schema",
  ratingsTitle: "Beoordelingen van de sessies",
  ratingsPrivacy: "Alleen totalen worden getoond; opmerkingen blijven privé.",
  fewerThanFive: "Minder dan 5 beoordelingen: niet getoond, om de anonimiteit te bewaren.",
  ratingsSummary: (count, mean) =>
    `${count} beoordelingen, gemiddeld ${new Intl.NumberFormat("nl-BE").format(mean)} / 5`,
  stars: (rating) => `${rating} ★`,
  sessionNumber: (sequence) => `Sessie ${sequence}`,
};
