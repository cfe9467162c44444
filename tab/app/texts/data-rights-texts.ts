/**
 * The "Your data" panel's texts (download my data, erase my data) in every language. Only the panel's own
 * chunk imports them. tests/tab/privacy-texts.test.ts checks every language has every text.
 */
import type { Language } from "../../../core/language";

export interface DataRightsTexts {
  readonly title: string;
  readonly intro: string;
  readonly download: string;
  readonly downloading: string;
  readonly downloadFailed: string;
  readonly erase: string;
  readonly eraseTitle: string;
  readonly eraseRemoves: string;
  readonly eraseKeeps: string;
  readonly eraseNotes: string;
  readonly eraseFinal: string;
  readonly eraseUnderstood: string;
  readonly eraseConfirm: string;
  readonly cancel: string;
  readonly erasing: string;
  readonly eraseFailed: string;
  readonly erased: string;
}

const ENGLISH: DataRightsTexts = {
  title: "Your data",
  intro: "Download everything Tandem holds about you, or erase it.",
  download: "Download my data",
  downloading: "Preparing your file…",
  downloadFailed: "Your data could not be downloaded",
  erase: "Erase my data",
  eraseTitle: "Erase your data from Tandem?",
  eraseRemoves:
    "Your name, email, Teams identity, department, manager, site, your goal or motivation, your comments and your shortlist are removed from every wave you took part in.",
  eraseKeeps:
    "Your ratings stay, without your name, so the programme's statistics remain right. HR sees that an erasure took place, not who you were.",
  eraseNotes:
    "The shared notes of your pair's sessions are deleted too: your partner will no longer see them. Download your data first if you want to keep them.",
  eraseFinal: "This takes effect at once and cannot be undone. You leave the programme.",
  eraseUnderstood: "I understand, erase my data",
  eraseConfirm: "Erase for good",
  cancel: "Cancel",
  erasing: "Erasing…",
  eraseFailed: "Your data could not be erased",
  erased: "Your data has been erased. You can close Tandem.",
};

const FRENCH: DataRightsTexts = {
  title: "Vos données",
  intro: "Téléchargez tout ce que Tandem conserve sur vous, ou effacez-le.",
  download: "Télécharger mes données",
  downloading: "Préparation de votre fichier…",
  downloadFailed: "Vos données n'ont pas pu être téléchargées",
  erase: "Effacer mes données",
  eraseTitle: "Effacer vos données de Tandem ?",
  eraseRemoves:
    "Votre nom, votre e-mail, votre identité Teams, votre département, votre manager, votre site, votre objectif ou votre motivation, vos commentaires et votre sélection sont supprimés de toutes les vagues auxquelles vous avez participé.",
  eraseKeeps:
    "Vos notes d'évaluation restent, sans votre nom, pour que les statistiques du programme restent justes. Les RH voient qu'un effacement a eu lieu, pas qui vous étiez.",
  eraseNotes:
    "Les notes partagées des séances de votre binôme sont aussi supprimées : votre partenaire ne les verra plus. Téléchargez d'abord vos données si vous voulez les garder.",
  eraseFinal: "L'effacement est immédiat et définitif. Vous quittez le programme.",
  eraseUnderstood: "J'ai compris, effacer mes données",
  eraseConfirm: "Effacer définitivement",
  cancel: "Annuler",
  erasing: "Effacement…",
  eraseFailed: "Vos données n'ont pas pu être effacées",
  erased: "Vos données ont été effacées. Vous pouvez fermer Tandem.",
};

const DUTCH: DataRightsTexts = {
  title: "Uw gegevens",
  intro: "Download alles wat Tandem over u bewaart, of laat het verwijderen.",
  download: "Mijn gegevens downloaden",
  downloading: "Uw bestand wordt voorbereid…",
  downloadFailed: "Uw gegevens konden niet worden gedownload",
  erase: "Mijn gegevens verwijderen",
  eraseTitle: "Uw gegevens uit Tandem verwijderen?",
  eraseRemoves:
    "Uw naam, e-mail, Teams-identiteit, afdeling, manager, locatie, uw doel of motivatie, uw opmerkingen en uw voorkeurslijst worden verwijderd uit elke ronde waaraan u deelnam.",
  eraseKeeps:
    "Uw beoordelingen blijven, zonder uw naam, zodat de statistieken van het programma kloppen. HR ziet dat er iets verwijderd is, niet wie u was.",
  eraseNotes:
    "De gedeelde notities van de sessies van uw duo worden ook verwijderd: uw partner ziet ze niet meer. Download eerst uw gegevens als u ze wilt bewaren.",
  eraseFinal: "Dit gebeurt meteen en kan niet ongedaan worden gemaakt. U verlaat het programma.",
  eraseUnderstood: "Ik begrijp het, verwijder mijn gegevens",
  eraseConfirm: "Definitief verwijderen",
  cancel: "Annuleren",
  erasing: "Bezig met verwijderen…",
  eraseFailed: "Uw gegevens konden niet worden verwijderd",
  erased: "Uw gegevens zijn verwijderd. U kunt Tandem sluiten.",
};

export const DATA_RIGHTS_CATALOGUE: Readonly<Record<Language, DataRightsTexts>> = {
  fr: FRENCH,
  en: ENGLISH,
  nl: DUTCH,
};
