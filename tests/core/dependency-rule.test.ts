import { spawnSync } from "node:child_process";

const OUTWARD = /^no-restricted-(imports|globals)$/;

interface LintResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; line: number; message: string }>;
}

/** Runs the project's ESLint in its own process (its config is ESM, which jest's runtime cannot load). */
function eslint(args: string[], stdin?: string): LintResult[] {
  const run = spawnSync(
    process.execPath,
    ["node_modules/eslint/bin/eslint.js", "--format", "json", ...args],
    {
      input: stdin,
      encoding: "utf8",
    },
  );
  if (run.stdout.trim() === "") throw new Error(`eslint printed nothing: ${run.stderr}`);
  return JSON.parse(run.stdout) as LintResult[];
}

/** The dependency rule (STYLE.md §1) is enforced by ESLint; these tests prove the rule bites and that core obeys it. */
describe("core dependency rule", () => {
  it.each([
    ['import { CosmosClient } from "@azure/cosmos";', "Cosmos"],
    ['import { CosmosWaveRepository } from "../store/wave-repository";', "an adapter"],
    ["export const mode = process.env.TANDEM_MODE;", "process.env"],
  ])("outward %s_isReported (%s)", (code) => {
    const [result] = eslint(
      ["--stdin", "--stdin-filename", "core/outward-example.ts"],
      `${code}\nexport {};\n`,
    );
    expect(result?.messages.some((m) => OUTWARD.test(m.ruleId ?? ""))).toBe(true);
  });

  it.each([
    ['import { TandemBot } from "../../bot/tandem-bot";', "the bot"],
    ['import { hrRoutes } from "../../tab/api/hr-routes";', "the tab"],
  ])("outward from a nested folder %s_isReported (%s)", (code) => {
    const [result] = eslint(
      ["--stdin", "--stdin-filename", "core/matching/outward-example.ts"],
      `${code}\nexport {};\n`,
    );
    expect(result?.messages.some((m) => OUTWARD.test(m.ruleId ?? ""))).toBe(true);
  });

  it("everyCoreFile_importsNothingOutward", () => {
    const results = eslint(["core"]);
    expect(results.length).toBeGreaterThan(5);
    const violations = results.flatMap((r) =>
      r.messages
        .filter((m) => OUTWARD.test(m.ruleId ?? ""))
        .map((m) => `${r.filePath}:${m.line} ${m.message}`),
    );
    expect(violations).toEqual([]);
  });
});
