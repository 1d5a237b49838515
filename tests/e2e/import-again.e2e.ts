// "Add readouts" a second time, in Chromium: the same readout saved again is recognised (no second
// copy, the choice to replace or keep it), a backup whose readouts are all present says so calmly,
// an oversized paste is refused with the limit and its size and loses nothing, and keyboard users
// are taken to what Extract and Save produced.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { artefactPath } from "./support/artefacts";
import { openApp } from "./support/browser";
import { addIcelandReadout, ICELAND, openDialog } from "./support/import-dialog";

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()}: ${el.textContent?.trim() ?? ""}` : "";
  });

async function openLibrary(page: Page) {
  await page.getByRole("button", { name: "Library", exact: true }).click();
  return page.getByRole("dialog", { name: "Library" });
}

describe("adding what is already there", () => {
  it("takes focus to the review after Extract and to the status after Save", async () => {
    const session = await openApp("/");
    const { page } = session;
    await addIcelandReadout(page);
    expect(await focused(page)).toBe("h3: Review before saving (1)");
    await page.screenshot({ path: artefactPath("import-focus-review.png") });
    await page.getByRole("button", { name: "Save to library" }).click();
    const dialog = page.getByRole("dialog", { name: "Add readouts" });
    await dialog.getByText(/Saved “Wang Yi Holds Talks/).waitFor();
    expect(await focused(page)).toMatch(/^(ul|p|div): Saved “Wang Yi Holds Talks/);
    await page.screenshot({ path: artefactPath("import-focus-saved.png") });
    expect(session.errors).toEqual([]);
  });
  it("the same readout saved twice says so, and keeps one copy whether it is replaced or kept", async () => {
    const session = await openApp("/");
    const { page } = session;
    const first = await addIcelandReadout(page);
    await first.review.getByRole("button", { name: "Save to library" }).click();
    await first.dialog.getByText(/Saved “Wang Yi Holds Talks/).waitFor();
    await page.keyboard.press("Escape");

    // Again, same text and address: the save is held and the choice offered.
    const again = await addIcelandReadout(page);
    await again.review.getByRole("button", { name: "Save to library" }).click();
    const held = again.dialog.getByRole("status").filter({ hasText: /already in your library/ });
    await held.getByText(/“Wang Yi Holds Talks.*” is already in your library \(the same text\)/).waitFor();
    expect(await focused(page)).toMatch(/already in your library/);
    await held.screenshot({ path: artefactPath("import-duplicate.png") });
    await held.getByRole("button", { name: "Keep the saved copy" }).click();
    await again.dialog.getByText(/Kept the copy already in your library; nothing was added\./).waitFor();
    await page.keyboard.press("Escape");

    // A third time, replaced: still one readout, saved anew.
    const third = await addIcelandReadout(page);
    await third.review.getByRole("button", { name: "Save to library" }).click();
    await third.dialog.getByRole("button", { name: "Replace the saved copy" }).click();
    await third.dialog.getByText(/Replaced “Wang Yi Holds Talks.*” in your library\./).waitFor();
    await page.keyboard.press("Escape");

    const library = await openLibrary(page);
    await library
      .getByLabel("Library totals")
      .getByText(/^1 readout · 1 meeting/)
      .waitFor();
    expect(session.errors).toEqual([]);
  });
  it("an oversized paste is refused with the limit and its size, and the text already there stays", async () => {
    const session = await openApp("/");
    const { page } = session;
    const dialog = await openDialog(page);
    const box = dialog.getByRole("textbox", { name: "Readout text" });
    await box.fill("A readout the person was writing.");
    await box.fill(`A readout the person was writing.${"x".repeat(3 * 1024 * 1024)}`);
    await dialog
      .getByRole("alert")
      .getByText(/3\.0 MB, over the 2 MB limit for one readout.*the text already here is kept/)
      .waitFor();
    expect(await box.inputValue()).toBe("A readout the person was writing.");
    expect(await box.getAttribute("aria-invalid")).toBe("true");
    await dialog.screenshot({ path: artefactPath("import-paste-too-long.png") });
    expect(session.errors).toEqual([]);
  });
  it("a backup whose readouts are all in the library already is a calm status, not an error", async () => {
    const session = await openApp("/");
    const { page } = session;
    const { dialog, review } = await addIcelandReadout(page);
    await review.getByRole("button", { name: "Save to library" }).click();
    await dialog.getByText(/Saved “Wang Yi Holds Talks/).waitFor();
    await page.keyboard.press("Escape");

    await page.getByRole("button", { name: "Export", exact: true }).click();
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page
        .getByRole("dialog", { name: "Export" })
        .getByRole("button", { name: "Library backup (JSON)" })
        .click(),
    ]);
    const backup = readFileSync((await file.path())!);
    await page.keyboard.press("Escape");

    const add = await openDialog(page);
    await add.getByLabel("Readout files").setInputFiles({
      name: "my-library.json",
      mimeType: "application/json",
      buffer: backup,
    });
    await add.getByRole("button", { name: "Extract" }).click();
    await add
      .getByRole("status")
      .getByText("my-library.json: the readout in it is already in your library; nothing was added.")
      .waitFor();
    expect(await add.getByRole("alert").count()).toBe(0);
    await add.screenshot({ path: artefactPath("import-backup-all-present.png") });
    expect(await add.getByText(/yours-/).count()).toBe(0);
    expect(session.errors).toEqual([]);
  });
  it("a chosen file leaves the queue once its readout is saved, so the next Extract does not review it again", async () => {
    const session = await openApp("/");
    const { page } = session;
    const dialog = await openDialog(page);
    // Made up: a premier's talks with the prime minister of Finland, fully dated.
    const html = `<html><head><title>Li Qiang Holds Talks with Prime Minister Edda Varn of Finland</title></head>
