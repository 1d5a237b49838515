import { build, preview, type PreviewServer } from "vite";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
  }
}

let server: PreviewServer | undefined;

/** Builds the production bundle once and serves it for every end-to-end test file. */
export default async function setup(project: TestProject) {
  await build({ logLevel: "warn" });
  server = await preview({ preview: { port: 0, strictPort: false, host: "127.0.0.1" }, logLevel: "warn" });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite preview did not report a local URL");
  project.provide("baseURL", url.replace(/\/$/, ""));
  return async () => {
    await new Promise<void>((resolve) => server?.httpServer.close(() => resolve()));
  };
}
