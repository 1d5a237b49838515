// `npm run extract` over a folder and with --explain (the command run in-process, as the CLI runs it).
// The two readouts written here are made up.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { datasetSchema } from "../../../src/domain/schema";
import { extractCommand } from "../../../scripts/lib/extract-command";

const dir = mkdtempSync(join(tmpdir(), "extract-cli-"));
writeFileSync(
  join(dir, "a-call.txt"),
  "On March 4, 2025, Chinese President Xi Jinping held a phone call with Chilean President Anton Velmar.\n\nXi said China values the partnership. Velmar said Chile is ready to do more.\n",
);
writeFileSync(join(dir, "b-empty.txt"), "   \n");
writeFileSync(join(dir, "notes.md"), "not a readout");

function extract(...args: string[]): string {
  const result = extractCommand(args);
  expect(result.code, result.stderr.join("\n")).toBe(0);
  return result.stdout;
}

describe("npm run extract over a folder", () => {
  it("--report prints one line per .txt file and the totals", () => {
    const lines = extract(dir, "--report").trim().split("\n");
    expect(lines[0]).toMatch(
      /a-call\.txt\s+1 meeting\(s\)\s+2025-03-04 \("March 4, 2025" in the text\) phone/,
    );
    expect(lines[0]).toMatch(/Xi Jinping – Anton Velmar; speakers: .*Xi Jinping 1.*Anton Velmar 1/);
    expect(lines[1]).toMatch(/b-empty\.txt\s+REFUSED\s+the file is empty/);
    expect(lines.at(-1)).toBe(
      "Totals: 2 files, 1 read, 1 refused, 1 meetings, 3 statements, 1 files with warnings",
    );
  });

  it("--json prints one valid Dataset for the whole folder", () => {
    const dataset = datasetSchema.parse(JSON.parse(extract(dir, "--json")));
    expect(dataset.meetings.map((m) => m.id)).toEqual(["2025-03-04-xi-jinping-anton-velmar"]);
  });
});

describe("npm run extract -- FILE --explain", () => {
  it("prints per sentence the rule and the speaker", () => {
    const out = extract(join(dir, "a-call.txt"), "--explain");
    expect(out).toMatch(/\[saying-subject\]\s+Xi Jinping\s+Xi said China values the partnership\./);
    expect(out).toMatch(/\[saying-subject\]\s+Anton Velmar\s+Velmar said Chile is ready/);
  });
});

describe("npm run extract refusals", () => {
  it("exits 2 on a bad command line and 1 on an unusable file, with a message", () => {
    expect(extractCommand([dir, "--json", "--report"])).toMatchObject({ code: 2 });
    const empty = extractCommand([join(dir, "b-empty.txt")]);
    expect(empty.code).toBe(1);
    expect(empty.stderr.join("\n")).toMatch(/b-empty\.txt: the file is empty/);
  });
});

describe("npm run extract on a meeting the pipeline inferred (ADR 015)", () => {
  const own = mkdtempSync(join(tmpdir(), "extract-cli-inferred-"));
  writeFileSync(
    join(own, "c-headline.txt"),
    "Premier Li Qiang meets Kenyan President Daniel Otieno\n\nBEIJING, April 9, 2024 -- Premier Li Qiang said China is ready to deepen cooperation with Kenya.\n\nKenyan President Daniel Otieno said Kenya values its friendship with China.\n",
  );
  it("says so in the summary, --explain and --report", () => {
    const file = join(own, "c-headline.txt");
    expect(extract(file)).toMatch(/\n {2}inferred: No sentence says the meeting.*Li Qiang and Daniel Otieno/);
    expect(extract(file, "--explain")).toMatch(/\[inferred-meeting\]\s+No sentence says the meeting/);
    expect(extract(own, "--report")).toMatch(/c-headline\.txt\s+1 meeting\(s\)\s+INFERRED 2024-04-09/);
  });
});

describe("npm run extract --url", () => {
  const page = join(mkdtempSync(join(tmpdir(), "extract-url-")), "no-stamp.txt");
  writeFileSync(
    page,
    "Xi meets Chilean president\n\nChinese President Xi Jinping met with Chilean President Anton Velmar in Beijing on Thursday.\n",
  );

  it("takes the publication day from the address's path, as the import does, and says so", () => {
    const summary = extract(page, "--url", "https://news.example.org/world/2016-07/15/c_12345.htm");
    expect(summary).toMatch(
      /date: 2016-07-14 \("on Thursday" relative to .*2016-07-15 \(from the readout's URL\)\)/,
    );
  });

  it("refuses an address that is not http(s), and a folder", () => {
    expect(extractCommand([page, "--url", "ftp://x"]).code).toBe(2);
    expect(extractCommand([dir, "--url", "https://example.org/2016-07-15/"]).code).toBe(2);
  });
});
