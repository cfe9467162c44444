/** The tab's text catalogue: the same keys in every language, nothing empty, nothing left in English. */
import { LANGUAGES, type Language } from "../../core/language";
import { TAB_TEXTS } from "../../tab/app/texts/catalogue";
import { MATCHING_CATALOGUE } from "../../tab/app/texts/matching-catalogue";
import { chooseTabLanguage, intlLocaleFor } from "../../tab/app/texts/tab-language";

/** Texts French or Dutch may legitimately share with English (names, loanwords, acronyms). */
const SAME_AS_ENGLISH_ALLOWED = new Set([
  "Dates",
  "Mentor",
  "Mentee",
  "HR",
  "Site",
  "Questionnaire",
  "Open Tandem in Microsoft Teams",
  "1 mentee",
  "Nederlands",
  "45 minutes",
  "Programme",
  "Participants",
  "Actions",
  "Motivation",
  "Mentors",
  "Mentees",
  "Mentees (top 3)",
  "1 mentor",
  "3 mentors",
  "0 mentees",
  "3 mentees",
  "digital native",
  "mentors",
  "mentees",
  "Format",
  "Score",
]);

/** Sample arguments for each parameterised text: every branch gets a call. A function without samples fails. */
const SAMPLE_CALLS: Readonly<Record<string, ReadonlyArray<readonly unknown[]>>> = {
  "signIn.signingInAs": [["Megan Bowen"]],
  "pages.programmeFailed": [[undefined], ["chunk load failed"]],
  "wave.sessionEach": [["1 hour"]],
  "wave.sessionLength": [[45], [60], [90], [120]],
  "questionnaire.open": [[undefined], ["3 March 2026 at 18:00"]],
  "questionnaire.openToChange": [[undefined], ["3 March 2026 at 18:00"]],
  "questionnaire.closedFinal": [[undefined], ["3 March 2026 at 18:00"]],
  "questionnaire.closedContactTeam": [[undefined], ["3 March 2026 at 18:00"]],
  "answers.capacityText": [[1], [3]],
  "answers.score": [[3, 5]],
  "hr.common.couldNotRefresh": [["network error"]],
  "hr.common.actionFailed": [["Withdraw"]],
  "hr.common.percent": [[37]],
  "hr.common.mentees": [[0], [1], [3]],
  "hr.common.mentors": [[0], [1], [3]],
  "hr.common.people": [[0], [1], [3]],
  "hr.waveDetail.monthlySessions": [[90]],
  "hr.waveDetail.mentorVetting": [
    [1, 0],
    [3, 2],
  ],
  "hr.waveDetail.answered": [[1], [4]],
  "hr.waveDetail.withdrawn": [[1], [2]],
  "hr.lifecycle.backTo": [["Enrolment"]],
  "hr.lifecycle.nowInPhase": [["Matching"]],
  "hr.themes.unnamed": [[3]],
  "hr.themes.labelOf": [["Dutch", 2]],
  "hr.themes.moveUp": [["Data literacy"]],
  "hr.themes.moveDown": [["Data literacy"]],
  "hr.themes.remove": [["Data literacy"]],
  "hr.enrolment.shownOf": [
    [1, 1],
    [2, 12],
  ],
  "hr.enrolment.withdrawTitle": [["Megan Bowen"]],
  "hr.participantsTable.edit": [["Megan Bowen"]],
  "hr.participantsTable.withdraw": [["Megan Bowen"]],
  "hr.participantsTable.hasWithdrawn": [["Megan Bowen"]],
  "hr.participantDialog.editTitle": [["Megan Bowen"]],
  "hr.csvImport.doneText": [
    [1, 0, 0],
    [3, 2, 5],
  ],
  "hr.csvImport.checking": [["export.csv"]],
  "hr.csvImport.couldNotCheck": [["export.csv"]],
  "hr.csvImport.previewTitle": [["export.csv"]],
  "hr.csvImport.importPeople": [[0], [1], [12]],
  "hr.csvImport.summaryNew": [[1], [3]],
  "hr.csvImport.summaryUpdated": [[1], [3]],
  "hr.csvImport.summaryUnchanged": [[1], [3]],
  "hr.csvImport.summaryErrors": [[0], [1], [3]],
  "hr.mentors.announce": [
    ["Megan Bowen", true],
    ["Megan Bowen", false],
  ],
  "hr.mentors.legendText": [[1, 4]],
  "hr.mentors.saving": [["Megan Bowen"]],
  "hr.mentors.approvalOf": [["Megan Bowen"]],
  "hr.mentors.trainingDoneOn": [["3 March 2026"]],
  "hr.campaign.confirmRecipients": [[1], [24]],
  "hr.campaign.confirmSchedule": [
    ["3 March 2026 at 18:00", 1],
    ["3 March 2026 at 18:00", 3],
  ],
  "hr.campaign.launched": [["3 March 2026 at 18:00"]],
  "hr.campaign.acceptedUntil": [["3 March 2026 at 18:00"]],
  "hr.campaign.remindersEvery": [[1], [3]],
  "hr.campaign.rateHint": [["37 %"]],
  "hr.campaign.answeredOf": [[9, 24]],
  "hr.campaign.updatedAt": [["18:04:12"]],
  "hr.campaign.unreachableTitle": [[0], [2]],
  "hr.needs.emptyText": [[12, 8]],
  "hr.needs.summary": [[9, 12, 6, 8]],
  "hr.needs.gap": [[-1], [-3], [0], [1], [2]],
  "hr.needs.tableCaption": [[9, 6]],
  "matching.weights.share": [["38 %"]],
  "matching.pool.proposed": [
    [1, 0],
    [12, 2],
  ],
  "matching.totals.pairs": [[0], [1], [12]],
  "matching.totals.groups": [[1], [4]],
  "matching.totals.scoreOf": [[612, 640]],
  "matching.totals.proposedAt": [["3 March 2026 at 18:00"]],
  "matching.table.scoreLabel": [[72, 130]],
  "matching.table.groupOf": [["Megan Bowen"]],
  "matching.table.lockPair": [["Alex Wilber"]],
  "matching.table.unlockPair": [["Alex Wilber"]],
  "matching.table.actionsFor": [["Alex Wilber"]],
  "matching.table.busy": [["Alex Wilber"]],
  "matching.reasons.topicCovered": [
    ["Cloud", 1, 5, 2],
    ["Cloud", 2, 4, 1],
    ["Cloud", 3, 4, 3],
    ["Cloud", 4, 4, 3],
  ],
  "matching.reasons.topicNotCovered": [["Cloud", 1]],
  "matching.reasons.preferredLanguage": [["Dutch"]],
  "matching.reasons.commonLanguage": [["Dutch"]],
  "matching.reasons.sameSite": [["Paris"]],
  "matching.reasons.timeZoneGap": [[0], [1], [6]],
  "matching.unmatched.menteesTitle": [[2]],
  "matching.unmatched.noAllowedMentor": [["3 mentors share no language"]],
  "matching.unmatched.excludedBy.no-common-language": [[1], [3]],
  "matching.unmatched.excludedBy.reporting-line": [[1], [3]],
  "matching.unmatched.excludedBy.same-department": [[1], [3]],
  "matching.unmatched.excludedBy.met-before": [[1], [3]],
  "matching.unmatched.notEnoughCapacity": [[1], [4]],
  "matching.unmatched.assign": [["Alex Wilber"]],
  "matching.unmatched.mentorsTitle": [[2]],
  "matching.unmatched.spare": [[1], [2]],
  "matching.edits.locked": [["Alex Wilber"]],
  "matching.edits.unlocked": [["Alex Wilber"]],
  "matching.edits.removed": [["Alex Wilber"]],
  "matching.edits.swapped": [["Alex Wilber", "Jan Peeters"]],
  "matching.edits.assigned": [["Alex Wilber", "Megan Bowen"]],
  "matching.edits.swapTitle": [["Alex Wilber"]],
  "matching.edits.swapOption": [["Jan Peeters", "Tom Verbeke"]],
  "matching.edits.swapPreview": [["Alex Wilber", "Tom Verbeke", "Jan Peeters", "Megan Bowen"]],
  "matching.edits.assignTitle": [["Alex Wilber"]],
  "matching.edits.withRoom": [
    ["Megan Bowen", 1],
    ["Megan Bowen", 2],
  ],
  "matching.edits.alreadyHas": [
    ["Megan Bowen", 1],
    ["Megan Bowen", 2],
  ],
  "matching.publish.title": [[1], [12]],
  "matching.publish.groupsTitle": [[1], [4]],
  "matching.publish.introductions": [[1], [12]],
  "matching.publish.groupIntroductions": [[1], [4]],
  "matching.publish.unmatchedTold": [[1], [2]],
  "matching.publish.publishedText": [
    ["3 March 2026", 1],
    ["3 March 2026", 12],
  ],
  "shortlist.intro": [
    [3, "mentors"],
    [3, "mentees"],
  ],
  "shortlist.choose": [["Megan Bowen"]],
  "shortlist.chosen": [[1], [3]],
  "shortlist.unchoose": [["Megan Bowen"]],
  "shortlist.full": [[3]],
  "shortlist.moveUp": [["Megan Bowen"]],
  "shortlist.moveDown": [["Megan Bowen"]],
};

