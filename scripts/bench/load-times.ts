/**
 * Time from navigation to the timeline's items drawn (performance mark "timeline:items-rendered"),
 * for the app and for a bare vis-timeline page handed every meeting, alternating in one run so the
 * ratio compares like with like on a noisy machine. The app reads the generated index + year
 * shards the build would write; the bare page reads the whole dataset.json.
 */
import { TIMELINE_RENDERED_MARK } from "../../src/domain/performance-marks";
import { appServer } from "./browser/app-server";
import { markTime, openBrowser } from "./browser/chromium";
import { generatedFiles } from "./generated-data";
import { median, round, RUNS, type BenchSection, type Figures } from "./section";

/** Figure key → generated meetings (0: the bundled data) and whether the bare page runs too. */
const SIZES = [
  { key: "bundled", meetings: 0, bare: true },
  { key: "m1k", meetings: 1_000, bare: true },
  { key: "m10k", meetings: 10_000, bare: true },
  { key: "m100k", meetings: 100_000, bare: false },
] as const;

export const loadTimesSection: BenchSection = {
  name: "load",
  describe: `navigation → timeline items drawn, ms, median of ${RUNS} loads (headless Chromium, production build); ratio = app / bare vis-timeline`,
  goals: [
    { key: "bundled.ratio", max: 1.2 },
    { key: "m1k.ratio", max: 1.0 },
    { key: "m10k.ratio", max: 0.1 },
    { key: "m100k.appMs", max: 3000 },
  ],
  async run({ log }) {
    const server = await appServer();
    const browser = await openBrowser();
    const timeTo = async (path: string) => {
      await browser.page.goto(server.url + path);
      return markTime(browser.page, TIMELINE_RENDERED_MARK);
    };
    const figures: Figures = {};
    try {
      for (const size of SIZES) {
        log(`  ${size.key}…`);
        server.use(size.meetings ? generatedFiles(size.meetings, size.bare) : undefined);
        const app: number[] = [];
        const bare: number[] = [];
        for (let run = 0; run < RUNS; run++) {
          app.push(await timeTo("/"));
          if (size.bare) bare.push(await timeTo("/bare.html"));
        }
        const appMs = median(app);
        figures[size.key] = size.bare
          ? {
              appMs: Math.round(appMs),
              bareMs: Math.round(median(bare)),
              ratio: round(appMs / median(bare), 2),
            }
          : { appMs: Math.round(appMs) };
      }
    } finally {
      server.use(undefined);
      await browser.close();
    }
    return figures;
  },
};
