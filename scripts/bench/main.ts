/**
 * `npm run bench`: runs every section in registry.ts in turn and prints a table of figures with
 * each goal's verdict; `npm run bench -- --json` prints one JSON object of every section's figures
 * instead (progress goes to stderr). `-- --only browser,pipeline` runs some sections. Exits 0
 * unless a section breaks; a section that cannot run here (no Chromium) is reported as skipped.
 */
import { SECTIONS } from "./registry";
import { toJson, toTable, type SectionResult } from "./report";
import { SkipSection } from "./section";

const args = process.argv.slice(2);
const json = args.includes("--json");
const onlyAt = args.indexOf("--only");
const only = onlyAt >= 0 ? new Set((args[onlyAt + 1] ?? "").split(",")) : undefined;

const log = (message: string) => console.error(message);
// A section that prints with console.log must not break the JSON on stdout.
if (json) console.log = (...parts: unknown[]) => console.error(...parts);
const write = (text: string) => process.stdout.write(`${text}\n`);

const results: SectionResult[] = [];
let broken = false;
for (const section of SECTIONS) {
  if (only && !only.has(section.name)) continue;
  log(`bench: ${section.name}…`);
  try {
    results.push({ section, figures: await section.run({ log }) });
  } catch (error) {
    if (error instanceof SkipSection) results.push({ section, skipped: error.message });
    else {
      broken = true;
      results.push({
        section,
        skipped: `broke: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      });
    }
  }
}
write(json ? toJson(results) : toTable(results));
if (broken) {
  for (const { section, skipped } of results)
    if (skipped?.startsWith("broke")) log(`${section.name} ${skipped}`);
  process.exitCode = 1;
}
