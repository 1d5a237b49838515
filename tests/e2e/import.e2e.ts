// Issue 9 in Chromium: a person adds a made-up readout of their own (pasted, with markup in it),
// supplies the publication date its text lacks, reviews and saves it, and finds it on the
// timeline and in the list, after a reload too.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openApp } from "./support/browser";

const ICELAND = readFileSync("tests/fixtures/readouts/import-iceland-no-year.txt", "utf8");
const TITLE = "Wang Yi – Sigrun Vilhjalmsdottir";

async function openDialog(page: Page) {
  await page.getByRole("button", { name: "Add readouts" }).click();
  return page.getByRole("dialog", { name: "Add readouts" });
}

/** Pastes the Iceland readout, learns it needs a publication date, supplies it and saves. */
export async function addIcelandReadout(page: Page) {
  const dialog = await openDialog(page);
  await dialog.getByRole("textbox", { name: "Readout text" }).fill(ICELAND);
  await dialog.getByRole("button", { name: "Extract" }).click();
  await dialog
    .getByRole("alert")
    .getByText(/pasted text: .*enter its publication date/)
    .waitFor();
  await dialog.getByLabel("Publication date").fill("2019-10-10");
  await dialog.getByLabel("Page URL").fill("https://example.org/made-up/iceland");
  await dialog.getByRole("textbox", { name: "Your note" }).fill("Date and address shown on the made-up page");
  await dialog.getByRole("button", { name: "Extract" }).click();
  const review = dialog.getByRole("region", { name: "Review" });
  await review.getByRole("heading", { name: /Wang Yi Holds Talks/ }).waitFor();
  return { dialog, review };
}

describe("your own readouts", () => {
  it("pastes, supplies the date, reviews, saves; the meeting is on the timeline and in the list, after a reload too", async () => {
    const session = await openApp("/");
    const { page } = session;
    const { dialog, review } = await addIcelandReadout(page);
    // What was found, beside the text with its spans coloured by speaker; markup stays text.
    await review.getByText(/9 October 2019/).waitFor();
    await review.getByText("Iceland", { exact: true }).waitFor();
    expect(await review.locator("mark[data-speaker=wang-yi]").count()).toBe(1);
    await review.getByText(/<b>in good faith<\/b>/).waitFor();
    expect(await dialog.locator("b, img, script").count()).toBe(0);
    // The date came from the supplied publication date: curated, with the user's note.
    await review.getByLabel(/curated fact: .*2019-10-10 you supplied: Date and address/).waitFor();
    await review.getByRole("button", { name: "Save to library" }).click();
    await dialog.getByText(/Saved “Wang Yi Holds Talks/).waitFor();
    await page.keyboard.press("Escape");
    await expect(
      page.getByRole("button", { name: "Add readouts" }).evaluate((b) => b === document.activeElement),
    ).resolves.toBe(true);

    const list = page.getByRole("region", { name: "Chronology" });
    await list.getByRole("link", { name: new RegExp(TITLE) }).waitFor();
    await page.getByRole("region", { name: "Timeline" }).getByText("Iceland").first().waitFor();

    await page.reload();
    await list.getByRole("link", { name: new RegExp(TITLE) }).click();
    const panel = page.getByRole("article", { name: new RegExp(TITLE) });
    await panel.getByText(/values its friendship with Iceland/).waitFor();
    expect(session.dialogs).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
