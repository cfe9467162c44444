import { fillTopicScores, TOPIC_TABLE_SIZE, topicTableKey } from "../../../core/matching/row-score-tables";
import type { MatchMentee } from "../../../core/matching/matching-types";
import { aMentee, needs } from "../../support/match-input-factories";

const WEIGHTS = { topics: 40, level: 25, language: 10, site: 10, mutualChoice: 15 };

/** Every list of 0–3 needs with comforts 1–5 (themes named by slot: the key must not depend on them). */
function everyComfortList(): MatchMentee["needs"][] {
  const lists: MatchMentee["needs"][] = [[]];
  for (let count = 1; count <= 3; count++)
    for (let code = 0; code < 5 ** count; code++)
      lists.push(
        needs(
          ...Array.from(
            { length: count },
            (_, k) => [`theme-${k}`, (Math.floor(code / 5 ** k) % 5) + 1] as const,
          ),
        ),
      );
  return lists;
}

describe("topic tables shared between mentees", () => {
  it("everyDistinctCountAndComfortList_getsItsOwnKey", () => {
    const keys = everyComfortList().map((list) => topicTableKey(aMentee("m", { needs: list })));
    expect(new Set(keys).size).toBe(1 + 5 + 25 + 125);
  });

  it("menteesWithTheSameComfortsOnOtherThemes_shareKeyAndTable", () => {
    for (const list of everyComfortList()) {
      const other = list.map((need, k) => ({ themeId: `other-${k}`, comfort: need.comfort }));
      const a = aMentee("a", { needs: list });
      const b = aMentee("b", { needs: other });
      expect(topicTableKey(b)).toBe(topicTableKey(a));
      const tableA = new Int32Array(TOPIC_TABLE_SIZE);
      const tableB = new Int32Array(TOPIC_TABLE_SIZE);
      fillTopicScores(a, WEIGHTS, tableA);
      fillTopicScores(b, WEIGHTS, tableB);
      expect(tableB).toEqual(tableA);
    }
  });

  it("oneNeedCoveredAtTwoAboveComfort_earnsEveryTopicAndLevelPoint", () => {
    const table = new Int32Array(TOPIC_TABLE_SIZE);
    fillTopicScores(aMentee("a", { needs: needs(["t", 2]) }), WEIGHTS, table);
    // Index l1 × 36 + l2 × 6 + l3: level 4 in the only need, 0 in the empty slots.
    expect(table[4 * 36]).toBe(WEIGHTS.topics + WEIGHTS.level);
    expect(table[0]).toBe(0);
  });
});
