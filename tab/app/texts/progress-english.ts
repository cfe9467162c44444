import type { ProgressTexts } from "./progress-texts";

export const PROGRESS_ENGLISH: ProgressTexts = {
  title: "Progress of the pairs",
  intro:
    "Sessions held and booked per pair. A pair is at risk when it has held no session for the wave's stall period.",
  loading: "Loading the progress…",
  failed: "The progress could not be loaded",
  notRunning: "Progress is shown once the pairs are published and the wave is running.",
  noPairs: "No pair has been published in this wave.",
  atRiskSummary: (count, total) => `${count} of ${total} pairs at risk`,
  columns: {
    mentor: "Mentor",
    mentees: "Mentee(s)",
    sessions: "Sessions",
    lastHeld: "Last session held",
    lastActivity: "Last activity",
    status: "Status",
  },
  sessionCounts: (held, booked, planned) => `${held} held, ${booked} booked, ${planned} planned`,
  never: "None yet",
  atRisk: (days) => `At risk: ${days} days without a session`,
  onTrack: "On track",
  ratingsTitle: "Session ratings",
  ratingsPrivacy: "Only aggregates are shown; comments stay private to their authors.",
  fewerThanFive: "Fewer than 5 ratings: not shown, to keep them anonymous.",
  ratingsSummary: (count, mean) => `${count} ratings, average ${mean} / 5`,
  stars: (rating) => `${rating} ★`,
  sessionNumber: (sequence) => `Session ${sequence}`,
};
