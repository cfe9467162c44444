import fc from "fast-check";
import {
  brokenHardRules,
  buildHardRuleIndex,
  buildReportingTree,
  inReportingLine,
} from "../../../core/matching/hard-rules";
import type { ReportingLink } from "../../../core/matching/matching-types";
import { DEFAULT_RULES, type MatchingRules } from "../../../core/wave";
import { aMatchingInput, aMentee, aMentor } from "../../support/match-input-factories";

/** "a manages b, b manages c, …" as links. */
function chain(...keys: string[]): ReportingLink[] {
  return keys.slice(1).map((personKey, i) => ({ personKey, managerKey: keys[i]! }));
}

function key(id: string): string {
  return `${id}@corp.example`;
}

function broken(
  rules: Partial<MatchingRules>,
  links: ReportingLink[],
  menteeOverrides: Parameters<typeof aMentee>[1] = {},
  mentorOverrides: Parameters<typeof aMentor>[1] = {},
  pastPairs: { a: string; b: string }[] = [],
) {
  const index = buildHardRuleIndex(
    aMatchingInput({ rules: { ...DEFAULT_RULES, ...rules }, reportingLines: links, pastPairs }),
  );
  return brokenHardRules(index, aMentee("boss", menteeOverrides), aMentor("junior", mentorOverrides));
}

describe("brokenHardRules", () => {
  it("noLanguageInCommon_forbidden", () => {
    expect(broken({}, [], { languages: ["fr"] }, { languages: ["nl", "en"] })).toEqual([
      "no-common-language",
    ]);
  });

  it("mentorSpeaksOnlyTheMenteesPreferredLanguage_allowed", () => {
    expect(broken({}, [], { languages: ["fr"], preferredLanguage: "en" }, { languages: ["en"] })).toEqual([]);
  });

  it("mentorThreeLevelsBelowTheMenteeThroughAManagerOutsideTheWave_forbidden", () => {
    const links = chain(key("boss"), "outsider@corp.example", "team-lead@corp.example", key("junior"));
    expect(broken({}, links)).toEqual(["reporting-line"]);
  });

  it("mentorThreeLevelsAboveTheMentee_forbidden", () => {
    const links = chain(key("junior"), "a@corp.example", "b@corp.example", key("boss"));
    expect(broken({}, links)).toEqual(["reporting-line"]);
  });

  it("sameManagerOrCousins_allowed", () => {
    const links = [
      ...chain("ceo@corp.example", "cfo@corp.example", key("boss")),
      ...chain("ceo@corp.example", "cto@corp.example", key("junior")),
    ];
    expect(broken({}, links)).toEqual([]);
  });

  it("reportingLineRuleOff_allowed", () => {
    expect(broken({ forbidReportingLine: false }, chain(key("boss"), key("junior")))).toEqual([]);
  });

  it("sameDepartmentIgnoringCaseWhenForbidden_forbidden", () => {
    const rules = { forbidSameDepartment: true };
    expect(broken(rules, [], { department: "Finance " }, { department: "finance" })).toEqual([
      "same-department",
    ]);
    expect(broken({}, [], { department: "Finance" }, { department: "Finance" })).toEqual([]);
    expect(broken(rules, [], {}, { department: "Finance" })).toEqual([]);
  });

  it("pairedInAnEarlierWaveEitherWayRound_forbidden", () => {
    expect(broken({}, [], {}, {}, [{ a: key("junior"), b: key("boss") }])).toEqual(["met-before"]);
    expect(broken({}, [], {}, {}, [{ a: key("boss"), b: key("junior") }])).toEqual(["met-before"]);
    expect(broken({}, [], {}, {}, [{ a: key("boss"), b: key("other") }])).toEqual([]);
  });

  it("severalRulesBroken_allListedInRuleOrder", () => {
    const result = broken(
      { forbidSameDepartment: true },
      chain(key("junior"), key("boss")),
      { department: "IT", languages: ["fr"] },
      { department: "IT", languages: ["nl"] },
      [{ a: key("boss"), b: key("junior") }],
    );
    expect(result).toEqual(["no-common-language", "reporting-line", "same-department", "met-before"]);
  });
});

describe("buildReportingTree", () => {
  it("cycleInTheLinks_terminatesAndKeepsTheCycleInOneLine", () => {
    const tree = buildReportingTree([
      ...chain("a", "b", "c", "a"),
      { personKey: "d", managerKey: "c" },
      { personKey: "x", managerKey: "y" },
    ]);
    for (const [p, q] of [
      ["a", "b"],
      ["b", "c"],
      ["a", "c"],
      ["a", "d"],
    ] as const)
      expect(inReportingLine(tree, p, q)).toBe(true);
    expect(inReportingLine(tree, "a", "x")).toBe(false);
  });

  it("lineTwentyThousandDeep_noStackOverflow", () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `p${i}`);
    const tree = buildReportingTree(chain(...keys));
    expect(inReportingLine(tree, "p19999", "p0")).toBe(true);
    expect(tree.managersOf("p19999")).toHaveLength(19_999);
  });

  it("personInNoLink_inNoOnesLine", () => {
    expect(inReportingLine(buildReportingTree(chain("a", "b")), "a", "stranger")).toBe(false);
  });

  it("randomLinksWithCycles_sameAnswerAsWalkingUpTheManagers", () => {
    const keys = ["a", "b", "c", "d", "e", "f"];
    fc.assert(
      fc.property(
        fc.array(fc.record({ personKey: fc.constantFrom(...keys), managerKey: fc.constantFrom(...keys) }), {
          maxLength: 10,
        }),
        (links) => {
          const tree = buildReportingTree(links);
          for (const p of keys) {
            const above = tree.managersOf(p);
            expect(new Set(above).size).toBe(above.length); // a walk up never loops
            for (const q of keys) {
              const related =
                p === q
                  ? tree.interval(p) !== undefined
                  : above.includes(q) || tree.managersOf(q).includes(p);
              expect(inReportingLine(tree, p, q)).toBe(related);
            }
          }
          expect(inReportingLine(buildReportingTree([...links].reverse()), "a", "b")).toBe(
            inReportingLine(tree, "a", "b"),
          );
        },
      ),
    );
  });

  it("managedByEveryoneInACycle_eachMemberHasAManagerOrIsTheCut", () => {
    const tree = buildReportingTree(chain("b", "c", "a", "b"));
    expect(tree.managersOf("a")).toEqual([]); // the cycle is cut at its smallest key
    expect(tree.managersOf("b")).toEqual(["a"]);
    expect(tree.managersOf("c")).toEqual(["b", "a"]);
  });
});
