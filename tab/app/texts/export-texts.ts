/**
 * Texts of HR's CSV download control (pair list, wave report) in every language. Kept apart from the
 * catalogues of the first paint: only HR sections loaded on demand read them.
 */
import type { Language } from "../../../core/language";

/** The download control's texts. */
export interface ExportTexts {
  readonly separatorLabel: string;
  readonly comma: string;
  readonly semicolon: string;
  readonly downloading: string;
  readonly failed: string;
  /** The pair list's download button (HR Progress section). */
  readonly pairList: string;
}

export const EXPORT_CATALOGUE: Readonly<Record<Language, ExportTexts>> = {
  en: {
    separatorLabel: "CSV separator",
    comma: "Comma (English Excel)",
    semicolon: "Semicolon (French or Dutch Excel)",
    downloading: "Preparing the file…",
    failed: "The file could not be downloaded",
    pairList: "Download the pair list (CSV)",
  },
  fr: {
    separatorLabel: "Séparateur CSV",
    comma: "Virgule (Excel en anglais)",
    semicolon: "Point-virgule (Excel en français ou néerlandais)",
    downloading: "Préparation du fichier…",
    failed: "Le fichier n’a pas pu être téléchargé",
    pairList: "Télécharger la liste des binômes (CSV)",
  },
  nl: {
    separatorLabel: "CSV-scheidingsteken",
    comma: "Komma (Engelstalige Excel)",
    semicolon: "Puntkomma (Franstalige of Nederlandstalige Excel)",
    downloading: "Het bestand wordt voorbereid…",
    failed: "Het bestand kon niet worden gedownload",
    pairList: "De lijst van de duo’s downloaden (CSV)",
  },
};
