/**
 * The `npm run extract` command as a function of its arguments, so tests run it in-process: reads a
 * readout file or every *.txt of a folder and returns what to print and the exit code.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { isValidIsoDay } from "../../src/pipeline/calendar";
import { buildDataset } from "../../src/pipeline/build-dataset";
import type { ReadoutInput, ReadoutSourceMeta } from "../../src/pipeline/types";
import { loadSources, readReadout } from "./corpus";
import { formatExplain, formatReport } from "./report";
import { formatSummary } from "./summary";

export const USAGE =
  "usage: npm run extract -- FILE.txt|DIR [--published YYYY-MM-DD] [--url ADDRESS] [--json | --explain | --report]";
const MAX_BYTES = 2 * 1024 * 1024;

export interface CommandResult {
  stdout: string;
  /** Lines for stderr, each already prefixed "extract: ". */
  stderr: string[];
  code: 0 | 1 | 2;
}

class CommandFailure extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2 = 1,
  ) {
    super(message);
  }
}

// Curated metadata: a folder's own sources.json, else the bundled one (for bundled readouts).
function sourcesFor(dir?: string): Map<string, ReadoutSourceMeta> {
  if (dir && existsSync(join(dir, "sources.json"))) return loadSources(dir);
  try {
    return loadSources();
  } catch {
    return new Map();
  }
}

function run(argv: string[], stderr: string[]): string {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        published: { type: "string" },
        url: { type: "string" },
        json: { type: "boolean", default: false },
        explain: { type: "boolean", default: false },
        report: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    throw new CommandFailure(`${(error as Error).message}\n${USAGE}`, 2);
  }
  const [path, ...extra] = args.positionals;
  const { published, url, json, explain, report } = args.values;
  if (!path || extra.length > 0) throw new CommandFailure(`expected exactly one FILE or DIR.\n${USAGE}`, 2);
  if ([json, explain, report].filter(Boolean).length > 1)
    throw new CommandFailure(`choose one of --json, --explain and --report.\n${USAGE}`, 2);
  if (published !== undefined && !isValidIsoDay(published))
    throw new CommandFailure(`--published "${published}" is not a calendar day YYYY-MM-DD.`, 2);
  if (url !== undefined && !/^https?:\/\/[^/\s]+/i.test(url))
    throw new CommandFailure(`--url "${url}" is not an http or https address.`, 2);
  if (!existsSync(path)) throw new CommandFailure(`${path}: no such file or folder.`);
  const folder = statSync(path).isDirectory();
  // One page has one address; a folder's pages give theirs in its sources.json.
  if (folder && url !== undefined)
    throw new CommandFailure(
      `--url names one page's address; give a FILE, or the folder's URLs in its sources.json.`,
      2,
    );
  if (!folder && !statSync(path).isFile()) throw new CommandFailure(`${path}: not a file.`);

  const files = folder
    ? readdirSync(path)
        .filter((name) => name.toLowerCase().endsWith(".txt") && statSync(join(path, name)).isFile())
        .sort()
        .map((name) => join(path, name))
    : [path];
  if (files.length === 0) throw new CommandFailure(`${path}: the folder holds no .txt readouts.`);
  const tooLarge = files.filter((file) => statSync(file).size > MAX_BYTES);
  const sizeError = (file: string) =>
    `${file}: ${statSync(file).size} bytes is too large for one readout (limit ${MAX_BYTES}); split it into one file per readout.`;
  if (!folder && tooLarge.length > 0) throw new CommandFailure(sizeError(path));
  for (const file of tooLarge) stderr.push(`extract: ${sizeError(file)} Skipped.`);

  let sources: Map<string, ReadoutSourceMeta>;
  try {
    sources = sourcesFor(folder ? path : undefined);
  } catch (error) {
    throw new CommandFailure((error as Error).message);
  }
  const inputs = files
    .filter((file) => !tooLarge.includes(file))
    .map((file) => ({
      file,
      input: withUrl(
        { ...readReadout(file, sources), ...(published ? { publishedOn: published } : {}) },
        url,
      ),
    }));
  const result = buildDataset(inputs.map((i) => i.input));

  if (report)
    return formatReport(
      result,
      inputs.map(({ file, input }) => ({ file, id: input.id })),
    );
  if (!folder && result.errors.length > 0)
    throw new CommandFailure(result.errors[0]!.replace(/^[^:]+: /, `${path}: `));
  for (const error of result.errors) stderr.push(`extract: ${error}`);
  if (json) return `${JSON.stringify(result.dataset, null, 2)}\n`;
  return explain ? formatExplain(result) : formatSummary(result);
}

/**
 * The page's address as the app's import passes it (ADR 008): its publisher's house style by host,
 * and the publication day its path carries (url-date.ts) when the page has no stamp.
 */
function withUrl(input: ReadoutInput, url: string | undefined): ReadoutInput {
  return url ? { ...input, meta: { ...input.meta, url } } : input;
}

/** Runs the command; never throws for bad input (the result carries the message and exit code). */
export function extractCommand(argv: string[]): CommandResult {
  const stderr: string[] = [];
  try {
    return { stdout: run(argv, stderr), stderr, code: 0 };
  } catch (error) {
    if (!(error instanceof CommandFailure)) throw error;
    return { stdout: "", stderr: [...stderr, `extract: ${error.message}`], code: error.code };
  }
}
