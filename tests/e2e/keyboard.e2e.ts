// A keyboard-only walk through the main flows (issue 11): every step is a key press. The list is
// one Tab stop with arrow keys inside; opening a meeting focuses its panel; the source viewer and
// dialogs close on Escape and give focus back; "Compare with…" focuses its banner, Escape leaves
// it; the one live region says what was opened. Reading the page (evaluate) never clicks.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openApp } from "./support/browser";

const announcer = (page: Page) => page.locator("[data-announcer]");

/** What has focus: its tag, accessible-ish label and the attributes the steps look for. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase(),
      text: (el?.getAttribute("aria-label") ?? el?.textContent ?? "").trim().slice(0, 80),
      meeting: el?.dataset.meetingLink,
      sourceFor: el?.dataset.sourceFor,
      id: el?.id,
      outline: el ? getComputedStyle(el).outlineStyle : "none",
    };
  });

/** Presses Tab (or Shift+Tab) until `test` holds for the focused element; returns how many presses it took. */
async function tabUntil(
  page: Page,
  test: (f: Awaited<ReturnType<typeof focused>>) => boolean,
  { max = 40, back = false } = {},
): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    if (test(await focused(page))) return presses;
  }
  throw new Error(
    `focus never reached the target in ${max} presses (last: ${JSON.stringify(await focused(page))})`,
  );
}

async function enterTheList(page: Page): Promise<number> {
  await page.locator(".vis-item").first().waitFor();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter"); // the skip link
  expect((await focused(page)).id).toBe("main");
  return tabUntil(page, (f) => Boolean(f.meeting));
}

/** From the top of the page to the last meeting's panel, focused. */
async function openLastMeeting(page: Page): Promise<void> {
  await enterTheList(page);
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.id.startsWith("meeting-"));
}

describe("keyboard only", () => {
  it("the list is one Tab stop: arrows move between meetings, Enter opens one and focuses its panel", async () => {
    const session = await openApp("/");
    const { page } = session;
    await enterTheList(page);
    const first = await focused(page);
    expect(first.outline).not.toBe("none");
    expect(await page.locator('[data-meeting-link][tabindex="0"]').count()).toBe(1);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const third = await focused(page);
    expect(third.meeting).not.toBe(first.meeting);
    // The next Tab leaves the list (no second list row in the Tab order).
    await page.keyboard.press("Tab");
    expect((await focused(page)).meeting).toBeUndefined();
    await page.keyboard.press("Shift+Tab");
    expect((await focused(page)).meeting).toBe(third.meeting);

    await page.keyboard.press("Enter");
    await page.waitForFunction((id) => document.activeElement?.id === `meeting-${id}`, third.meeting);
    expect(new URL(page.url()).searchParams.get("meeting")).toBe(third.meeting);
    await expect.poll(() => announcer(page).textContent()).toMatch(/^Opened .+ – .+, \d{1,2} \w+ \d{4}\.$/);
    expect(session.errors).toEqual([]);
  }, 60_000);

  it("opens a meeting's source and closes it with Escape, focus back on the Source button", async () => {
    const { page } = await openApp("/");
    await openLastMeeting(page);
    const presses = await tabUntil(page, (f) => Boolean(f.sourceFor));
    const source = await focused(page);
    expect(source.outline).not.toBe("none");
    await page.keyboard.press("Enter");
    await page.locator("#readout-heading").waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === "ARTICLE");
    await expect.poll(() => announcer(page).textContent()).toMatch(/^Opened the readout by /);
    await page.keyboard.press("Escape");
    await page.locator("#readout-heading").waitFor({ state: "detached" });
    await page.waitForFunction(
      (key) => (document.activeElement as HTMLElement | null)?.dataset.sourceFor === key,
      source.sourceFor,
    );
    expect(presses).toBeLessThan(40);
  }, 60_000);

  it("compares two meetings: Compare with… focuses its banner, Escape cancels, then a second meeting from the list", async () => {
    const session = await openApp("/");
    const { page } = session;
    await openLastMeeting(page);
    const toCompare = await tabUntil(page, (f) => f.text === "Compare with…");
    expect(toCompare).toBeLessThanOrEqual(12);

    await page.keyboard.press("Enter");
    const banner = page.getByRole("region", { name: "Choosing a meeting to compare" });
    await banner.waitFor();
    await page.waitForFunction(
      () => document.activeElement?.getAttribute("aria-label") === "Choosing a meeting to compare",
    );
    const box = await banner.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(900);
    await expect.poll(() => announcer(page).textContent()).toMatch(/^Compare: choose a second meeting/);

    await page.keyboard.press("Escape");
    await banner.waitFor({ state: "detached" });
    expect((await focused(page)).text).toBe("Compare with…");

    await page.keyboard.press("Enter");
    await banner.waitFor();
    await tabUntil(page, (f) => Boolean(f.meeting));
    await page.keyboard.press("Home");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id === "compare-heading");
    expect(new URL(page.url()).searchParams.get("compare")).toMatch(/^[a-z0-9-]+,[a-z0-9-]+$/);
    await expect.poll(() => announcer(page).textContent()).toMatch(/^Opened the comparison: /);
    expect(session.errors).toEqual([]);
  }, 60_000);

  it("ticks two meetings with → and Space and opens their comparison", async () => {
    const { page } = await openApp("/");
    await enterTheList(page);
    await page.keyboard.press("ArrowRight");
    expect((await focused(page)).tag).toBe("input");
    await page.keyboard.press("Space");
    await page.keyboard.press("End");
    await page.keyboard.press("Space");
    await page.getByText("2 meetings selected.").waitFor();
    await page.keyboard.press("ArrowLeft");
    expect((await focused(page)).meeting).toBeDefined();
    await tabUntil(page, (f) => f.text === "Compare", { back: true });
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id === "compare-heading");
  }, 60_000);

  it("a header dialog closes on Escape and gives focus back to its button", async () => {
    const { page } = await openApp("/");
    await page.locator(".vis-item").first().waitFor();
    await tabUntil(page, (f) => f.text === "Library");
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    expect((await focused(page)).text).toBe("Library");
  }, 60_000);
});
