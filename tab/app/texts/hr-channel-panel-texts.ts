/**
 * Texts of the HR channel panel (the Programme page: which team gets the weekly progress summary) in every
 * language. Kept apart from the catalogues of the first paint: only the HR area, loaded on demand, reads them.
 */
import type { Language } from "../../../core/language";

/** The HR channel panel's texts. */
export interface HrChannelPanelTexts {
  readonly title: string;
  readonly intro: string;
  readonly loading: string;
  readonly loadFailed: string;
  readonly failureTitle: string;
  /** The current channel: "Weekly summaries go to the team {name}, since {date}." */
  readonly current: (team: string, since: string) => string;
  readonly none: string;
  readonly candidatesLabel: string;
  readonly noCandidates: string;
  /** A candidate team's line: "Bot added on {date}". */
  readonly addedOn: (date: string) => string;
  readonly use: string;
  /** The accessible name of a candidate's button, naming its team. */
  readonly useFor: (team: string) => string;
  readonly inUse: string;
  readonly saving: string;
  readonly registered: (team: string) => string;
  readonly registerFailed: string;
  /** A team Teams gave no name. */
  readonly unnamedTeam: string;
}

export const HR_CHANNEL_PANEL_CATALOGUE: Readonly<Record<Language, HrChannelPanelTexts>> = {
  en: {
    title: "HR channel",
    intro:
      "Every Monday the bot posts each running wave's progress summary to the HR team's channel. Add the Tandem bot to the HR team in Teams, then choose that team here.",
    loading: "Loading the HR channel…",
    loadFailed: "The HR channel could not be loaded",
    failureTitle: "Could not load the HR channel",
    current: (team, since) => `Weekly summaries go to the team “${team}” (since ${since}).`,
    none: "No HR channel yet: the weekly summaries are not posted anywhere.",
    candidatesLabel: "Teams the bot was added to",
    noCandidates: "The bot has not been added to any other team yet.",
    addedOn: (date) => `Bot added on ${date}`,
    use: "Use for weekly summaries",
    useFor: (team) => `Use “${team}” for weekly summaries`,
    inUse: "In use",
    saving: "Saving…",
    registered: (team) => `The weekly summaries will be posted in “${team}”.`,
    registerFailed: "The HR channel could not be changed",
    unnamedTeam: "Unnamed team",
  },
  fr: {
    title: "Canal RH",
    intro:
      "Chaque lundi, le bot publie le bilan d’avancement de chaque vague en cours dans le canal de l’équipe RH. Ajoutez le bot Tandem à l’équipe RH dans Teams, puis choisissez cette équipe ici.",
    loading: "Chargement du canal RH…",
    loadFailed: "Le canal RH n’a pas pu être chargé",
    failureTitle: "Impossible de charger le canal RH",
    current: (team, since) =>
      `Les bilans hebdomadaires sont publiés dans l’équipe « ${team} » (depuis le ${since}).`,
    none: "Aucun canal RH pour l’instant : les bilans hebdomadaires ne sont publiés nulle part.",
    candidatesLabel: "Équipes auxquelles le bot a été ajouté",
    noCandidates: "Le bot n’a encore été ajouté à aucune autre équipe.",
    addedOn: (date) => `Bot ajouté le ${date}`,
    use: "Utiliser pour les bilans hebdomadaires",
    useFor: (team) => `Utiliser « ${team} » pour les bilans hebdomadaires`,
    inUse: "Utilisée",
    saving: "Enregistrement…",
    registered: (team) => `Les bilans hebdomadaires seront publiés dans « ${team} ».`,
    registerFailed: "Le canal RH n’a pas pu être modifié",
    unnamedTeam: "Équipe sans nom",
  },
  nl: {
    title: "HR-kanaal",
    intro:
      "Elke maandag plaatst de bot het voortgangsoverzicht van elke lopende ronde in het kanaal van het HR-team. Voeg de Tandem-bot in Teams toe aan het HR-team en kies dat team hier.",
    loading: "Het HR-kanaal wordt geladen…",
    loadFailed: "Het HR-kanaal kon niet worden geladen",
    failureTitle: "Kan het HR-kanaal niet laden",
    current: (team, since) => `De wekelijkse overzichten gaan naar het team ‘${team}’ (sinds ${since}).`,
    none: "Nog geen HR-kanaal: de wekelijkse overzichten worden nergens geplaatst.",
    candidatesLabel: "Teams waaraan de bot is toegevoegd",
    noCandidates: "De bot is nog aan geen ander team toegevoegd.",
    addedOn: (date) => `Bot toegevoegd op ${date}`,
    use: "Gebruiken voor de wekelijkse overzichten",
    useFor: (team) => `‘${team}’ gebruiken voor de wekelijkse overzichten`,
    inUse: "In gebruik",
    saving: "Bezig met opslaan…",
    registered: (team) => `De wekelijkse overzichten worden in ‘${team}’ geplaatst.`,
    registerFailed: "Het HR-kanaal kon niet worden gewijzigd",
    unnamedTeam: "Team zonder naam",
  },
};
