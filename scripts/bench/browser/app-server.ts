/**
 * The production build the browser sections measure, and a local server for it: built once per
 * bench run into a temporary folder (removed at exit) and served with the data of whichever
 * dataset `use` chose — the bundled files, or generated index + shards (+ dataset.json for the
 * bare vis-timeline page). A plain node:http server, no vite preview: nothing else in the timing.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { build } from "vite";
import type { GeneratedFiles } from "../generated-data";

export interface AppServer {
  /** The build's output folder (index.html, assets/, data/). */
  dir: string;
  url: string;
  /** Serve these files under /data/ from now on; undefined: the bundled data. */
  use(files: GeneratedFiles | undefined): void;
}

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};
const BARE_FILES: Record<string, string> = {
  "/bare.html": "scripts/bench/browser/bare-timeline.html",
  "/vis/vis-timeline-graph2d.min.js": "node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js",
  "/vis/vis-timeline-graph2d.min.css": "node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css",
};

let shared: Promise<AppServer> | undefined;

async function start(): Promise<AppServer> {
  const dir = mkdtempSync(join(tmpdir(), "atlas-bench-"));
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  await build({ logLevel: "silent", build: { outDir: dir, emptyOutDir: true } });
  let current: GeneratedFiles | undefined;
  const server = createServer((request, response) => {
    let path = new URL(request.url ?? "/", "http://localhost").pathname;
    const generated = path.startsWith("/data/") ? current?.files.get(path.slice(6)) : undefined;
    let body: Buffer | string | undefined = generated;
    if (body === undefined && !(current && path.startsWith("/data/"))) {
      if (path === "/") path = "/index.html";
      try {
        body = readFileSync(BARE_FILES[path] ?? join(dir, normalize(path)));
      } catch {
        body = undefined;
      }
    }
    if (body === undefined) response.writeHead(404).end();
    else
      response
        .writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" })
        .end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  // The server must not keep the bench alive once every section is done.
  server.unref();
  return {
    dir,
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    use(files) {
      current = files;
    },
  };
}

/** The one build and server of this bench run. */
export function appServer(): Promise<AppServer> {
  shared ??= start();
  return shared;
}
