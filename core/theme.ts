import type { Language, LocalisedText } from "./language";

/** A digital topic a mentee can ask for and a mentor can offer. */
export interface Theme {
  readonly id: string;
  readonly labels: LocalisedText;
}

/** The label of a theme in the reader's language. */
export function themeLabel(theme: Theme, language: Language): string {
  return theme.labels[language];
}

/**
 * The default catalogue, taken from the programmes in the seeds (SPIE, AXA, Engie, Cofely, Unatti):
 * social networks and everyday tools first, then internal projects and technical topics.
 */
export const DEFAULT_THEMES: readonly Theme[] = [
  theme("social-networks", "Réseaux sociaux", "Social networks", "Sociale netwerken"),
  theme(
    "everyday-digital-tools",
    "Outils numériques du quotidien",
    "Everyday digital tools",
    "Digitale tools voor elke dag",
  ),
  theme("collaboration-tools", "Outils collaboratifs", "Collaboration tools", "Samenwerkingstools"),
  theme(
    "internal-digital-projects",
    "Projets digitaux internes",
    "Internal digital projects",
    "Interne digitale projecten",
  ),
  theme("cloud", "Cloud", "Cloud", "Cloud"),
  theme("big-data", "Big data", "Big data", "Big data"),
  theme("connected-devices", "Objets connectés", "Connected devices (IoT)", "Verbonden apparaten (IoT)"),
  theme(
    "artificial-intelligence",
    "Intelligence artificielle",
    "Artificial intelligence",
    "Artificiële intelligentie",
  ),
  theme(
    "new-business-models",
    "Nouveaux modèles économiques",
    "New business models",
    "Nieuwe bedrijfsmodellen",
  ),
  theme(
    "e-reputation",
    "E-réputation et marque employeur",
    "Online reputation and employer brand",
    "Online reputatie en werkgeversmerk",
  ),
  theme("blockchain", "Blockchain", "Blockchain", "Blockchain"),
  theme("cybersecurity", "Cybersécurité", "Cybersecurity", "Cyberveiligheid"),
];

function theme(id: string, fr: string, en: string, nl: string): Theme {
  return { id, labels: { fr, en, nl } };
}
