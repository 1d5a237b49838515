// The formulation tracker (issue 13) in the browser, on the bundled corpus: the Formulations view
// lists "international fairness and justice"; choosing it narrows the timeline and the list to the
// three meetings that use it and puts formulation= in the URL; a typed phrase can be tracked (and is
// in the URL, so a reload tracks it again); the
// phrase is marked in an opened meeting's statements; axe finds nothing serious in light and dark.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousViolations } from "./support/axe";
import { artefactPath } from "./support/artefacts";
import { openApp } from "./support/browser";

const PHRASE = "international fairness and justice";
const USING = [
  "2020-09-24-xi-jinping-antonio-guterres",
  "2022-12-30-xi-jinping-vladimir-putin",
  "2024-05-16-xi-jinping-vladimir-putin",
];

const chronology = (page: Page) => page.locator('section[aria-label="Chronology"]');

async function listed(page: Page, count: number): Promise<string[]> {
  await chronology(page)
    .getByRole("heading", { name: `Chronology · ${count} ${count === 1 ? "meeting" : "meetings"}` })
    .waitFor();
  return chronology(page)
    .locator("[data-meeting-link]")
    .evaluateAll((links) => links.map((link) => (link as HTMLElement).dataset.meetingLink ?? ""));
}

const recurring = (page: Page) => page.getByRole("list", { name: "Recurring phrases" });

describe("formulation tracker", () => {
  it("lists the phrase; choosing it narrows the timeline and the list to its three meetings", async () => {
    const session = await openApp("/");
    const { page } = session;
    await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Formulations" }).click();
    const phrase = recurring(page).getByRole("button", { name: PHRASE, exact: true });
    await phrase.waitFor();
    expect(await phrase.locator("xpath=..").textContent()).toContain("3 meetings");
    await phrase.click();
    expect(new URL(page.url()).searchParams.get("formulation")).toBe(PHRASE);
    expect(await listed(page, 3)).toEqual(USING);
    const items = page.locator(".atlas-timeline .vis-item.vis-point");
    await items.first().waitFor();
    expect(await items.count()).toBe(3);
    expect((await page.locator(".atlas-item-label").allTextContents()).sort()).toEqual([
      "Xi Jinping – António Guterres",
      "Xi Jinping – Vladimir Putin",
      "Xi Jinping – Vladimir Putin",
    ]);
    await page.getByRole("button", { name: `Remove Formulation: “${PHRASE}”` }).waitFor();
    expect(session.errors).toEqual([]);
  }, 60_000);

  it("keeps the keyboard in place: Enter on a phrase focuses the timeline of its meetings", async () => {
    const session = await openApp("/?view=formulations");
    const { page } = session;
    const phrase = recurring(page).getByRole("button", { name: PHRASE, exact: true });
    await phrase.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: `Remove Formulation: “${PHRASE}”` }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main-view");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("#main-view") !== null)).toBe(true);
    expect(session.errors).toEqual([]);
  }, 60_000);

  it("Back from a chosen phrase's meetings returns the keyboard to that phrase", async () => {
    const session = await openApp("/?view=formulations");
    const { page } = session;
    const phrase = recurring(page).getByRole("button", { name: PHRASE, exact: true });
    await phrase.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: `Remove Formulation: “${PHRASE}”` }).waitFor();
    await page.goBack();
    await phrase.waitFor();
    await page.waitForFunction((name) => document.activeElement?.textContent === name, PHRASE, {
      timeout: 5_000,
    });
    expect(
      await page.evaluate(() => document.activeElement?.closest('[aria-label="Recurring phrases"]') !== null),
    ).toBe(true);
    expect(session.errors).toEqual([]);
  }, 60_000);

  it("lists each meeting using the chosen phrase with the excerpt that uses it, the phrase marked", async () => {
    const session = await openApp(`/?formulation=${encodeURIComponent(PHRASE)}`);
    const { page } = session;
    expect(await listed(page, 3)).toEqual(USING);
    const marks = chronology(page).locator("[data-meeting-link] mark");
    await marks.first().waitFor();
    const marked = await chronology(page)
      .locator("[data-meeting-link]")
      .evaluateAll((links) =>
        links.map((link) => [...link.querySelectorAll("mark")].map((m) => m.textContent?.toLowerCase())),
      );
    expect(marked).toHaveLength(3);
    for (const marks of marked) expect(new Set(marks)).toEqual(new Set([PHRASE]));
    await chronology(page).screenshot({ path: artefactPath("formulation-list-excerpts.png") });
    expect(session.errors).toEqual([]);
  }, 60_000);

  it("tracks a typed phrase and offers it as the filter", async () => {
    const { page } = await openApp("/?view=formulations");
    await page.getByRole("textbox", { name: "Track a phrase" }).fill("One-China  principle");
    await page.getByRole("button", { name: "Track", exact: true }).click();
    const tracked = page.getByRole("group", { name: "Tracked phrase" });
    const choose = tracked.getByRole("button", { name: "One-China principle" });
    await choose.waitFor();
    expect(await tracked.textContent()).toContain("1 meeting · first 30 Dec 2022");
    // Tracked is in the URL: a reload (or a shared link) tracks it again, spelled as the readout does.
    const url = new URL(page.url());
    expect([url.searchParams.get("view"), url.searchParams.get("formulation")]).toEqual([
      "formulations",
      "one china principle",
    ]);
    await page.reload();
    await tracked.getByRole("button", { name: "one-China principle" }).waitFor();
    expect(await page.getByRole("textbox", { name: "Track a phrase" }).inputValue()).toBe(
      "one china principle",
    );
    await page.getByRole("textbox", { name: "Track a phrase" }).fill("One-China  principle");
    await page.getByRole("button", { name: "Track", exact: true }).click();
    await choose.click();
    expect(new URL(page.url()).searchParams.get("formulation")).toBe("one china principle");
    expect(await listed(page, 1)).toEqual([USING[1]]);
  }, 60_000);

  it("the filter chip shows the phrase as the readouts first spell it, not its folded key", async () => {
    const session = await openApp("/?formulation=one+china+principle");
    const { page } = session;
    expect(await listed(page, 1)).toEqual([USING[1]]);
    const chip = page.getByRole("button", { name: "Remove Formulation: “one-China principle”" });
    await chip.waitFor();
    await page.screenshot({
      path: artefactPath("formulation-chip-label.png"),
      clip: { x: 0, y: 0, width: 1400, height: 240 },
    });
    expect(session.errors).toEqual([]);
  }, 60_000);

  it("marks the phrase in the statements of an opened meeting", async () => {
    const { page } = await openApp(`/?formulation=${encodeURIComponent(PHRASE)}&meeting=${USING[1]}`);
    const mark = page.locator('section[aria-label="Details"] mark', { hasText: /fairness and justice/i });
    await mark.first().waitFor();
    expect((await mark.first().textContent())?.toLowerCase()).toBe(PHRASE);
  }, 60_000);

  for (const colorScheme of ["light", "dark"] as const)
    it(`axe finds no serious problem in the Formulations view, ${colorScheme}`, async () => {
      const { page } = await openApp(`/?view=formulations&formulation=${encodeURIComponent(PHRASE)}`, {
        colorScheme,
      });
      await recurring(page).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    }, 90_000);
});
