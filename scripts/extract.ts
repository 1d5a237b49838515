/**
 * `npm run extract -- PATH [--published YYYY-MM-DD] [--url ADDRESS] [--json | --explain | --report]`: runs the
 * pipeline on one readout file or on every *.txt of a folder. Prints a readable summary; --json the
 * Dataset (one for the whole folder, the shape the app's import accepts); --explain per sentence
 * the rule that chose its speaker; --report (best for folders) one line per file plus totals.
 * Input it cannot use gets a one-line error on stderr and exit code 1; a bad command line exits 2.
 */
import { extractCommand } from "./lib/extract-command";

const { stdout, stderr, code } = extractCommand(process.argv.slice(2));
for (const line of stderr) console.error(line);
process.stdout.write(stdout);
process.exitCode = code;