<body><h1>Li Qiang Holds Talks with Prime Minister Edda Varn of Finland</h1>
<p>On November 12, 2025, Premier Li Qiang held talks with Prime Minister Edda Varn of Finland in Beijing.</p>
<p>Li Qiang said that China is willing to work with Finland to expand cooperation in trade.</p>
<p>Edda Varn said that Finland is committed to developing relations with China.</p></body></html>`;
    await dialog.getByLabel("Readout files").setInputFiles({
      name: "finland.html",
      mimeType: "text/html",
      buffer: Buffer.from(html),
    });
    await dialog.getByText("1 file: finland.html").waitFor();
    await dialog.getByRole("button", { name: "Extract" }).click();
    const review = dialog.getByRole("region", { name: "Review" });
    await review.getByRole("heading", { name: /Edda Varn of Finland/ }).waitFor();
    await review.getByRole("button", { name: "Save to library" }).click();
    await dialog.getByText(/Saved “Li Qiang Holds Talks/).waitFor();
    expect(await dialog.getByText(/^1 file:/).count()).toBe(0);

    await dialog.getByRole("textbox", { name: "Readout text" }).fill(ICELAND);
    await dialog.getByLabel("Publication date").fill("2019-10-10");
    await dialog.getByRole("textbox", { name: "Your note" }).fill("Date shown on the made-up page");
    await dialog.getByRole("button", { name: "Extract" }).click();
    await review.getByRole("heading", { name: /Wang Yi Holds Talks/ }).waitFor();
    expect(await review.getByRole("heading", { name: /Review before saving \(1\)/ }).count()).toBe(1);
    expect(await review.getByRole("heading", { name: /Edda Varn/ }).count()).toBe(0);
    await dialog.screenshot({ path: artefactPath("import-file-leaves-queue.png") });
    expect(session.errors).toEqual([]);
  });

  it("a date the app worked out from the page's own date line is marked inferred, not curated", async () => {
    const session = await openApp("/");
    const { page } = session;
    const dialog = await openDialog(page);
    await dialog
      .getByRole("textbox", { name: "Readout text" })
      .fill(readFileSync("tests/fixtures/readouts/adv-kremlin-talks.txt", "utf8"));
    await dialog.getByRole("button", { name: "Extract" }).click();
    const review = dialog.getByRole("region", { name: "Review" });
    const mark = review.getByLabel(
      /^inferred fact: No sentence gives a date; the page's own date 2019-05-08 is the day of the event it records/,
    );
    await mark.waitFor();
    expect(await mark.textContent()).toBe("inferred");
    expect(await review.getByLabel(/^curated fact:/).count()).toBe(0);
    await mark.scrollIntoViewIfNeeded();
    await review.screenshot({ path: artefactPath("import-inferred-date.png") });
    expect(session.errors).toEqual([]);
  });
  it("a saved page with inline styles, a style sheet and event handlers imports without a CSP report", async () => {
    const session = await openApp("/");
    const { page } = session;
    const dialog = await openDialog(page);
    // Made up, marked up as saved pages are: inline style attributes, a <style>, handlers, a script.
    const html = `<html><head><title>Li Qiang Holds Talks with Prime Minister Edda Varn of Finland</title>
<style>body { color: red }</style><script>window.__ran = 1</script></head>
<body style="margin:0"><h1 style="font-size:2em">Li Qiang Holds Talks with Prime Minister Edda Varn of Finland</h1>
<p style="color:#333">On November 12, 2025, Premier Li Qiang held talks with Prime Minister Edda Varn of Finland in Beijing.</p>
<p onclick="window.__ran = 2">Li Qiang said that China is willing to work with Finland. <img src="x" onerror="window.__ran = 3"></p>
</body></html>`;
    await dialog.getByLabel("Readout files").setInputFiles({
      name: "styled.html",
      mimeType: "text/html",
      buffer: Buffer.from(html),
    });
    await dialog.getByRole("button", { name: "Extract" }).click();
    await dialog
      .getByRole("region", { name: "Review" })
      .getByRole("heading", { name: /Edda Varn of Finland/ })
      .waitFor();
    expect(await page.evaluate(() => (window as { __ran?: number }).__ran)).toBeUndefined();
    expect(session.errors).toEqual([]);
  });
});
