/**
 * `npm run extract -- FILE [--published YYYY-MM-DD] [--json]`: runs the pipeline on one readout.
 * Prints a readable summary (or, with --json, the one-file Dataset on stdout). Input it cannot use
 * gets a one-line error on stderr and exit code 1; a bad command line exits 2.
 */
import { existsSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { isValidIsoDay } from "../src/pipeline/calendar";
import { buildDataset } from "../src/pipeline/build-dataset";
import { formatSummary } from "./lib/summary";
import { loadSources, readReadout } from "./lib/corpus";

const USAGE = "usage: npm run extract -- FILE.txt [--published YYYY-MM-DD] [--json]";
const MAX_BYTES = 2 * 1024 * 1024;

function fail(message: string, code = 1): never {
  console.error(`extract: ${message}`);
  process.exit(code);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: { published: { type: "string" }, json: { type: "boolean", default: false } },
  });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`, 2);
}
const [file, ...extra] = args.positionals;
if (!file || extra.length > 0) fail(`expected exactly one FILE.\n${USAGE}`, 2);
if (args.values.published !== undefined && !isValidIsoDay(args.values.published))
  fail(`--published "${args.values.published}" is not a calendar day YYYY-MM-DD.`, 2);
if (!existsSync(file)) fail(`${file}: no such file.`);
if (!statSync(file).isFile()) fail(`${file}: not a file.`);
if (statSync(file).size > MAX_BYTES)
  fail(
    `${file}: ${statSync(file).size} bytes is too large for one readout (limit ${MAX_BYTES}); split it into one file per readout.`,
  );

// Curated metadata applies when FILE is a bundled readout; any other file is extracted from its text alone.
function bundledSources(): ReturnType<typeof loadSources> {
  try {
    return loadSources();
  } catch {
    return new Map();
  }
}
const sources = bundledSources();
const input = {
  ...readReadout(file, sources),
  ...(args.values.published ? { publishedOn: args.values.published } : {}),
};
const result = buildDataset([input]);
if (result.errors.length > 0) fail(result.errors[0]!.replace(/^[^:]+: /, `${file}: `));

if (args.values.json) process.stdout.write(`${JSON.stringify(result.dataset, null, 2)}\n`);
else process.stdout.write(formatSummary(result));
