/**
 * Browser half of `npm run bench`: time from navigation to the timeline's items being drawn
 * (performance mark "timeline:items-rendered"), for the app and for a bare vis-timeline page
 * showing the same meetings, at several dataset sizes; plus the initial bundle size. Prints
 * medians; skips (exit 0) when no Chromium is installed.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { build } from "vite";
import { syntheticDataset } from "../tests/fixtures/synthetic-dataset";
import { findOrInstallChromium } from "./find-chromium.mjs";

const RUNS = 5;
const SIZES = [0, 1000, 10000]; // 0: the bundled dataset
const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};

function serve(appDir: string, datasets: Map<number, string>): Promise<{ server: Server; url: string }> {
  const files: Record<string, string> = {
    "/bare.html": "scripts/bench-pages/bare-timeline.html",
    "/vis/vis-timeline-graph2d.min.js":
      "node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js",
    "/vis/vis-timeline-graph2d.min.css": "node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css",
  };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    // The dataset size travels in the page's own query (?n=) and in a cookie-free header-less way: the Referer.
    const size = Number(new URL(request.headers.referer ?? url.href).searchParams.get("n") ?? 0);
    let body: Buffer | string;
    let path = url.pathname;
    if (path === "/data/dataset.json" && size > 0) body = datasets.get(size)!;
    else {
      if (path === "/") path = "/index.html";
      const file = files[path] ?? join(appDir, normalize(path));
      try {
        body = readFileSync(file);
      } catch {
        response.writeHead(404).end();
        return;
      }
    }
    response.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" }).end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` }),
    ),
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function initialBundle(dir: string): { raw: number; gzip: number } {
  // What index.html loads before any dynamic import: its scripts, modulepreloads and stylesheets.
  const html = readFileSync(join(dir, "index.html"), "utf8");
  const assets = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  let raw = 0;
  let gzip = 0;
  for (const asset of new Set(assets)) {
    const bytes = readFileSync(join(dir, asset));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { raw, gzip };
}

export async function benchUi(): Promise<void> {
  let executablePath: string;
  try {
    executablePath = findOrInstallChromium();
  } catch (error) {
    console.log(`browser: skipped (${(error as Error).message})`);
    return;
  }
  const outDir = mkdtempSync(join(tmpdir(), "atlas-bench-"));
  await build({ logLevel: "silent", build: { outDir, emptyOutDir: true } });
  const bundle = initialBundle(outDir);
  const all = readdirSync(join(outDir, "assets")).reduce(
    (n, f) => n + statSync(join(outDir, "assets", f)).size,
    0,
  );
  console.log(
    `bundle: initial ${(bundle.raw / 1024).toFixed(0)} KiB (${(bundle.gzip / 1024).toFixed(0)} KiB gzip) of ${(all / 1024).toFixed(0)} KiB in all assets`,
  );

  const datasets = new Map(SIZES.filter((n) => n > 0).map((n) => [n, JSON.stringify(syntheticDataset(n))]));
  const { server, url } = await serve(outDir, datasets);
  const profile = mkdtempSync(join(tmpdir(), "atlas-bench-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
    viewport: { width: 1400, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const timeTo = async (path: string): Promise<number> => {
    await page.goto(url + path);
    const handle = await page.waitForFunction(
      () => performance.getEntriesByName("timeline:items-rendered")[0]?.startTime,
      undefined,
      { timeout: 120_000 },
    );
    return (await handle.jsonValue()) as number;
  };
  try {
    console.log(
      `browser: time to timeline items drawn, median of ${RUNS} loads (headless Chromium, production build)`,
    );
    for (const size of SIZES) {
      const app: number[] = [];
      const bare: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        app.push(await timeTo(`/?n=${size}`));
        bare.push(await timeTo(`/bare.html?n=${size}`));
      }
      const label = size === 0 ? "bundled dataset" : `${size.toLocaleString("en")} meetings`;
      const ratio = median(app) / median(bare);
      console.log(
        `  ${label.padEnd(16)} app ${median(app).toFixed(0).padStart(6)} ms · bare vis-timeline ${median(bare).toFixed(0).padStart(6)} ms · ×${ratio.toFixed(2)}`,
      );
    }
  } finally {
    await context.close();
    server.close();
    rmSync(outDir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}
