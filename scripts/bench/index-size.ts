/**
 * Size of the compact meeting index the app starts from (ADR 005): gzip bytes per meeting for the
 * generated 10,000 meetings and for the bundled data (goal: ≤ 300 bytes per meeting).
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { INDEX_PATH } from "../lib/corpus";
import { generatedFiles } from "./generated-data";
import { round, type BenchSection } from "./section";

const perMeeting = (json: string) =>
  gzipSync(json).length / (JSON.parse(json) as { meetings: unknown[] }).meetings.length;

export const indexSizeSection: BenchSection = {
  name: "index",
  describe: "gzip bytes per meeting of data/index.json (generated 10,000 and bundled)",
  goals: [{ key: "indexGzipBytesPerMeeting", max: 300 }],
  async run() {
    const generated = generatedFiles(10_000, false).files.get("index.json")!;
    return {
      indexGzipBytesPerMeeting: round(perMeeting(generated)),
      indexGzipBytesPerMeetingBundled: round(perMeeting(readFileSync(INDEX_PATH, "utf8"))),
    };
  },
};
