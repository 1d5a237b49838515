// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { htmlToText } from "../../../src/data/html-to-text";
import { MAX_FILE_BYTES, readReadoutFile } from "../../../src/data/read-readout-file";
import { libraryBackup } from "../../../src/domain/library";

const file = (name: string, body: BlobPart) => new File([body], name);

describe("htmlToText", () => {
  it("keeps the article's text as paragraphs and drops scripts, styles, navigation and the page furniture", () => {
    const html = `<!doctype html><html><head><title>Ignored title</title><style>p{color:red}</style>
      <script>alert("x")</script></head><body>
      <header><a href="/">Home</a> | <a href="/news">News</a></header>
      <nav><ul><li>Menu</li></ul></nav>
      <article><header><h1>Wang Yi Meets Thora Eyvindsdottir</h1></header>
      <p>On March 14, Wang Yi met <b>Thora</b>   Eyvindsdottir.</p><p>Both sides &amp; partners<br>agreed.</p>
      <footer>Editor: A. Person</footer></article>
      <footer>© Ministry · Contact us</footer><noscript>Enable JS</noscript></body></html>`;
    expect(htmlToText(html)).toBe(
      "Wang Yi Meets Thora Eyvindsdottir\n\nOn March 14, Wang Yi met Thora Eyvindsdottir.\n\nBoth sides & partners\nagreed.\n\nEditor: A. Person",
    );
  });

  it("starts with the page title when the body has no heading", () => {
    expect(htmlToText("<title>Readout of the call</title><p>The two leaders spoke.</p>")).toBe(
      "Readout of the call\n\nThe two leaders spoke.",
    );
  });

  it("never runs or keeps markup: an inline handler is dropped, its text kept as text", () => {
    expect(htmlToText(`<p><img src=x onerror="alert(1)">Text &lt;b&gt;here&lt;/b&gt;</p>`)).toBe(
      "Text <b>here</b>",
    );
  });
});

describe("readReadoutFile", () => {
  it("reads a UTF-8 text file and converts an HTML file", async () => {
    await expect(readReadoutFile(file("a.txt", "Plain readout."))).resolves.toEqual({
      name: "a.txt",
      kind: "text",
      text: "Plain readout.",
    });
    await expect(readReadoutFile(file("b.HTML", "<p>From a page.</p>"))).resolves.toMatchObject({
      kind: "text",
      text: "From a page.",
    });
  });

  it.each([
    [
      "big.txt",
      "x".repeat(MAX_FILE_BYTES + 1),
      /^big\.txt is 2\.0 MB, over the 2 MB limit for one file; split it/,
    ],
    [
      "photo.txt",
      new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
      /^photo\.txt is not UTF-8 text .*save the readout as UTF-8/,
    ],
    ["latin1.txt", new Uint8Array([0x43, 0x61, 0x66, 0xe9]), /^latin1\.txt is not UTF-8 text/],
    ["nul.txt", "text\u0000with a NUL", /^nul\.txt is not UTF-8 text/],
    [
      "empty.html",
      "<script>only()</script>",
      /^empty\.html has no text; add a file that holds the readout's text\./,
    ],
    ["slides.pdf", "%PDF", /^slides\.pdf: only \.txt, \.html, \.htm and \.json files can be added/],
    [
      "broken.json",
      "{ nope",
      /^broken\.json is not valid JSON.*Import a JSON file exported by Readout Atlas or written by npm run extract -- DIR --json\.$/,
    ],
    ["foreign.json", `{"type":"FeatureCollection"}`, /^foreign\.json does not match the dataset schema/],
  ])("%s gets a message naming it and what to do", async (name, body, message) => {
    const result = await readReadoutFile(file(name, body));
    expect(result.kind).toBe("error");
    expect(result.kind === "error" && result.message).toMatch(message);
  });

  it("reads a dataset file (as npm run extract -- DIR --json writes) and a library backup", async () => {
    const dataset = readFileSync("tests/fixtures/dataset.sample.json", "utf8");
    await expect(readReadoutFile(file("corpus.json", dataset))).resolves.toMatchObject({ kind: "dataset" });
    const backup = JSON.stringify({ ...libraryBackup([]), entries: [{ id: "yours-x", version: 1 }] });
    await expect(readReadoutFile(file("backup.json", backup))).resolves.toMatchObject({
      kind: "backup",
      entries: [],
      problems: [{ key: "yours-x" }],
    });
  });
});
