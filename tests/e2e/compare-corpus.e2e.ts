// The compare view on the bundled dataset (public/data/dataset.json), as issue 5 names it: Xi and
// Putin, December 2022 video call vs May 2024 talks at Zhongnanhai; Ban Ki-moon 2013 vs 2014.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { artefactPath } from "./support/artefacts";
import { seriousViolations } from "./support/axe";
import { openApp } from "./support/browser";

const DEC_2022 = "2022-12-30-xi-jinping-vladimir-putin";
const MAY_2024 = "2024-05-16-xi-jinping-vladimir-putin";

const topicRow = (page: Page, topicId: string) => page.locator(`#compare-topic-${topicId}`);
const xiInCell = (page: Page, topicId: string, column: string) =>
  topicRow(page, topicId)
    .getByRole("group", { name: new RegExp(`, ${column}$`) })
    .getByText(/^Xi Jinping · /);

describe("compare view on the bundled dataset", () => {
  it("opens the comparison from two meetings ticked in the chronology list", async () => {
    const session = await openApp("/");
    const { page } = session;
    await page.getByRole("checkbox", { name: /Xi Jinping – Vladimir Putin, 16 May 2024/ }).check();
    await page.getByRole("status").getByText("tick one more to compare").waitFor();
    await page.getByRole("checkbox", { name: /Xi Jinping – Vladimir Putin, 30 December 2022/ }).check();
    await page.getByRole("button", { name: "Compare", exact: true }).click();
    await page.getByRole("heading", { level: 2, name: "Comparing 2022 and 2024" }).waitFor();
    expect(new URL(page.url()).search).toBe(`?compare=${DEC_2022},${MAY_2024}`);
    expect(session.errors).toEqual([]);
  });

  it("shows both Xi–Putin meetings with a Ukraine row holding Xi's statements from both, BRICS only for 2022", async () => {
    const session = await openApp(`/?compare=${DEC_2022},${MAY_2024}`);
    const { page } = session;
    await page.getByRole("heading", { level: 2, name: "Comparing 2022 and 2024" }).waitFor();
    await page
      .getByRole("article", { name: "First column: 2022" })
      .getByText("30 December 2022 (Friday)")
      .waitFor();
    await expect(page.title()).resolves.toBe(
      "Compare Xi Jinping – Vladimir Putin: 30 Dec 2022 and 16 May 2024 · Readout Atlas",
    );
    await page
      .getByRole("article", { name: "Second column: 2024" })
      .getByText("16 May 2024 (Thursday)")
      .waitFor();

    const ukraine = topicRow(page, "ukraine");
    await ukraine.getByText("Raised in both").waitFor();
    expect(await xiInCell(page, "ukraine", "2022").count()).toBeGreaterThan(0);
    expect(await xiInCell(page, "ukraine", "2024").count()).toBeGreaterThan(0);

    const brics = topicRow(page, "brics");
    await brics.getByText("Only in 2022").waitFor();
    await brics
      .getByRole("group", { name: /, 2024$/ })
      .getByText("Not in the 2024 account.")
      .waitFor();
    expect(await xiInCell(page, "brics", "2024").count()).toBe(0);
    // The timeline marks both compared meetings.
    await page.locator(".vis-item.vis-point.vis-selected").nth(1).waitFor();
    expect(await page.locator(".vis-item.vis-point.vis-selected").count()).toBe(2);
    expect(session.errors).toEqual([]);
  });

  it("produces that URL when the two meetings are picked through the UI (panel, then list), and swaps", async () => {
    const session = await openApp(`/?meeting=${DEC_2022}`);
    const { page } = session;
    await page.getByRole("button", { name: "Compare with…" }).click();
    // The second meeting from the chronology list (the fixture test picks on the timeline).
    await page
      .getByRole("region", { name: "Chronology" })
      .locator(`a[data-meeting-link="${MAY_2024}"]`)
      .click();
    await page.getByRole("heading", { level: 2, name: "Comparing 2022 and 2024" }).waitFor();
    expect(new URL(page.url()).search).toBe(`?compare=${DEC_2022},${MAY_2024}`);

    await page.getByRole("button", { name: "Swap columns: put 2024 first" }).click();
    await page.getByRole("heading", { level: 2, name: "Comparing 2024 and 2022" }).waitFor();
    expect(new URL(page.url()).search).toBe(`?compare=${MAY_2024},${DEC_2022}`);
    expect(await page.getByRole("article", { name: /^First column/ }).getAttribute("aria-label")).toBe(
      "First column: 2024",
    );
    await topicRow(page, "brics").getByText("Only in 2022").waitFor();
    expect(session.errors).toEqual([]);
  });

  it("compares Ban Ki-moon's 2013 and 2014 meetings with Xi, free of serious accessibility problems", async () => {
    const session = await openApp(
      "/?compare=2013-06-19-xi-jinping-ban-ki-moon,2014-02-07-xi-jinping-ban-ki-moon",
    );
    const { page } = session;
    await page.getByRole("heading", { level: 2, name: "Comparing 2013 and 2014" }).waitFor();
    // A UN spokesperson's note against a Chinese foreign-ministry readout: the summary says so.
    await page
      .getByText(/^From 2013 to 2014: \d+ topics? kept, \d+ added, \d+ dropped — but the accounts differ: /)
      .waitFor();
    const results = await new AxeBuilder({ page })
      .include('section[aria-labelledby="compare-heading"]')
      .analyze();
    const serious = results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => v.id);
    expect(serious).toEqual([]);
    expect(session.errors).toEqual([]);
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`says the 2022 and 2024 Xi–Putin accounts differ (CGTN vs the foreign ministry), ${colorScheme}`, async () => {
      const session = await openApp(`/?compare=${DEC_2022},${MAY_2024}`, { colorScheme });
      const { page } = session;
      await page.getByRole("heading", { level: 2, name: "Comparing 2022 and 2024" }).waitFor();
      const note = page.getByRole("complementary", {
        name: "The accounts differ in publisher and perspective",
      });
      await expect(note.textContent()).resolves.toMatch(
        /2022 is told by CGTN \(China Global Television Network\), media report; 2024 by Chinese Ministry of Foreign Affairs, Chinese government readout\./,
      );
      await page
        .getByRole("region", { name: "Topics" })
        .getByText(
          /dropped — but the accounts differ: CGTN .*, media report vs Chinese Ministry of Foreign Affairs, Chinese government readout\.$/,
        )
        .waitFor();
      // The section navigation jumps to a topic row, and leaves the URL (the view's contract) alone.
      const before = page.url();
      const sections = page.getByRole("navigation", { name: "Sections of the comparison" });
      // 28 sections: even on a wide screen they fold behind one toggle, which stays at the top.
      expect(await sections.getByRole("link").filter({ visible: true }).count()).toBe(0);
      await sections.getByText(/^Jump to a section \(\d+\)$/).click();
      await sections.getByRole("link", { name: "BRICS" }).click();
      expect(page.url()).toBe(before);
      // Choosing a section folds the list again; the toggle is still on screen after the jump.
      expect(await sections.getByRole("link").filter({ visible: true }).count()).toBe(0);
      const toggle = await sections.getByText(/^Jump to a section/).boundingBox();
      expect(toggle!.y).toBeGreaterThanOrEqual(0);
      expect(toggle!.y).toBeLessThan(100);
      // Focus goes to the section's heading, not back to the body.
      await page.waitForFunction(() => document.activeElement?.id === "compare-topic-brics-heading");
      await page.getByRole("button", { name: "Print" }).waitFor();
      await page.locator("#compare-heading").scrollIntoViewIfNeeded();
      await page.screenshot({ path: artefactPath(`compare-accounts-note-${colorScheme}.png`) });
      await page.setViewportSize({ width: 390, height: 844 });
      // On a phone the long list of sections folds behind one toggle.
      await sections.getByText(/^Jump to a section/).waitFor();
      expect(await sections.getByRole("link").filter({ visible: true }).count()).toBe(0);
      await sections.getByText(/^Jump to a section/).click();
      await sections.getByRole("link", { name: "BRICS" }).waitFor();
      await sections.screenshot({ path: artefactPath(`compare-sections-${colorScheme}-phone.png`) });
      await sections.getByRole("link", { name: "BRICS" }).click();
      await page.waitForFunction(() => document.activeElement?.id === "compare-topic-brics-heading");
      expect(page.url()).toBe(before);
      await note.scrollIntoViewIfNeeded();
      await page.screenshot({ path: artefactPath(`compare-accounts-note-${colorScheme}-phone.png`) });
      expect(await seriousViolations(page, 'section[aria-labelledby="compare-heading"]')).toEqual([]);
      expect(session.errors).toEqual([]);
    });
  }
});
