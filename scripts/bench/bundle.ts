/**
 * Size of what the built index.html loads before any dynamic import (its scripts and
 * modulepreloads; stylesheets apart), gzip, against the goal of ≤ 150 KB of JavaScript.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { appServer } from "./browser/app-server";
import { round, type BenchSection } from "./section";

function gzipKB(dir: string, assets: Iterable<string>): number {
  let bytes = 0;
  for (const asset of assets) bytes += gzipSync(readFileSync(join(dir, asset))).length;
  return round(bytes / 1024);
}

export const bundleSection: BenchSection = {
  name: "bundle",
  describe: "production build: what index.html loads first, KB gzip; all assets, KB raw",
  goals: [{ key: "initialJsGzipKB", max: 150 }],
  async run() {
    const { dir } = await appServer();
    const html = readFileSync(join(dir, "index.html"), "utf8");
    const initial = new Set(
      [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!),
    );
    const js = [...initial].filter((asset) => asset.endsWith(".js"));
    const css = [...initial].filter((asset) => asset.endsWith(".css"));
    const all = readdirSync(join(dir, "assets")).reduce(
      (n, f) => n + statSync(join(dir, "assets", f)).size,
      0,
    );
    return {
      initialJsGzipKB: gzipKB(dir, js),
      initialCssGzipKB: gzipKB(dir, css),
      allAssetsKB: round(all / 1024),
    };
  },
};
