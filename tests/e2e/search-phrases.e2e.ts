// A quoted phrase in the search box (issue 13), in the browser on the bundled corpus: it matches
// those words in that order only, and each listed meeting's excerpt marks the whole phrase.
import { describe, expect, it } from "vitest";
import { openApp } from "./support/browser";

const PHRASE = "international fairness and justice";

describe("quoted-phrase search", () => {
  it(`?q="${PHRASE}" lists the three meetings using it, the phrase marked in each excerpt`, async () => {
    const session = await openApp(`/?q=${encodeURIComponent(`"${PHRASE}"`)}`);
    const { page } = session;
    const list = page.locator('section[aria-label="Chronology"]');
    await list.getByRole("heading", { name: "Chronology · 3 meetings" }).waitFor();
    const links = list.locator("[data-meeting-link]");
    expect(
      await links.evaluateAll((all) => all.map((link) => (link as HTMLElement).dataset.meetingLink)),
    ).toEqual([
      "2020-09-24-xi-jinping-antonio-guterres",
      "2022-12-30-xi-jinping-vladimir-putin",
      "2024-05-16-xi-jinping-vladimir-putin",
    ]);
    for (let i = 0; i < 3; i++)
      expect((await links.nth(i).locator("mark").allTextContents()).map((m) => m.toLowerCase())).toContain(
        PHRASE,
      );
    expect(session.errors).toEqual([]);
  }, 60_000);

  it("finds nothing when the same words are quoted in another order", async () => {
    const { page } = await openApp(`/?q=${encodeURIComponent('"justice and international fairness"')}`);
    await page
      .locator('section[aria-label="Chronology"]')
      .getByRole("heading", { name: "Chronology · 0 meetings" })
      .waitFor();
  }, 60_000);
});
