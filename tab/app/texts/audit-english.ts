import type { AuditTexts } from "./audit-texts";

export const AUDIT_ENGLISH: AuditTexts = {
  title: "Audit log",
  intro:
    "Every HR action on this wave, and every data download or erasure a participant asked for. Entries hold ids and counts, never answers or comments.",
  loading: "Loading the audit log…",
  failed: "The audit log could not be loaded",
  empty: "Nothing has been recorded for this wave yet.",
  truncated: "Only the 1,000 most recent entries are shown.",
  columns: { when: "When", who: "Who", action: "Action", target: "Concerning", details: "Details" },
  participantActor: "The participant themselves",
  unnamedActor: "An HR member",
  erasedTarget: (id) => `Erased participant (${id})`,
  actions: {
    "participants.imported": "Participants imported",
    "participant.updated": "Participant changed",
    "mentor.approved": "Mentor approved",
    "mentor.declined": "Mentor declined",
    "wave.created": "Wave created",
    "wave.transitioned": "Wave moved to another phase",
    "wave.settings-changed": "Settings changed",
    "matching.published": "Pairs published",
    "export.downloaded": "Export downloaded",
    "participant.data-exported": "Participant downloaded their data",
    "participant.erased": "Participant erased their data",
  },
};
