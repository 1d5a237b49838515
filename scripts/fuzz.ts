/**
 * `npm run fuzz [-- --runs N --seed S]`: the long pipeline fuzz run (10,000 seeded cases by default;
 * `npm test` runs a few hundred of the same). Prints what was accepted and refused, the slowest
 * case per 100 KB, and on a failure the shrunk counterexample and the seed to replay it.
 */
import fc from "fast-check";
import { checkExtraction, cpuBudgetMs } from "../tests/fuzz/check-extraction";
import { fixtureTexts } from "../tests/fuzz/fixture-texts";
import { readoutCase, specialCases, type FuzzCase } from "../tests/fuzz/readout-cases";

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

const runs = option("runs", 10_000);
const seed = option("seed", 20261201);
const texts = fixtureTexts().map((f) => f.text);
const counts = new Map<string, { accepted: number; refused: number }>();
let slowest = { share: 0, kind: "" };

function record(input: FuzzCase): void {
  const started = process.cpuUsage();
  const outcome = checkExtraction(input);
  const { user, system } = process.cpuUsage(started);
  const share = (user + system) / 1000 / cpuBudgetMs(input.raw.length);
  if (share > slowest.share) slowest = { share, kind: input.kind };
  const count = counts.get(input.kind) ?? { accepted: 0, refused: 0 };
  count[outcome.accepted ? "accepted" : "refused"]++;
  counts.set(input.kind, count);
}

for (const input of specialCases(texts)) record(input);
const result = fc.check(
  fc.property(readoutCase(texts), (input) => void record(input)),
  { seed, numRuns: runs },
);

console.log(`fuzz: ${runs} seeded cases (seed ${seed}) + ${specialCases(texts).length} fixed ones`);
for (const [kind, c] of [...counts].sort())
  console.log(`  ${kind.padEnd(28)} accepted ${c.accepted}, refused ${c.refused}`);
console.log(`  slowest: ${(slowest.share * 100).toFixed(1)}% of its CPU budget (${slowest.kind})`);
if (result.failed) {
  console.error(fc.defaultReportMessage(result));
  process.exit(1);
}
console.log("no uncaught errors, every output valid with exact spans, no runaway input");
