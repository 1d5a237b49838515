/**
 * Issue 9 "Speed": 200 made-up readouts dropped at once into "Add readouts" in the browser.
 * Figures: readouts per second through the extraction worker (marks "extract:started" →
 * "extract:done", worker start included) and the longest main-thread task while it runs
 * (PerformanceObserver 'longtask': only tasks over 50 ms are reported, so 0 means none).
 */
import { EXTRACT_DONE_MARK, EXTRACT_STARTED_MARK } from "../../src/domain/performance-marks";
import { appServer } from "./browser/app-server";
import { markTime, openBrowser, probes } from "./browser/chromium";
import { round, type BenchSection } from "./section";

const READOUTS = 200;
const FIRST = ["Aino", "Brynja", "Carsten", "Dagny", "Eero", "Freya", "Gunnar", "Hedda", "Ivar", "Jorunn"];
const LAST = ["Lindqvist", "Marrow", "Nordby", "Oskarsen", "Pellinen", "Quist", "Rasku", "Solberg"];
const MONTHS = ["January", "March", "May", "July", "September", "November"];

/** A made-up readout in the shape of the team's fixtures: one meeting, two speakers, a dated lead. */
function madeUpReadout(n: number): string {
  const name = `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length) % LAST.length]}${n}`;
  const date = `${MONTHS[n % MONTHS.length]} ${1 + (n % 27)}, ${2015 + (n % 9)}`;
  return [
    `Wang Yi Meets with Norwegian Foreign Minister ${name}`,
    "",
    `On ${date}, Foreign Minister Wang Yi met with Norwegian Foreign Minister ${name} in Beijing.`,
    "",
    `Wang Yi said that China and Norway are good partners, and China is ready to deepen cooperation on offshore wind and climate change with Norway.`,
    "",
    `${name} said that Norway looks forward to closer cooperation with China on trade and research.`,
  ].join("\n");
}

export const importBatchSection: BenchSection = {
  name: "import",
  describe: `${READOUTS} made-up readouts dropped at once into "Add readouts": worker readouts/s, longest main-thread task meanwhile (ms)`,
  goals: [{ key: "importLongestTaskMs200", max: 50 }],
  async run({ log }) {
    const server = await appServer();
    server.use(undefined);
    const session = await openBrowser({ probes: true });
    try {
      const { page } = session;
      await page.goto(server.url);
      await page.getByRole("button", { name: "Add readouts" }).click();
      const dialog = page.getByRole("dialog", { name: "Add readouts" });
      await dialog.getByLabel("Readout files").setInputFiles(
        Array.from({ length: READOUTS }, (_, n) => ({
          name: `made-up-${String(n + 1).padStart(3, "0")}.txt`,
          mimeType: "text/plain",
          buffer: Buffer.from(madeUpReadout(n)),
        })),
      );
      log(`  extracting ${READOUTS} readouts…`);
      await dialog.getByRole("button", { name: "Extract" }).click();
      const started = await markTime(page, EXTRACT_STARTED_MARK);
      const done = await markTime(page, EXTRACT_DONE_MARK, started);
      await dialog.getByRole("heading", { name: /^Review before saving/ }).waitFor({ timeout: 120_000 });
      const reviewed = await dialog.getByRole("heading", { name: /^Review before saving/ }).textContent();
      if (!reviewed?.includes(`(${READOUTS})`))
        throw new Error(`expected ${READOUTS} readouts to review, the dialog says "${reviewed}"`);
      const during = (await probes(page)).longTasks.filter(
        (task) => task.start + task.duration > started && task.start < done,
      );
      const all = (await probes(page)).longTasks.filter((task) => task.start + task.duration > started);
      return {
        importReadoutsPerSecond200: round(READOUTS / ((done - started) / 1000)),
        importWorkerMs200: Math.round(done - started),
        importLongestTaskMs200: round(Math.max(0, ...during.map((task) => task.duration))),
        // For context: including the render of 200 reviews after the worker is done.
        importLongestTaskWithReviewMs200: round(Math.max(0, ...all.map((task) => task.duration))),
      };
    } finally {
      await session.close();
    }
  },
};
