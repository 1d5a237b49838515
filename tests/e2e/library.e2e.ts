// Issue 9, the library in Chromium: a saved made-up readout is listed in the Library dialog with
// its counts and marked "yours" in the list and on the timeline; Remove takes it off at once and
// Undo brings it back exactly; Edit stores a correction as curated; a batch with a binary and an
// oversized file still imports its good file; the dialog is axe-clean in light and dark.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousViolations } from "./support/axe";
import { openApp } from "./support/browser";
import { addIcelandReadout, ICELAND_MEETING, openDialog } from "./support/import-dialog";

const NORWAY = "tests/fixtures/readouts/import-norway-no-year.txt";

async function saveIceland(page: Page) {
  const { dialog, review } = await addIcelandReadout(page);
  await review.getByRole("button", { name: "Save to library" }).click();
  await dialog.getByText(/Saved “Wang Yi Holds Talks/).waitFor();
  await page.keyboard.press("Escape");
}

async function openLibrary(page: Page) {
  await page.getByRole("button", { name: "Library", exact: true }).click();
  return page.getByRole("dialog", { name: "Library" });
}

const listLink = (page: Page) =>
  page.getByRole("region", { name: "Chronology" }).getByRole("link", { name: new RegExp(ICELAND_MEETING) });

describe("the library", () => {
  it("lists a saved readout with counts, marks it yours, removes it and undoes the removal", async () => {
    const session = await openApp("/");
    const { page } = session;
    const library = await openLibrary(page);
    await library.getByText(/Your library is empty\. Use Add readouts/).waitFor();
    await page.keyboard.press("Escape");

    await saveIceland(page);
    // Marked "yours" in the list, and in the timeline item's name and tooltip.
    await listLink(page).getByRole("img", { name: /yours/ }).waitFor();
    const item = page.getByRole("region", { name: "Timeline" }).getByRole("img", { name: /yours/ });
    expect(await item.getAttribute("title")).toMatch(
      /Wang Yi – Sigrun Vilhjalmsdottir, 9 October 2019, yours/,
    );

    await openLibrary(page);
    const totals = library.getByLabel("Library totals");
    await totals.getByText(/1 readout · 1 meeting · \d+ statements · storage used: (\d|unknown)/).waitFor();
    const row = library
      .getByRole("list", { name: "Stored readouts" })
      .getByRole("listitem", { name: /Wang Yi Holds Talks/ });
    await row.getByText(/9 October 2019: Wang Yi – Sigrun Vilhjalmsdottir/).waitFor();
    await row.getByText(/from pasted text · saved/).waitFor();

    await row.getByRole("button", { name: /^Remove/ }).click();
    await library
      .getByRole("status")
      .getByText(/Removed “Wang Yi Holds Talks/)
      .waitFor();
    await library.getByText(/Your library is empty/).waitFor();
    await listLink(page).waitFor({ state: "detached" });
    expect(
      await page.getByRole("region", { name: "Timeline" }).getByRole("img", { name: /yours/ }).count(),
    ).toBe(0);

    await library.getByRole("button", { name: "Undo" }).click();
    await library
      .getByRole("status")
      .getByText(/Restored “Wang Yi Holds Talks/)
      .waitFor();
    await row.waitFor();
    await listLink(page).waitFor();

    // Edit: back in the review with its values and notes; a corrected place is stored as curated.
    await row.getByRole("button", { name: /^Edit/ }).click();
    const place = library.getByLabel("Place", { exact: true });
    await place.waitFor();
    expect(await library.getByLabel("Readout publication date").inputValue()).toBe("2019-10-10");
    // Named by its title, not its first sentence; its guessed perspective in words, not a slug.
    await library.getByRole("heading", { name: /^Wang Yi Holds Talks with Icelandic/ }).waitFor();
    await library.getByText(/guessed "Unknown publisher" \(Media report\)/).waitFor();
    await place.fill("Harpa, Reykjavik, Iceland");
    await library.getByLabel("Your note on these corrections").fill("The made-up page names the venue");
    await library.getByRole("button", { name: "Save changes" }).click();
    await library
      .getByRole("status")
      .getByText(/Saved your changes to “Wang Yi Holds Talks/)
      .waitFor();
    await library.getByText(/1 readout · 1 meeting/).waitFor();
    // The saved edit kept the title.
    await row.waitFor();
    await page.keyboard.press("Escape");

    await page.reload();
    await listLink(page).click();
    const panel = page.getByRole("article", { name: new RegExp(ICELAND_MEETING) });
    await panel.getByRole("img", { name: /yours/ }).waitFor();
    await panel.getByText("Harpa, Reykjavik, Iceland").waitFor();
    await panel
      .getByLabel(/curated fact: Place corrected by you to Harpa, Reykjavik, Iceland: The made-up page/)
      .waitFor();
    expect(session.errors).toEqual([]);
  });

  it("a batch of one good, one binary and one oversized file imports the good one, with a message naming each other file", async () => {
    const session = await openApp("/");
    const { page } = session;
    const dialog = await openDialog(page);
    await dialog.getByLabel("Readout files").setInputFiles([
      { name: "norway.txt", mimeType: "text/plain", buffer: readFileSync(NORWAY) },
      {
        name: "scan.txt",
        mimeType: "text/plain",
        buffer: Buffer.from([0x25, 0x50, 0x00, 0x01, 0xff, 0xfe, 0x00]),
      },
      { name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(2 * 1024 * 1024 + 10, "a") },
    ]);
    await dialog.getByLabel("Publication date").fill("2020-03-20");
    await dialog.getByRole("textbox", { name: "Your note" }).fill("Date shown on the made-up page");
    await dialog.getByRole("button", { name: "Extract" }).click();
    const review = dialog.getByRole("region", { name: "Review" });
    await review.getByRole("heading", { name: /Wang Yi Meets with Norwegian/ }).waitFor();
    const problems = dialog.getByRole("alert", { name: "Problems" });
    await problems.getByText(/^scan\.txt/).waitFor();
    await problems.getByText(/^huge\.txt is 2\.0 MB, over the 2 MB limit/).waitFor();
    expect(await problems.getByRole("listitem").count()).toBe(2);
    await review.getByRole("button", { name: "Save to library" }).click();
    await dialog.getByText(/Saved “Wang Yi Meets with Norwegian/).waitFor();
    await page.keyboard.press("Escape");
    const library = await openLibrary(page);
    await library.getByText(/1 readout · 1 meeting/).waitFor();
    expect(session.errors).toEqual([]);
  });

  it("a damaged stored entry is named in the Library while the good one stays listed and on the timeline", async () => {
    const session = await openApp("/");
    const { page } = session;
    await saveIceland(page);
    // Another tab or an old version left a value the schema refuses, in the library's own store.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open("readout-atlas");
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction("library", "readwrite");
            tx.objectStore("library").put(
              { version: 1, id: "yours-broken", dataset: { meetings: 3 } },
              "yours-broken",
            );
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    await listLink(page).waitFor();
    const library = await openLibrary(page);
    const problems = library.getByRole("region", { name: "Problems with stored readouts" });
    await problems.getByText(/The stored readout "yours-broken" is damaged \(/).waitFor();
    await library.getByRole("listitem", { name: /Wang Yi Holds Talks/ }).waitFor();
    await problems.getByRole("button", { name: "Remove entry yours-broken" }).click();
    await library.getByText(/Removed the damaged entry “yours-broken”/).waitFor();
    expect(await problems.count()).toBe(0);
    await library.getByText(/1 readout · 1 meeting/).waitFor();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`axe finds no serious problem in the Library dialog, ${colorScheme}`, async () => {
      const { page } = await openApp("/", { colorScheme });
      await page.locator(".vis-item").first().waitFor();
      const library = await openLibrary(page);
      await library.getByText(/Your library is empty/).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press("Escape");
      await saveIceland(page);
      await openLibrary(page);
      await library.getByRole("list", { name: "Stored readouts" }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});
