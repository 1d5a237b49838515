import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Where e2e tests leave screenshots for people to review: inside the repository, git-ignored. */
export const ARTEFACT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../../test-results/e2e");

/** The path for a review screenshot named `name` (a file name without folder), its folder created. */
export function artefactPath(name: string): string {
  mkdirSync(ARTEFACT_DIR, { recursive: true });
  return join(ARTEFACT_DIR, name);
}
