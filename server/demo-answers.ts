import type { Language } from "../core/language";
import type { MentorVetting } from "../core/participant";
import type { QuestionnaireAnswers } from "../core/questionnaire";

/**
 * The demo wave's questionnaire answers, vetting and shortlists, by demo participant id: enough for
 * `npm start` to show needs analytics and a matching proposal, while some people have not answered yet
 * (the campaign and the playground need them: Alex Wilber, Isabelle Marchand, Marc Raynaud, Megan Bowen,
 * Inès Garnier), one mentor is still pending approval and one is not trained yet.
 */

type Need = readonly [themeId: string, comfort: number];
type Skill = readonly [themeId: string, level: number];

const mentee = (needs: readonly Need[], goal: string, preferredLanguage: Language): QuestionnaireAnswers => ({
  kind: "mentee",
  needs: needs.map(([themeId, comfort]) => ({ themeId, comfort })),
  goal,
  preferredLanguage,
});

const mentor = (
  skills: readonly Skill[],
  motivation: string,
  languages: readonly Language[],
  capacity: number,
): QuestionnaireAnswers => ({
  kind: "mentor",
  skills: skills.map(([themeId, level]) => ({ themeId, level })),
  motivation,
  languages,
  capacity,
});

export const DEMO_ANSWERS: Readonly<Record<string, QuestionnaireAnswers>> = {
  "demo-cedric.perrin": mentee(
    [
      ["connected-devices", 1],
      ["cloud", 2],
      ["big-data", 2],
    ],
    "Understand what our connected boilers tell us and how we use that data.",
    "fr",
  ),
  "demo-thijs.broes": mentee(
    [
      ["collaboration-tools", 2],
      ["internal-digital-projects", 3],
    ],
    "Run my leadership meetings in Teams and follow our digital projects.",
    "nl",
  ),
  "demo-anne-sophie.huge": mentee(
    [
      ["social-networks", 2],
      ["e-reputation", 2],
      ["artificial-intelligence", 1],
    ],
    "Post on LinkedIn about our projects with confidence.",
    "fr",
  ),
  "demo-gerard.lemaire": mentee(
    [
      ["artificial-intelligence", 1],
      ["new-business-models", 3],
    ],
    "See what AI can do for our sales teams, beyond the hype.",
    "fr",
  ),
  "demo-philippe.van.damme": mentee(
    [
      ["everyday-digital-tools", 2],
      ["cybersecurity", 2],
    ],
    "Use my phone and laptop for everything without putting the bank at risk.",
    "nl",
  ),
  "demo-catherine.dubois": mentee(
    [
      ["internal-digital-projects", 2],
      ["collaboration-tools", 3],
      ["social-networks", 2],
    ],
    "Lead the HR digital projects with a clear picture of the tools.",
    "fr",
  ),
  "demo-helene.fontaine": mentee(
    [
      ["connected-devices", 2],
      ["everyday-digital-tools", 3],
    ],
    "Understand smart buildings well enough to choose a supplier.",
    "fr",
  ),
  "demo-jan.peeters": mentee(
    [
      ["cloud", 3],
      ["cybersecurity", 2],
      ["artificial-intelligence", 2],
    ],
    "Decide our cloud strategy knowing what the engineers know.",
    "en",
  ),
  "demo-sophie.laurent": mentee(
    [
      ["big-data", 1],
      ["cloud", 2],
    ],
    "Read the purchasing dashboards and ask the right questions.",
    "fr",
  ),
  "demo-celia.vagaggini": mentor(
    [
      ["collaboration-tools", 5],
      ["everyday-digital-tools", 4],
    ],
    "I run Teams for the group and love showing what it can do.",
    ["fr", "en"],
    2,
  ),
  "demo-lucas.martin": mentor(
    [
      ["big-data", 5],
      ["artificial-intelligence", 3],
      ["cloud", 3],
    ],
    "Data is my daily work; I want leaders to trust it and question it.",
    ["fr", "en"],
    1,
  ),
  "demo-emma.janssens": mentor(
    [
      ["new-business-models", 4],
      ["internal-digital-projects", 4],
      ["connected-devices", 3],
    ],
    "I test new ideas every week and want our leaders to see them early.",
    ["nl", "en"],
    1,
  ),
  "demo-hugo.bernard": mentor(
    [
      ["cloud", 5],
      ["cybersecurity", 3],
    ],
    "I build our cloud platform and can explain it without jargon.",
    ["fr", "en"],
    2,
  ),
  "demo-lea.moreau": mentor(
    [
      ["social-networks", 5],
      ["e-reputation", 4],
    ],
    "I manage our social media and can make LinkedIn feel easy.",
    ["fr", "nl"],
    1,
  ),
  "demo-noah.de.smet": mentor(
    [
      ["connected-devices", 5],
      ["cloud", 3],
      ["big-data", 3],
    ],
    "Sensors, gateways, dashboards: I would like to share the whole chain.",
    ["nl", "fr", "en"],
    1,
  ),
  "demo-chloe.petit": mentor(
    [
      ["collaboration-tools", 5],
      ["everyday-digital-tools", 5],
    ],
    "I train colleagues on our tools and enjoy every question.",
    ["fr"],
    1,
  ),
  "demo-yanis.haddad": mentor(
    [
      ["artificial-intelligence", 5],
      ["big-data", 4],
    ],
    "I build AI models and want to show what they can and cannot do.",
    ["fr", "en"],
    2,
  ),
  "demo-sarah.claes": mentor(
    [
      ["e-reputation", 4],
      ["social-networks", 4],
      ["new-business-models", 3],
    ],
    "Customers talk about us online every day; I listen and answer.",
    ["nl", "fr", "en"],
    1,
  ),
  "demo-tom.verbeke": mentor(
    [
      ["cybersecurity", 5],
      ["blockchain", 3],
    ],
    "Security is everyone's business, leaders first.",
    ["nl", "en"],
    1,
  ),
};

const TRAINED_AT = "2026-10-15T09:00:00.000Z";

/** Most demo mentors are approved and trained; Tom Verbeke awaits approval, Inès Garnier her training. */
export function demoVetting(participantId: string): MentorVetting {
  if (participantId === "demo-tom.verbeke") return { approval: "pending" };
  if (participantId === "demo-ines.garnier") return { approval: "approved" };
  return { approval: "approved", trainedAt: TRAINED_AT };
}

/** Shortlists: Jan Peeters and Noah De Smet chose each other, so did Gérard Lemaire and Yanis Haddad. */
export const DEMO_SHORTLISTS: Readonly<Record<string, readonly string[]>> = {
  "demo-jan.peeters": ["demo-noah.de.smet", "demo-lucas.martin"],
  "demo-noah.de.smet": ["demo-jan.peeters"],
  "demo-gerard.lemaire": ["demo-yanis.haddad"],
  "demo-yanis.haddad": ["demo-gerard.lemaire", "demo-anne-sophie.huge"],
  "demo-sophie.laurent": ["demo-lucas.martin"],
};
