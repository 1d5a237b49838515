/**
 * Reads a dropped or picked file for the "Add readouts" dialog (issue 9): a readout as text or
 * HTML, or a dataset JSON file. Every file that cannot be used gets a message naming it and saying
 * what to do; the rest of the batch goes on.
 */
import {
  isLibraryBackup,
  parseLibraryBackup,
  type LibraryEntry,
  type LibraryProblem,
} from "../domain/library";
import { DatasetError, parseDataset } from "../domain/parse-dataset";
import type { Dataset } from "../domain/schema";
import { htmlToText } from "./html-to-text";

/** The most one readout may hold, as a file or pasted (UTF-8 bytes). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/**
 * The UTF-8 size of `text` when it is over `MAX_FILE_BYTES`, else undefined. Text of at most a
 * third of the limit in UTF-16 units cannot be over it (3 bytes a unit at most), so a keystroke
 * in a short text costs no encoding.
 */
export function oversizedBytes(text: string): number | undefined {
  if (text.length * 3 <= MAX_FILE_BYTES) return undefined;
  const bytes = new TextEncoder().encode(text).length;
  return bytes > MAX_FILE_BYTES ? bytes : undefined;
}

export type ReadFileResult =
  | { name: string; kind: "text"; text: string }
  | { name: string; kind: "dataset"; dataset: Dataset }
  | { name: string; kind: "backup"; entries: LibraryEntry[]; problems: LibraryProblem[] }
  | { name: string; kind: "error"; message: string };

const ACCEPTED = /\.(txt|html?|json)$/i;
export const ACCEPT_ATTRIBUTE = ".txt,.html,.htm,.json,text/plain,text/html,application/json";

/** A size as the limit messages give it ("2.3 MB"). */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** UTF-8 text or undefined: `fatal` makes the decoder refuse invalid bytes instead of replacing them. */
function decodeUtf8(bytes: ArrayBuffer): string | undefined {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    // eslint-disable-next-line no-control-regex -- a NUL or other control bytes mark a binary file
    return /[\u0000-\u0008\u000e-\u001a]/.test(text) ? undefined : text;
  } catch {
    return undefined;
  }
}

export async function readReadoutFile(file: File): Promise<ReadFileResult> {
  const name = file.name || "unnamed file";
  if (!ACCEPTED.test(name))
    return {
      name,
      kind: "error",
      message: `${name}: only .txt, .html, .htm and .json files can be added; save the readout as one of these and add it again.`,
    };
  if (file.size > MAX_FILE_BYTES)
    return {
      name,
      kind: "error",
      message: `${name} is ${megabytes(file.size)}, over the 2 MB limit for one file; split it into one file per readout, or paste the readout's text.`,
    };
  const text = decodeUtf8(await file.arrayBuffer());
  if (text === undefined)
    return {
      name,
      kind: "error",
      message: `${name} is not UTF-8 text (a binary file, or another encoding); save the readout as UTF-8 plain text and add it again.`,
    };
  if (/\.json$/i.test(name)) {
    try {
      const raw: unknown = JSON.parse(text);
      if (isLibraryBackup(raw)) return { name, kind: "backup", ...parseLibraryBackup(raw) };
    } catch {
      // Not JSON at all: parseDataset below says so with the position.
    }
    try {
      return { name, kind: "dataset", dataset: parseDataset(text, name) };
    } catch (error) {
      const reason = error instanceof DatasetError ? error.message : String(error);
      return {
        name,
        kind: "error",
        message: `${reason}. Import a JSON file exported by Readout Atlas or written by npm run extract -- DIR --json.`,
      };
    }
  }
  const body = /\.html?$/i.test(name) ? htmlToText(text) : text;
  if (body.trim() === "")
    return {
      name,
      kind: "error",
      message: `${name} has no text; add a file that holds the readout's text.`,
    };
  return { name, kind: "text", text: body };
}
