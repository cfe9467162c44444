import type { Language } from "../../../core/language";

/** The channel tab configuration page's few texts, kept with it (loaded only when a tab is added to a team). */
export const CHANNEL_TAB_TEXTS: Readonly<
  Record<Language, { readonly title: string; readonly explanation: string; readonly failed: string }>
> = {
  fr: {
    title: "Ajouter Tandem à ce canal",
    explanation:
      "L'onglet affichera la page Programme (RH). Seuls les responsables RH du programme en verront le contenu ; les autres membres verront leur propre mentorat.",
    failed: "Tandem n'a pas pu préparer l'onglet. Fermez cette fenêtre et réessayez.",
  },
  en: {
    title: "Add Tandem to this channel",
    explanation:
      "The tab will show the Programme (HR) page. Only the programme's HR leads see its content; other members see their own mentoring.",
    failed: "Tandem could not prepare the tab. Close this window and try again.",
  },
  nl: {
    title: "Tandem aan dit kanaal toevoegen",
    explanation:
      "Het tabblad toont de pagina Programma (HR). Alleen de HR-verantwoordelijken van het programma zien de inhoud; andere leden zien hun eigen mentoring.",
    failed: "Tandem kon het tabblad niet voorbereiden. Sluit dit venster en probeer het opnieuw.",
  },
};
