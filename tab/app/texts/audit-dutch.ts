import type { AuditTexts } from "./audit-texts";

export const AUDIT_DUTCH: AuditTexts = {
  title: "Auditlogboek",
  intro:
    "Elke HR-actie in deze ronde, en elke download of verwijdering van gegevens die een deelnemer vroeg. Het logboek bevat alleen id's en aantallen, nooit antwoorden of opmerkingen.",
  loading: "Auditlogboek laden…",
  failed: "Het auditlogboek kon niet worden geladen",
  empty: "Voor deze ronde is nog niets vastgelegd.",
  truncated: "Alleen de 1.000 meest recente regels worden getoond.",
  columns: { when: "Wanneer", who: "Wie", action: "Actie", target: "Betreft", details: "Details" },
  participantActor: "De deelnemer zelf",
  unnamedActor: "Een HR-medewerker",
  erasedTarget: (id) => `Verwijderde deelnemer (${id})`,
  actions: {
    "participants.imported": "Deelnemers geïmporteerd",
    "participant.updated": "Deelnemer gewijzigd",
    "mentor.approved": "Mentor goedgekeurd",
    "mentor.declined": "Mentor afgewezen",
    "wave.created": "Ronde aangemaakt",
    "wave.transitioned": "Ronde naar een andere fase",
    "wave.settings-changed": "Instellingen gewijzigd",
    "matching.published": "Duo's gepubliceerd",
    "export.downloaded": "Export gedownload",
    "participant.data-exported": "Deelnemer heeft zijn gegevens gedownload",
    "participant.erased": "Deelnemer heeft zijn gegevens verwijderd",
  },
};
