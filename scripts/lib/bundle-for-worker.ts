/**
 * Bundles a TypeScript entry into one ES module file for a Node worker thread, with the app's own
 * bundler (Vite, as `npm run build` does). A bench that times code in a worker should time the code
 * the app ships: loaded through tsx instead, every imported function is reached through a CommonJS
 * export getter, which cost the formulation bench about a fifth of its time (ADR 012).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

/** The bundled file's path (in a fresh temporary folder) and a function that removes the folder. */
export async function bundleForWorker(entry: URL): Promise<{ file: string; remove: () => void }> {
  const outDir = mkdtempSync(join(tmpdir(), "readout-atlas-bench-"));
  await build({
    configFile: false,
    logLevel: "warn",
    publicDir: false,
    root: fileURLToPath(new URL("../..", import.meta.url)),
    ssr: { noExternal: true },
    build: {
      ssr: fileURLToPath(entry),
      outDir,
      minify: false,
      rollupOptions: { output: { format: "es", entryFileNames: "worker.mjs" } },
    },
  });
  return { file: join(outDir, "worker.mjs"), remove: () => rmSync(outDir, { recursive: true, force: true }) };
}
