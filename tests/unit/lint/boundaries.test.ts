import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The layer rules are only worth having if the imports they exist to stop actually fail lint.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe("layer boundaries (resolved paths)", () => {
  it.each([
    [
      "a feature importing another feature",
      "src/features/chronology/x.ts",
      "../../features/compare/compare-model",
    ],
    ["the domain importing the pipeline", "src/domain/x.ts", "../pipeline/build-dataset"],
    ["a shared component importing a feature", "src/components/x.ts", "../features/compare/compare-view"],
    ["the colour theme importing data", "src/theme/x.ts", "../data/dataset-queries"],
    ["a shared hook importing a feature", "src/hooks/x.ts", "../features/compare/compare-view"],
    ["the pipeline importing the UI", "src/pipeline/x.ts", "../features/timeline/timeline-model"],
    ["a script importing the app", "scripts/x.ts", "../src/app/App"],
  ])(
    "rejects %s",
    async (_what, filePath, specifier) => {
      const ids = await ruleIdsFor(filePath, `import * as m from "${specifier}";\nexport const x = m;\n`);
      expect(ids).toContain("import-x/no-restricted-paths");
    },
    30_000,
  );

  it("accepts a feature importing the domain and shared components", async () => {
    const code = `import * as schema from "../../domain/schema";\nimport * as chip from "../../components/chip";\nexport const x = [schema, chip];\n`;
    expect(await ruleIdsFor("src/features/chronology/x.ts", code)).toEqual([]);
  }, 30_000);
});
