// Issue 9 in Chromium: a person filters the bundled corpus, exports the meetings shown as JSON and
// CSV (the downloaded files are read back here), and imports that JSON into a fresh profile whose
// atlas is empty: the list shows the same meetings.
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { parseDataset } from "../../src/domain/parse-dataset";
import type { Dataset } from "../../src/domain/schema";
import { artefactPath } from "./support/artefacts";
import { seriousViolations } from "./support/axe";
import { openApp } from "./support/browser";

const PUTIN = ["2022-12-30-xi-jinping-vladimir-putin", "2024-05-16-xi-jinping-vladimir-putin"];
const EMPTY = { schemaVersion: 1, actors: [], topics: [], readouts: [], meetings: [] };
const DAY = /\d{4}-\d{2}-\d{2}/.source;

const chronology = (page: Page) => page.getByRole("region", { name: "Chronology" });

/** The meeting ids and link texts the list shows, once it shows `count` meetings. */
async function listed(page: Page, count: number) {
  await chronology(page)
    .getByRole("heading", { name: `Chronology · ${count} meeting${count === 1 ? "" : "s"}` })
    .waitFor();
  return chronology(page)
    .locator("[data-meeting-link]")
    .evaluateAll((links) => links.map((l) => `${(l as HTMLElement).dataset.meetingLink}: ${l.textContent}`));
}

async function openExport(page: Page) {
  await page.getByRole("button", { name: "Export", exact: true }).click();
  return page.getByRole("dialog", { name: "Export" });
}

/** Clicks an export choice and returns the downloaded file's name and text (without the CSV's BOM). */
async function download(page: Page, choice: string) {
  const dialog = page.getByRole("dialog", { name: "Export" });
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("button", { name: choice }).click(),
  ]);
  const text = readFileSync((await file.path())!, "utf8").replace(/^\uFEFF/, "");
  return { name: file.suggestedFilename(), text };
}

describe("export", () => {
  it("exports the filtered meetings as JSON and CSV; the JSON imports into an empty atlas as the same meetings", async () => {
    const session = await openApp("/?counterpart=russia");
    const { page } = session;
    const shown = await listed(page, 2);
    expect(shown.map((line) => line.split(":")[0])).toEqual(PUTIN);

    const dialog = await openExport(page);
    await dialog.getByRole("heading", { name: "The meetings shown (2 meetings)" }).waitFor();
    expect(await seriousViolations(page, "dialog")).toEqual([]);
    await page.screenshot({ path: artefactPath("export-dialog-light.png") });

    const json = await download(page, "Meetings as JSON");
    expect(json.name).toMatch(new RegExp(`^readout-atlas-meetings-${DAY}\\.json$`));
    await dialog.getByRole("status").getByText(`Saved ${json.name} (2 meetings).`).waitFor();
    // Valid against the dataset schema (dataset.schema.json is generated from it), self-contained.
    const exported = parseDataset(json.text, json.name);
    expect(exported.meetings.map((m) => m.id)).toEqual(PUTIN);
    expect(exported.readouts.map((r) => r.id).sort()).toEqual(
      [...new Set(exported.meetings.flatMap((m) => m.readoutIds))].sort(),
    );

    const meetings = await download(page, "Meetings as CSV");
    expect(meetings.name).toMatch(new RegExp(`^readout-atlas-meetings-${DAY}\\.csv$`));
    const meetingRows = Papa.parse<Record<string, string>>(meetings.text.trim(), { header: true }).data;
    expect(meetingRows.map((r) => r.meeting_id)).toEqual(PUTIN);
    expect(meetingRows.map((r) => r.counterpart_principal)).toEqual(["Vladimir Putin", "Vladimir Putin"]);

    const statements = await download(page, "Statements as CSV");
    expect(statements.name).toMatch(new RegExp(`^readout-atlas-statements-${DAY}\\.csv$`));
    const statementRows = Papa.parse<Record<string, string>>(statements.text.trim(), { header: true }).data;
    const exportedStatements = exported.meetings.flatMap((m) => m.statements.map((s) => [m.id, s]));
    expect(statementRows).toHaveLength(exportedStatements.length);
    // Joined by meeting id, and the text survives CSV quoting exactly.
    expect(statementRows.map((r) => [r.meeting_id, r.statement_id, r.text])).toEqual(
      exported.meetings.flatMap((m) => m.statements.map((s) => [m.id, s.id, s.text])),
    );
    expect(await dialog.getByRole("button", { name: "Library backup (JSON)" }).isDisabled()).toBe(true);
    await page.keyboard.press("Escape");
    await expect(
      page.getByRole("button", { name: "Export", exact: true }).evaluate((b) => b === document.activeElement),
    ).resolves.toBe(true);
    expect(session.errors).toEqual([]);

    // A fresh profile whose atlas has no readouts at all: the export restores the same meetings.
    const fresh = await openApp("/", { dataset: EMPTY });
    await fresh.page.getByRole("button", { name: "Add readouts" }).click();
    const add = fresh.page.getByRole("dialog", { name: "Add readouts" });
    await add.getByLabel("Readout files").setInputFiles({
      name: json.name,
      mimeType: "application/json",
      buffer: Buffer.from(json.text),
    });
    await add.getByRole("button", { name: "Extract" }).click();
    await add.getByRole("status").getByText(`${json.name}: 2 readouts added to your library.`).waitFor();
    await fresh.page.keyboard.press("Escape");
    // The same meetings, the same lines, each now marked as the person's own.
    const restored = await listed(fresh.page, 2);
    expect(restored.every((line) => line.includes("Vladimir Putinyours"))).toBe(true);
    expect(restored.map((line) => line.replace("Vladimir Putinyours", "Vladimir Putin"))).toEqual(shown);
    expect(fresh.errors).toEqual([]);
  });

  it("a JSON that is not a dataset is refused with a message naming the file", async () => {
    const session = await openApp("/");
    const { page } = session;
    await page.getByRole("button", { name: "Add readouts" }).click();
    const add = page.getByRole("dialog", { name: "Add readouts" });
    await add.getByLabel("Readout files").setInputFiles([
      { name: "notes.json", mimeType: "application/json", buffer: Buffer.from('{"hello": "world"}') },
      {
        name: "cut-off.json",
        mimeType: "application/json",
        buffer: Buffer.from('{"schemaVersion": 1, "act'),
      },
    ]);
    await add.getByRole("button", { name: "Extract" }).click();
    const problems = add.getByRole("alert", { name: "Problems" });
    await problems.getByText(/notes\.json.*Import a JSON file exported by Readout Atlas/).waitFor();
    await problems.getByText(/cut-off\.json.*Import a JSON file exported by Readout Atlas/).waitFor();
  });

  it("the export dialog is axe clean in dark mode", async () => {
    const { page } = await openApp("/", { colorScheme: "dark" });
    await listed(page, 7);
    const dialog = await openExport(page);
    await dialog.getByRole("heading", { name: "The meetings shown (7 meetings)" }).waitFor();
    expect(await seriousViolations(page, "dialog")).toEqual([]);
    await page.screenshot({ path: artefactPath("export-dialog-dark.png") });
  });
});

