import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, preview, type PreviewServer } from "vite";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
  }
}

let server: PreviewServer | undefined;

/**
 * Builds the production bundle once into a folder of this run's own (so a concurrent `npm run
 * build` or another test run cannot swap files under the browser) and serves it for every file.
 */
export default async function setup(project: TestProject) {
  const outDir = mkdtempSync(join(tmpdir(), "atlas-e2e-dist-"));
  await build({ logLevel: "warn", build: { outDir, emptyOutDir: true } });
  server = await preview({
    build: { outDir },
    preview: { port: 0, strictPort: false, host: "127.0.0.1" },
    logLevel: "warn",
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite preview did not report a local URL");
  project.provide("baseURL", url.replace(/\/$/, ""));
  return async () => {
    await new Promise<void>((resolve) => server?.httpServer.close(() => resolve()));
    rmSync(outDir, { recursive: true, force: true });
  };
}
