import { needsAnalytics, type NeedsAnalytics, type ThemeNeeds } from "../../core/needs-analytics";
import type { Participant } from "../../core/participant";
import type { QuestionnaireResponse } from "../../core/questionnaire";
import { DEFAULT_THEMES } from "../../core/theme";
import type { Wave } from "../../core/wave";
import type { NeedsAnalytics as ContractNeedsAnalytics } from "../../tab/api/hr-api-contract";
import { aParticipant, aWave } from "../support/domain-factories";

// The HR API serves core's result as is: the two types must stay interchangeable.
// Stricter than mutual assignability: also tells optional from required fields and readonly from mutable.
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const contractMatchesCore: Same<NeedsAnalytics, ContractNeedsAnalytics> = true;

const SUBMITTED = "2027-01-12T10:00:00.000Z";

/** A mentee's saved answers, needs ranked in the order given. */
function menteeResponse(
  participant: Participant,
  themeIds: readonly string[],
  revision = 1,
): QuestionnaireResponse {
  return {
    id: `response:${participant.id}`,
    waveId: participant.waveId,
    participantId: participant.id,
    role: "mentee",
    answers: {
      kind: "mentee",
      needs: themeIds.map((themeId) => ({ themeId, comfort: 2 })),
      goal: "Feel at ease with digital tools",
      preferredLanguage: "fr",
    },
    submittedAt: SUBMITTED,
    updatedAt: SUBMITTED,
    revision,
  };
}

/** A mentor's saved answers, offering the themes given. */
function mentorResponse(
  participant: Participant,
  themeIds: readonly string[],
  capacity: number,
): QuestionnaireResponse {
  return {
    id: `response:${participant.id}`,
    waveId: participant.waveId,
    participantId: participant.id,
    role: "mentor",
    answers: {
      kind: "mentor",
      skills: themeIds.map((themeId) => ({ themeId, level: 4 })),
      motivation: "Share what I use every day",
      languages: ["fr", "en"],
      capacity,
    },
    submittedAt: SUBMITTED,
    updatedAt: SUBMITTED,
    revision: 1,
  };
}

/** Enrols one mentee per ranking and saves their answers. */
function menteesRanking(...rankings: ReadonlyArray<readonly string[]>) {
  const participants = rankings.map(() => aParticipant({ role: "mentee" }));
  const responses = rankings.map((ranking, i) => menteeResponse(participants[i]!, ranking));
  return { participants, responses };
}

function analyse(
  participants: readonly Participant[],
  responses: readonly QuestionnaireResponse[],
  wave: Wave = aWave(),
  language: "fr" | "en" | "nl" = "en",
): NeedsAnalytics {
  return needsAnalytics({ wave, participants, responses, language });
}

function themeOf(result: NeedsAnalytics, themeId: string): ThemeNeeds {
  const row = result.themes.find((t) => t.themeId === themeId);
  if (row === undefined) throw new Error(`no row for ${themeId}`);
  return row;
}

