import { readdirSync } from "node:fs";
import js from "@eslint/js";
import globals from "globals";
import importX from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import reactHooks from "eslint-plugin-react-hooks";
import reactRefresh from "eslint-plugin-react-refresh";
import tseslint from "typescript-eslint";

// The import graph has two legs (docs/architecture.md, "Layers"):
//   build time: scripts → pipeline → domain
//   run time:   app → features → components · hooks · theme → data → pipeline (in the worker) → domain
// Zones are checked on resolved paths, so `../../features/x` is caught however it is spelled.
// Every folder of src/features is a feature, so a new one is covered without editing this file.
const FEATURES = readdirSync(new URL("./src/features", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const SRC = "./src";
const zone = (target, from, message) => ({ target, from, message });

const layerZones = [
  ...["pipeline", "data", "components", "hooks", "theme", "features", "app"].map((layer) =>
    zone(
      `${SRC}/domain`,
      `${SRC}/${layer}`,
      `src/domain is the bottom layer (schema, view state, selectors): it imports nothing else of src/. Move the shared piece into src/domain, or the caller up a layer.`,
    ),
  ),
  ...["data", "components", "hooks", "theme", "features", "app"].map((layer) =>
    zone(
      `${SRC}/pipeline`,
      `${SRC}/${layer}`,
      `src/pipeline runs in Node and in a worker: it may import only src/domain. Move what it needs into src/domain or src/pipeline.`,
    ),
  ),
  ...["components", "hooks", "theme", "features", "app"].map((layer) =>
    zone(
      `${SRC}/data`,
      `${SRC}/${layer}`,
      `src/data (queries, storage, the extraction worker) sits under the UI: it imports src/domain and src/pipeline only. Pass what it needs in as an argument.`,
    ),
  ),
  ...["pipeline", "data", "components", "hooks", "features", "app"].map((layer) =>
    zone(
      `${SRC}/theme`,
      `${SRC}/${layer}`,
      `src/theme holds the colour theme (Tailwind classes per party and speaker): it imports src/domain only. Move the logic to src/domain or the component that uses it.`,
    ),
  ),
  ...["pipeline", "components", "theme", "features", "app"].map((layer) =>
    zone(
      `${SRC}/hooks`,
      `${SRC}/${layer}`,
      `src/hooks holds React hooks shared by features that return data, never elements: they import src/domain and src/data only. Move a hook that needs a feature into that feature.`,
    ),
  ),
  ...["features", "app"].map((layer) =>
    zone(
      `${SRC}/components`,
      `${SRC}/${layer}`,
      `src/components are shared UI pieces: they may not import a feature or the app. Move the piece into the feature, or pass it in as a prop.`,
    ),
  ),
  zone(
    `${SRC}/features`,
    `${SRC}/app`,
    "Features must not import the app; the app composes features. Pass the value in as a prop.",
  ),
  ...FEATURES.map((feature) =>
    zone(
      `${SRC}/features/${feature}`,
      `${SRC}/features/!(${feature})/**`,
      `Features do not import each other: compose them in src/app, or move the shared piece to src/components, src/hooks, src/theme or src/domain.`,
    ),
  ),
  ...["features", "components", "app", "data", "hooks", "theme"].map((layer) =>
    zone(
      "./scripts",
      `${SRC}/${layer}`,
      "Node scripts are thin wrappers over src/pipeline and src/domain: they do not import the UI.",
    ),
  ),
];

// Node, React and the DOM stay out of the layers that run in both runtimes (project principle 3).
const PURE_LAYER_MESSAGE =
  "src/domain and src/pipeline are plain TypeScript shared by Node and the browser: no React, DOM or node:* imports. Move this to src/data, a feature or scripts/.";
const pureLayerRestrictions = {
  paths: ["react", "react-dom", "@tanstack/react-query", "vis-timeline", "vis-data"].map((name) => ({
    name,
    message: PURE_LAYER_MESSAGE,
  })),
  patterns: [
    { group: ["node:*", "fs", "path", "os", "child_process", "url"], message: PURE_LAYER_MESSAGE },
    { group: ["react-dom/*", "vis-timeline/*", "vis-data/*"], message: PURE_LAYER_MESSAGE },
  ],
};

export default tseslint.config(
  { ignores: ["dist", "node_modules", "coverage", "public", "test-results", "tests/e2e/.artifacts"] },
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
    files: ["src/**/*.{ts,tsx}", "scripts/**/*.{ts,mjs}"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.node.json" })],
    },
    rules: {
      "import-x/no-restricted-paths": ["error", { zones: layerZones }],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
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
);
