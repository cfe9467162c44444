import { enrolParticipant } from "../core/enrolment";
import type { Language } from "../core/language";
import type { Participant, Role } from "../core/participant";
import type { Clock, Repositories } from "../core/ports";
import { questionnaireResponseId } from "../core/questionnaire";
import { DEFAULT_THEMES } from "../core/theme";
import type { Wave } from "../core/wave";
import { DEMO_ANSWERS, DEMO_SHORTLISTS, demoVetting } from "./demo-answers";

export const DEMO_WAVE_ID = "demo-2026-autumn";

/**
 * The Agents Playground's built-in users keep their object ids here, so the playground reaches the demo
 * as they are: Alex Wilber (its default user) is a mentee, Megan Bowen a mentor.
 */
const PLAYGROUND_OBJECT_IDS: Readonly<Record<string, string>> = {
  "Alex Wilber": "00000000-0000-0000-0000-0000000000020",
  "Megan Bowen": "00000000-0000-0000-0000-0000000000021",
};

type Person = readonly [
  name: string,
  role: Role,
  department: string,
  manager: string | undefined,
  site: string,
  languages: string,
];

/**
 * A wave in its questionnaire phase, shaped like the seeds' programmes: executives (mentees) from the
 * executive committees, junior "digital natives" (mentors) from across the group, some of them
 * reporting to a mentee (so the reporting-line rule matters), in Paris, Lyon, Brussels and Antwerp.
 */
const PEOPLE: readonly Person[] = [
  ["Alex Wilber", "mentee", "Executive committee", undefined, "Paris", "en,fr"],
  ["Isabelle Marchand", "mentee", "Finance", "alex.wilber", "Paris", "fr,en"],
  ["Cédric Perrin", "mentee", "Energy services", "alex.wilber", "Cergy", "fr"],
  ["Thijs Broes", "mentee", "Operations Belgium", "alex.wilber", "Antwerp", "nl,en,fr"],
  ["Anne-Sophie Hugé", "mentee", "Communication", "alex.wilber", "Brussels", "fr,nl,en"],
  ["Gérard Lemaire", "mentee", "Sales", "isabelle.marchand", "Lyon", "fr"],
  ["Philippe Van Damme", "mentee", "Retail banking", "thijs.broes", "Brussels", "nl,fr"],
  ["Catherine Dubois", "mentee", "Human resources", "alex.wilber", "Paris", "fr,en"],
  ["Marc Raynaud", "mentee", "Legal", "isabelle.marchand", "Paris", "fr"],
  ["Hélène Fontaine", "mentee", "Facilities", "cedric.perrin", "Lyon", "fr,en"],
  ["Jan Peeters", "mentee", "IT infrastructure", "thijs.broes", "Antwerp", "nl,en"],
  ["Sophie Laurent", "mentee", "Procurement", "gerard.lemaire", "Lyon", "fr,en"],
  ["Célia Vagaggini", "mentor", "Unified communications", "cedric.perrin", "Cergy", "fr,en"],
  ["Megan Bowen", "mentor", "Digital marketing", "catherine.dubois", "Paris", "en,fr"],
  ["Lucas Martin", "mentor", "Data office", "isabelle.marchand", "Paris", "fr,en"],
  ["Emma Janssens", "mentor", "Innovation lab", "jan.peeters", "Antwerp", "nl,en"],
  ["Hugo Bernard", "mentor", "Cloud platform", "jan.peeters", "Lyon", "fr,en"],
  ["Léa Moreau", "mentor", "Social media", "anne-sophie.huge", "Brussels", "fr,nl"],
  ["Noah De Smet", "mentor", "IoT solutions", "thijs.broes", "Antwerp", "nl,fr,en"],
  ["Chloé Petit", "mentor", "Collaboration tools", "marc.raynaud", "Paris", "fr"],
  ["Yanis Haddad", "mentor", "AI and analytics", "lucas.martin", "Lyon", "fr,en"],
  ["Sarah Claes", "mentor", "Customer experience", "philippe.van.damme", "Brussels", "nl,fr,en"],
  ["Tom Verbeke", "mentor", "Cybersecurity", "jan.peeters", "Antwerp", "nl,en"],
  ["Inès Garnier", "mentor", "HR digital projects", "catherine.dubois", "Paris", "fr,en"],
];

/** The demo wave, with its questionnaire open for 30 days from `now`. */
export function demoWave(tenantId: string, now: Date): Wave {
  const deadline = new Date(now.getTime() + 30 * 24 * 60 * 60 * 1000);
  return {
    id: DEMO_WAVE_ID,
    tenantId,
    name: "Digital Tandem — Autumn 2026",
    state: "questionnaire",
    startDate: "2026-12-01",
    endDate: "2027-05-31",
    cadence: "monthly",
    sessionMinutes: 90,
    themes: DEFAULT_THEMES,
    questionnaireDeadline: deadline.toISOString(),
  };
}

/** The demo participants: deterministic ids and object ids, so the dev sign-in and the playground find them. */
export function demoParticipants(tenantId: string): Participant[] {
  return PEOPLE.map(([displayName, role, department, manager, site, languages], index) => {
    const handle = emailHandle(displayName);
    return {
      id: `demo-${handle}`,
      waveId: DEMO_WAVE_ID,
      tenantId,
      aadObjectId:
        PLAYGROUND_OBJECT_IDS[displayName] ?? `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
      email: `${handle}@contoso.example`,
      displayName,
      role,
      department,
      ...(manager ? { managerEmail: `${manager}@contoso.example` } : {}),
      site,
      languages: languages.split(",") as Language[],
      motivation:
        role === "mentor"
          ? "I want to share what I use every day and learn how our leaders think."
          : "I want to understand the digital tools our teams and customers use.",
      ...(role === "mentor" ? { vetting: demoVetting(`demo-${handle}`) } : {}),
    };
  });
}

/** Seeds the demo wave unless it is already there (a restored pilot keeps its own data). Returns true when it seeded. */
export async function seedDemoWave(repos: Repositories, tenantId: string, clock: Clock): Promise<boolean> {
  if ((await repos.waves.get(DEMO_WAVE_ID)) !== undefined) return false;
  const now = clock.now();
  const participants = demoParticipants(tenantId);
  for (const participant of participants) await enrolParticipant(repos, participant, now);
  for (const participant of participants) await seedAnswersAndShortlist(repos, participant, now);
  await repos.waves.save(demoWave(tenantId, now));
  return true;
}

/** Most demo participants have answered (DEMO_ANSWERS); a few have shortlisted people of the other side. */
async function seedAnswersAndShortlist(
  repos: Repositories,
  participant: Participant,
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  const answers = DEMO_ANSWERS[participant.id];
  if (answers !== undefined && (await repos.responses.get(DEMO_WAVE_ID, participant.id)) === undefined) {
    await repos.responses.create({
      id: questionnaireResponseId(participant.id),
      waveId: DEMO_WAVE_ID,
      participantId: participant.id,
      role: participant.role,
      answers,
      submittedAt: at,
      updatedAt: at,
      revision: 1,
    });
  }
  const choices = DEMO_SHORTLISTS[participant.id];
  if (choices !== undefined) {
    await repos.shortlists.save({
      waveId: DEMO_WAVE_ID,
      participantId: participant.id,
      role: participant.role,
      choices,
      updatedAt: at,
    });
  }
}

function emailHandle(displayName: string): string {
  return displayName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z-]+/g, ".")
    .replace(/^\.|\.$/g, "");
}