/** Every leaf of a catalogue as path → text, functions called with each of their samples. */
function leaves(value: unknown, path = ""): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === "string") found.set(path, value);
  else if (typeof value === "function") {
    const samples = SAMPLE_CALLS[path];
    if (samples === undefined) throw new Error(`No sample arguments for ${path}: add them to SAMPLE_CALLS`);
    samples.forEach((args, index) => {
      found.set(`${path}(#${index})`, String((value as (...a: unknown[]) => unknown)(...args)));
    });
  } else if (typeof value === "object" && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      for (const [leafPath, text] of leaves(child, path ? `${path}.${key}` : key)) found.set(leafPath, text);
    }
  }
  return found;
}

/** Every text of a language: the first paint's catalogue and the matching one loaded on demand. */
const catalogue = (language: Language): unknown => ({
  ...TAB_TEXTS[language],
  ...MATCHING_CATALOGUE[language],
});

const english = leaves(catalogue("en"));

describe("the tab's text catalogue", () => {
  it.each(LANGUAGES)("%s_hasExactlyTheEnglishKeys", (language) => {
    expect([...leaves(catalogue(language)).keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(LANGUAGES)("%s_everyText_isNonEmpty_andHasNoUnfilledPlaceholder", (language) => {
    for (const [path, text] of leaves(catalogue(language))) {
      expect({ path, empty: text.trim() === "" }).toEqual({ path, empty: false });
      expect({ path, text }).not.toEqual({ path, text: expect.stringMatching(/undefined|NaN|\$\{/) });
    }
  });

  it.each(["fr", "nl"] as const)("%s_noTextLeftInEnglish_beyondTheAllowList", (language) => {
    const leftInEnglish = [...leaves(catalogue(language))]
      .filter(([path, text]) => english.get(path) === text && !SAME_AS_ENGLISH_ALLOWED.has(text))
      .map(([path]) => path);
    expect(leftInEnglish).toEqual([]);
  });

  it("functionsWithOptionalParts_saySomethingEveryWay", () => {
    expect(TAB_TEXTS.fr.questionnaire.closedFinal("3 mars 2026")).toContain("3 mars 2026");
    expect(TAB_TEXTS.nl.questionnaire.open(undefined)).toBe("De vragenlijst is open.");
    expect(TAB_TEXTS.en.wave.sessionLength(90)).toBe("1.5 hours");
    expect(TAB_TEXTS.en.hr.needs.gap(-1)).toBe("1 place short");
    expect(TAB_TEXTS.fr.hr.needs.gap(-3)).toBe("3 places manquantes");
    expect(TAB_TEXTS.nl.hr.needs.gap(0)).toBe("In evenwicht");
  });
});

describe("chooseTabLanguage", () => {
  const cases: ReadonlyArray<[string, Parameters<typeof chooseTabLanguage>[0], Language]> = [
    [
      "teamsLocale_wins_overQueryAndBrowser",
      { teamsLocale: "nl-BE", queryLanguage: "fr", browserLocale: "en" },
      "nl",
    ],
    ["queryLanguage_winsInABrowser", { queryLanguage: "fr", browserLocale: "nl-NL" }, "fr"],
    ["invalidQuery_fallsBackToTheBrowser", { queryLanguage: "de", browserLocale: "nl-NL" }, "nl"],
    ["unsupportedLocale_fallsBackToTheWave", { browserLocale: "de-DE", waveLanguage: "fr" }, "fr"],
    ["unsupportedTeamsLocale_fallsBackToTheWave", { teamsLocale: "es-ES", waveLanguage: "nl" }, "nl"],
    ["nothingKnown_isEnglish", { browserLocale: "ja-JP" }, "en"],
  ];
  it.each(cases)("%s", (_, clues, expected) => {
    expect(chooseTabLanguage(clues)).toBe(expected);
  });

  it("intlLocale_keepsTheReadersRegion_whenItsLanguageIsChosen", () => {
    expect(intlLocaleFor("fr", { browserLocale: "fr-BE" })).toBe("fr-BE");
    expect(intlLocaleFor("fr", { queryLanguage: "fr", browserLocale: "en-US" })).toBe("fr");
    expect(intlLocaleFor("nl", { browserLocale: "de-DE", waveLanguage: "nl" })).toBe("nl-BE");
  });
});
