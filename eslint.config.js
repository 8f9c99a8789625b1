// Lint rules, including the layering of src/: the contract imports only zod and everyone may import it,
// core imports nothing else of ours, db may import core, server and cli import both, web imports only types;
// a layer is imported through its index.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

// Another layer is reached through its public entry (src/<layer>/index.ts), never through its files.
const deepImports = (...layers) =>
  layers.map((layer) => ({
    group: [`**/${layer}/**`, `!**/${layer}/index.js`],
    message: `import src/${layer} through its public entry, src/${layer}/index.ts`,
  }));
const outerLayers = (...layers) => layers.map((layer) => ({ group: [`**/${layer}/**`, `**/${layer}`], message: `this layer must not import src/${layer}` }));

export default tseslint.config(
  { ignores: ["node_modules/**", "dist/**", "data/**", "src/web/dist/**", "test-artifacts/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // Scripts sent to survey respondents' browsers: plain ES5, no modules.
    files: ["src/server/survey/assets/**/*.js"],
    languageOptions: { globals: { ...globals.browser }, sourceType: "script", ecmaVersion: 5 },
    rules: { "@typescript-eslint/no-unused-vars": ["error", { caughtErrors: "none" }] },
  },
  {
    // The API contract between server and web: zod schemas and pure rules, nothing else.
    files: ["src/contract/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ regex: "^(?!zod$|\\./[^/]+$)", message: "src/contract imports only zod and its own files" }] }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...outerLayers("db", "server", "cli", "web"),
            {
              group: ["node:*", "fs", "path", "http", "net", "child_process", "pg", "@electric-sql/*", "fastify", "kysely"],
              message: "src/core is pure: no I/O, no framework, no database",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/db/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [...outerLayers("server", "cli", "web"), ...deepImports("core")] }] },
  },
  {
    files: ["src/server/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [...outerLayers("cli", "web"), ...deepImports("core", "db")] }] },
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [...outerLayers("web"), ...deepImports("core", "db", "server")] }] },
  },
  {
    files: ["src/web/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            // Packages named …/core (@mantine/core, echarts/core) are not our src/core.
            ...outerLayers("db", "cli", "core").map((p) => ({ ...p, group: [...p.group, "!@mantine/**", "!echarts/**"] })),
            { group: ["**/server/**"], allowTypeImports: true, message: "web imports only types from the server" },
          ],
        },
      ],
    },
  },
);
