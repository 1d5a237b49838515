/** The texts the fuzzer mutates: every made-up fixture and the bundled corpus, read once. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const DIRS = ["tests/fixtures/readouts", "public/data/readouts"];

export function fixtureTexts(): { name: string; text: string }[] {
  return DIRS.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith(".txt"))
      .sort()
      .map((name) => ({ name, text: readFileSync(join(dir, name), "utf8") })),
  );
}
