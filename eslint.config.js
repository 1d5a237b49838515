import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import reactRefresh from "eslint-plugin-react-refresh";
import tseslint from "typescript-eslint";

// Layers (DESIGN.md "Layout"): domain ← pipeline ← data ← features ← app. The rules below make the
// direction of imports a build failure instead of a code-review hope.
const PURE_LAYER_MESSAGE =
  "src/domain and src/pipeline are plain TypeScript shared by Node and the browser: no React, DOM or node:* imports. Move this to src/data, a feature or scripts/.";

const pureLayerRestrictions = {
  paths: [
    { name: "react", message: PURE_LAYER_MESSAGE },
    { name: "react-dom", message: PURE_LAYER_MESSAGE },
    { name: "@tanstack/react-query", message: PURE_LAYER_MESSAGE },
    { name: "vis-timeline", message: PURE_LAYER_MESSAGE },
  ],
  patterns: [
    { group: ["node:*", "fs", "path", "os", "child_process", "url"], message: PURE_LAYER_MESSAGE },
    { group: ["react-dom/*", "vis-timeline/*", "vis-data/*"], message: PURE_LAYER_MESSAGE },
    {
      regex: "(^|/)(data|features|app)/",
      message:
        "Pure layers must not import from data, features or app (imports flow domain → pipeline → data → features → app).",
    },
  ],
};

export default tseslint.config(
  { ignores: ["dist", "node_modules", "coverage", "public"] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ["**/*.{ts,tsx,js,mjs}"],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, "react-refresh": reactRefresh },
    rules: {
      ...reactHooks.configs.flat["recommended-latest"].rules,
      "react-refresh/only-export-components": ["warn", { allowConstantExport: true }],
      // Readout text is never rendered as HTML (project rule 5).
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Readout text is never rendered as HTML: build text nodes instead.",
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: "Never assign innerHTML: set textContent or build DOM nodes.",
        },
      ],
    },
  },
  {
    files: ["src/domain/**/*.ts", "src/pipeline/**/*.ts"],
    rules: { "no-restricted-imports": ["error", pureLayerRestrictions] },
  },
  {
    files: ["src/data/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "(^|/)(features|app)/", message: "src/data must not import features or the app." },
          ],
        },
      ],
    },
  },
  {
    // Feature folders are flat: a relative import that leaves the folder but not src/ reaches another feature.
    files: ["src/features/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^\\.\\./(?!\\.\\.)",
              message:
                "Features do not import each other: compose them in src/app, or move the shared piece to src/components or src/lib.",
            },
            { regex: "(^|/)app/", message: "Features must not import the app; the app composes features." },
          ],
        },
      ],
    },
  },
);
