/** Jest: TypeScript through ts-jest, tests mirror the source folders under tests/. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  moduleNameMapper: { "^adaptivecards$": "adaptivecards/dist/adaptivecards.js" },
  reporters: ["default", "<rootDir>/tests/support/summary-reporter.js"],
  globalSetup: "<rootDir>/tests/support/global-setup.js",
  testTimeout: 60000,
  maxWorkers: 2,
};