describe("needsAnalytics", () => {
  it("contractType_isStructurallyIdenticalToCoreResult", () => {
    expect(contractMatchesCore).toBe(true);
  });

  it("spieSplit_tenMentees_givesSixtyTwentyTwentyFirstChoiceShares", () => {
    const { participants, responses } = menteesRanking(
      ...Array.from({ length: 6 }, () => ["social-networks"]),
      ...Array.from({ length: 2 }, () => ["internal-digital-projects"]),
      ...Array.from({ length: 2 }, () => ["connected-devices"]),
    );

    const result = analyse(participants, responses);

    expect(result.menteesAnswered).toBe(10);
    expect(themeOf(result, "social-networks").firstChoiceShare).toBeCloseTo(0.6);
    expect(themeOf(result, "internal-digital-projects").firstChoiceShare).toBeCloseTo(0.2);
    expect(themeOf(result, "connected-devices").firstChoiceShare).toBeCloseTo(0.2);
    expect(themeOf(result, "cloud").firstChoiceShare).toBe(0);
  });

  it("rankedNeeds_countFirstChoiceOnlyForTheFirstAndTop3ForAll", () => {
    const { participants, responses } = menteesRanking(
      ["social-networks", "cloud", "big-data"],
      ["cloud", "social-networks"],
      ["social-networks"],
      ["cybersecurity", "blockchain", "artificial-intelligence"],
    );

    const result = analyse(participants, responses);

    expect(themeOf(result, "social-networks")).toMatchObject({
      firstChoiceShare: 0.5,
      top3Share: 0.75,
      menteesTop3: 3,
    });
    expect(themeOf(result, "cloud")).toMatchObject({
      firstChoiceShare: 0.25,
      top3Share: 0.5,
      menteesTop3: 2,
    });
    expect(themeOf(result, "big-data")).toMatchObject({
      firstChoiceShare: 0,
      top3Share: 0.25,
      menteesTop3: 1,
    });
    const firstChoices = result.themes.reduce((sum, t) => sum + t.firstChoiceShare, 0);
    expect(firstChoices).toBeCloseTo(1);
  });

  it("mentorCapacity_countsOnEveryThemeOffered_asPotentialSupply", () => {
    const versatile = aParticipant({ role: "mentor" });
    const specialist = aParticipant({ role: "mentor" });
    const responses = [
      mentorResponse(versatile, ["social-networks", "cloud", "cybersecurity"], 2),
      mentorResponse(specialist, ["cloud"], 3),
    ];

    const result = analyse([versatile, specialist], responses);

    expect(result.mentors).toBe(2);
    expect(result.mentorsAnswered).toBe(2);
    expect(themeOf(result, "social-networks")).toMatchObject({ mentorsOffering: 1, supply: 2 });
    expect(themeOf(result, "cybersecurity")).toMatchObject({ mentorsOffering: 1, supply: 2 });
    expect(themeOf(result, "cloud")).toMatchObject({ mentorsOffering: 2, supply: 5 });
    expect(themeOf(result, "blockchain")).toMatchObject({ mentorsOffering: 0, supply: 0 });
  });

  it("gap_isNegativeWhenDemandOutrunsSupplyAndPositiveOtherwise", () => {
    const mentees = menteesRanking(["social-networks", "cloud"], ["social-networks"], ["social-networks"]);
    const mentor = aParticipant({ role: "mentor" });
    const participants = [...mentees.participants, mentor];
    const responses = [...mentees.responses, mentorResponse(mentor, ["social-networks", "cloud"], 2)];

    const result = analyse(participants, responses);

    expect(themeOf(result, "social-networks")).toMatchObject({ menteesTop3: 3, supply: 2, gap: -1 });
    expect(themeOf(result, "cloud")).toMatchObject({ menteesTop3: 1, supply: 2, gap: 1 });
    expect(themeOf(result, "blockchain").gap).toBe(0);
  });

  it("withdrawnParticipants_areLeftOutOfCountsDemandAndSupply", () => {
    const stayed = aParticipant({ role: "mentee" });
    const leftMentee = aParticipant({ role: "mentee", status: "withdrawn" });
    const leftMentor = aParticipant({ role: "mentor", status: "withdrawn" });
    const responses = [
      menteeResponse(stayed, ["cloud"]),
      menteeResponse(leftMentee, ["social-networks"]),
      mentorResponse(leftMentor, ["social-networks"], 3),
    ];

    const result = analyse([stayed, leftMentee, leftMentor], responses);

    expect(result).toMatchObject({ mentees: 1, mentors: 0, menteesAnswered: 1, mentorsAnswered: 0 });
    expect(themeOf(result, "cloud").firstChoiceShare).toBe(1);
    expect(themeOf(result, "social-networks")).toMatchObject({
      menteesTop3: 0,
      mentorsOffering: 0,
      supply: 0,
    });
  });

  it("responseUnderFormerRole_isIgnored", () => {
    const nowMentor = aParticipant({ role: "mentor" });
    const nowMentee = aParticipant({ role: "mentee" });
    const responses = [
      menteeResponse(nowMentor, ["social-networks"]),
      mentorResponse(nowMentee, ["cloud"], 2),
    ];

    const result = analyse([nowMentor, nowMentee], responses);

    expect(result).toMatchObject({ mentees: 1, mentors: 1, menteesAnswered: 0, mentorsAnswered: 0 });
    expect(themeOf(result, "social-networks").menteesTop3).toBe(0);
    expect(themeOf(result, "cloud").supply).toBe(0);
  });

  it("responsesOfUnknownPeopleOrOtherWaves_areIgnored", () => {
    const enrolled = aParticipant({ role: "mentee" });
    const stranger = aParticipant({ role: "mentee" });
    const elsewhere = aParticipant({ role: "mentee", waveId: "wave-2" });
    const responses = [
      menteeResponse(enrolled, ["cloud"]),
      menteeResponse(stranger, ["cloud"]),
      menteeResponse(elsewhere, ["cloud"]),
    ];

    const result = analyse([enrolled, elsewhere], responses);

    expect(result).toMatchObject({ mentees: 1, menteesAnswered: 1 });
    expect(themeOf(result, "cloud").menteesTop3).toBe(1);
  });

  it("severalResponsesOfOneParticipant_countOnceWithTheLatestRevision", () => {
    const mentee = aParticipant({ role: "mentee" });
    const responses = [menteeResponse(mentee, ["cloud"], 2), menteeResponse(mentee, ["big-data"], 1)];

    const result = analyse([mentee], responses);

    expect(result.menteesAnswered).toBe(1);
    expect(themeOf(result, "cloud").menteesTop3).toBe(1);
    expect(themeOf(result, "big-data").menteesTop3).toBe(0);
  });

  it("nobodyAnswered_givesZerosNotNaN_forEveryCatalogueTheme", () => {
    const participants = [aParticipant({ role: "mentee" }), aParticipant({ role: "mentor" })];

    const result = analyse(participants, []);

    expect(result).toMatchObject({ mentees: 1, mentors: 1, menteesAnswered: 0, mentorsAnswered: 0 });
    expect(result.themes).toHaveLength(DEFAULT_THEMES.length);
    for (const row of result.themes) {
      expect(row).toMatchObject({
        firstChoiceShare: 0,
        top3Share: 0,
        menteesTop3: 0,
        mentorsOffering: 0,
        supply: 0,
        gap: 0,
      });
    }
    expect(JSON.stringify(result)).not.toMatch(/null|NaN/);
  });

  it("onlyMentorsAnswered_givesZeroSharesButCountsSupply", () => {
    const mentor = aParticipant({ role: "mentor" });

    const result = analyse(
      [mentor, aParticipant({ role: "mentee" })],
      [mentorResponse(mentor, ["cloud"], 1)],
    );

    expect(themeOf(result, "cloud")).toMatchObject({ firstChoiceShare: 0, top3Share: 0, supply: 1, gap: 1 });
  });

  it("themesNoLongerInCatalogue_areListedLastWithTheirIdAsLabel", () => {
    const wave = aWave({ themes: DEFAULT_THEMES.filter((t) => t.id !== "blockchain") });
    const mentor = aParticipant({ role: "mentor" });
    const mentees = menteesRanking(["metaverse", "cloud"], ["blockchain"]);
    const participants = [...mentees.participants, mentor];
    const responses = [...mentees.responses, mentorResponse(mentor, ["metaverse"], 1)];

    const result = analyse(participants, responses, wave);

    expect(result.themes.map((t) => t.themeId)).toEqual([
      ...wave.themes.map((t) => t.id),
      "blockchain",
      "metaverse",
    ]);
    expect(result.themes.at(-1)).toEqual({
      themeId: "metaverse",
      label: "metaverse",
      firstChoiceShare: 0.5,
      top3Share: 0.5,
      menteesTop3: 1,
      mentorsOffering: 1,
      supply: 1,
      gap: 0,
    });
    expect(themeOf(result, "blockchain").label).toBe("blockchain");
  });

  it("language_fr_givesFrenchLabelsInCatalogueOrder", () => {
    const result = analyse([], [], aWave(), "fr");

    expect(result.themes.map((t) => t.themeId)).toEqual(DEFAULT_THEMES.map((t) => t.id));
    expect(result.themes.slice(0, 2).map((t) => t.label)).toEqual([
      "Réseaux sociaux",
      "Outils numériques du quotidien",
    ]);
    expect(themeOf(result, "connected-devices").label).toBe("Objets connectés");
  });
});