describe("cite and the original page", () => {
  const MAY_2024 = "2024-05-16-xi-jinping-vladimir-putin";
  const bundled = JSON.parse(readFileSync("public/data/dataset.json", "utf8")) as Dataset;
  // A made-up address on the May 2024 readout, so the panel has an original page to link to.
  const withUrl: Dataset = {
    ...bundled,
    readouts: bundled.readouts.map((r) =>
      r.id === "004_7dcf29c1458b0db6" ? { ...r, url: "https://example.org/made-up/readout" } : r,
    ),
  };

  it("the meeting and each readout can be cited and copied; the original page opens in a new tab", async () => {
    const session = await openApp(`/?meeting=${MAY_2024}`, { dataset: withUrl });
    const { page, context } = session;
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const panel = page.getByRole("article", { name: /Xi Jinping – Vladimir Putin/ });

    const original = panel.getByRole("link", { name: /^Original page/ });
    expect(await original.getAttribute("href")).toBe("https://example.org/made-up/readout");
    expect(await original.getAttribute("target")).toBe("_blank");
    expect(await original.getAttribute("rel")).toBe("noopener noreferrer");

    await panel.getByRole("button", { name: "Cite this meeting" }).click();
    const cite = page.getByRole("dialog", { name: "Cite this meeting" });
    const plain = cite.getByRole("textbox", { name: "Plain text" });
    expect(await plain.inputValue()).toMatch(
      /^Meeting of Xi Jinping and Vladimir Putin, 16 May 2024\. Accounts: Chinese Ministry of Foreign Affairs\./,
    );
    expect(await cite.getByRole("textbox", { name: "BibTeX" }).inputValue()).toMatch(
      /^@misc\{2024-05-16-xi-jinping-vladimir-putin,\n {2}title = \{\{Meeting of Xi Jinping and Vladimir Putin, 16 May 2024\}\}/,
    );
    expect(await seriousViolations(page, "dialog")).toEqual([]);
    await page.screenshot({ path: artefactPath("cite-dialog-light.png") });
    await cite.getByRole("button", { name: "Copy Plain text" }).click();
    await cite.getByRole("button", { name: "Copy Plain text" }).getByText("Copied").waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await plain.inputValue());
    await page.keyboard.press("Escape");

    await panel
      .getByRole("button", { name: "Cite the readout by Chinese Ministry of Foreign Affairs" })
      .click();
    const readout = page.getByRole("dialog", { name: /^Cite the readout by/ });
    expect(await readout.getByRole("textbox", { name: "BibTeX" }).inputValue()).toContain(
      "url = {https://example.org/made-up/readout}",
    );
    expect(session.errors).toEqual([]);
  });

  it("the cite dialog is axe clean in dark mode", async () => {
    const { page } = await openApp(`/?meeting=${MAY_2024}`, { colorScheme: "dark" });
    await page.getByRole("button", { name: "Cite this meeting" }).click();
    await page
      .getByRole("dialog", { name: "Cite this meeting" })
      .getByRole("textbox", { name: "BibTeX" })
      .waitFor();
    expect(await seriousViolations(page, "dialog")).toEqual([]);
    await page.screenshot({ path: artefactPath("cite-dialog-dark.png") });
  });
});
