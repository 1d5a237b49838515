// Issue 9 in Chromium: a person adds a made-up readout of their own (pasted, with markup in it),
// supplies the publication date its text lacks, reviews and saves it, and finds it on the
// timeline and in the list, after a reload too.
import { describe, expect, it } from "vitest";
import { openApp } from "./support/browser";
import { addIcelandReadout, ICELAND_MEETING } from "./support/import-dialog";

const TITLE = ICELAND_MEETING;

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
    // A statement of two topics is in both rows (folded in the second): the first copy is the full one.
    await panel
      .getByText(/values its friendship with Iceland/)
      .first()
      .waitFor();
    expect(session.dialogs).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
