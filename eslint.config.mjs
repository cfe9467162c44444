// ESLint (typescript-eslint). The core/ block is the dependency rule: the domain imports nothing outward.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", ".data/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  { files: ["tab/app/**/*.{ts,tsx}"], languageOptions: { globals: { ...globals.browser } } },
  {
    files: ["core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "botbuilder*",
                "botframework-*",
                "@azure/*",
                "restify*",
                "react*",
                "@fluentui/*",
                "@microsoft/*",
                "jose",
                "pino",
              ],
              message: "core/ is pure domain: define a port and implement it outside core.",
            },
            {
              group: ["node:*", "fs", "http", "https", "net", "path", "os", "child_process", "crypto"],
              message: "core/ does no I/O: take it as a port.",
            },
            {
              group: ["**/bot/**", "**/store/**", "**/server/**", "**/tab/**"],
              message: "Dependencies point inwards: core/ never imports an adapter.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "process", message: "core/ never reads process.env: configuration is passed in." },
        { name: "window", message: "core/ has no DOM." },
        { name: "document", message: "core/ has no DOM." },
        { name: "fetch", message: "core/ does no I/O." },
      ],
    },
  },
  {
    files: ["bot/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [{ group: ["../tab/*", "../../tab/*"], message: "bot and tab never import each other." }],
        },
      ],
    },
  },
  {
    files: ["tab/**/*.ts", "tab/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["../bot/*", "../../bot/*", "../../../bot/*"],
              message: "bot and tab never import each other.",
            },
          ],
        },
      ],
    },
  },
);
