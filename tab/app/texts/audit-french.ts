import type { AuditTexts } from "./audit-texts";

export const AUDIT_FRENCH: AuditTexts = {
  title: "Journal d'audit",
  intro:
    "Toutes les actions RH sur cette vague, et chaque téléchargement ou effacement de données demandé par un participant. Le journal ne contient que des identifiants et des nombres, jamais de réponses ni de commentaires.",
  loading: "Chargement du journal d'audit…",
  failed: "Le journal d'audit n'a pas pu être chargé",
  empty: "Rien n'a encore été enregistré pour cette vague.",
  truncated: "Seules les 1 000 entrées les plus récentes sont affichées.",
  columns: { when: "Quand", who: "Qui", action: "Action", target: "Concerne", details: "Détails" },
  participantActor: "Le participant lui-même",
  unnamedActor: "Un membre des RH",
  erasedTarget: (id) => `Participant effacé (${id})`,
  actions: {
    "participants.imported": "Participants importés",
    "participant.updated": "Participant modifié",
    "mentor.approved": "Mentor approuvé",
    "mentor.declined": "Mentor refusé",
    "wave.created": "Vague créée",
    "wave.transitioned": "Vague passée à une autre phase",
    "wave.settings-changed": "Paramètres modifiés",
    "matching.published": "Binômes publiés",
    "export.downloaded": "Export téléchargé",
    "participant.data-exported": "Le participant a téléchargé ses données",
    "participant.erased": "Le participant a effacé ses données",
  },
};
