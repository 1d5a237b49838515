// The explorer against the real bundled dataset (public/data/dataset.json, the seven seed meetings):
// timeline, meeting panel, source viewer, keyboard, URL, time zones and accessibility.
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import type { Dataset } from "../../src/domain/schema";
import { artefactPath } from "./support/artefacts";
import { openApp, type AppSession, type OpenOptions } from "./support/browser";

const SEVEN_MEETINGS = [
  ["2013-06-19", "Xi Jinping – Ban Ki-moon"],
  ["2013-06-19", "Wang Yi – Ban Ki-moon"],
  ["2013-06-19", "Fang Fenghui – Ban Ki-moon"],
  ["2014-02-07", "Xi Jinping – Ban Ki-moon"],
  ["2020-09-24", "Xi Jinping – António Guterres"],
  ["2022-12-30", "Xi Jinping – Vladimir Putin"],
  ["2024-05-16", "Xi Jinping – Vladimir Putin"],
] as const;

let session: AppSession | undefined;
async function open(path: string, options?: OpenOptions): Promise<Page> {
  session = await openApp(path, options);
  return session.page;
}
afterEach(async () => {
  // Every page of the explorer must run without console errors or dialogs.
  const seen = session ? { errors: session.errors, dialogs: session.dialogs } : undefined;
  await session?.close();
  session = undefined;
  if (seen) expect(seen).toEqual({ errors: [], dialogs: [] });
});

const items = (page: Page) => page.locator(".atlas-timeline .vis-item.vis-point");
const liveStatus = (page: Page) => page.locator("[aria-live=polite]");

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

describe("timeline", () => {
  it("shows all seven meetings as items in one lane per counterpart", async () => {
    const page = await open("/");
    await items(page).nth(6).waitFor();
    expect(await items(page).count()).toBe(7);
    const labels = await page.locator(".atlas-item-label").allTextContents();
    expect(labels.sort()).toEqual(SEVEN_MEETINGS.map(([, label]) => label).sort());
    const lanes = await page.locator(".atlas-lane").allTextContents();
    expect(lanes).toEqual(["United Nations5", "Russia2"]);
    // Video calls carry a mark.
    expect(await page.locator(".vis-point.atlas-format-video").count()).toBe(2);
    // StrictMode mounts twice in dev; production must show exactly one timeline.
    expect(await page.locator(".vis-timeline").count()).toBe(1);
  });

  it("moves between meetings with the arrow keys and opens one with Enter", async () => {
    const page = await open("/");
    await items(page).nth(6).waitFor();
    await page.getByRole("group", { name: /Meetings by counterpart/ }).focus();
    await page.keyboard.press("ArrowRight");
    await expect
      .poll(() => liveStatus(page).textContent())
      .toMatch(/^\S.* – Ban Ki-moon, 19 June 2013\. Press Enter to open\.$/);
    await page.keyboard.press("End");
    await expect
      .poll(() => liveStatus(page).textContent())
      .toBe("Xi Jinping – Vladimir Putin, 16 May 2024. Press Enter to open.");
    await page.keyboard.press("ArrowLeft");
    await expect
      .poll(() => liveStatus(page).textContent())
      .toBe("Xi Jinping – Vladimir Putin, 30 December 2022. Press Enter to open.");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: "Xi Jinping – Vladimir Putin" }).waitFor();
    expect(new URL(page.url()).search).toBe("?meeting=2022-12-30-xi-jinping-vladimir-putin");
    expect(await page.locator(".vis-item.vis-selected .atlas-item-label").textContent()).toBe(
      "Xi Jinping – Vladimir Putin",
    );
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.getByText("Thursday, 16 May 2024").waitFor();
  });

  it("zooms in and out with the buttons and fits the whole range again", async () => {
    const page = await open("/");
    await items(page).nth(6).waitFor();
    const visibleLabels = () => page.locator(".vis-time-axis .vis-text.vis-minor").allTextContents();
    const before = await visibleLabels();
    for (let i = 0; i < 4; i++) await page.getByRole("button", { name: "Zoom in" }).click();
    await expect.poll(visibleLabels).not.toEqual(before);
    await page.getByRole("button", { name: "Fit all" }).click();
    await expect.poll(async () => (await visibleLabels()).join(" ")).toMatch(/2013.*2024/);
  });

  for (const timezoneId of ["America/Los_Angeles", "Asia/Shanghai"]) {
    it(`keeps a meeting on its calendar day in ${timezoneId}`, async () => {
      const page = await open("/?meeting=2013-06-19-xi-jinping-ban-ki-moon", { timezoneId });
      await page.getByText("Wednesday, 19 June 2013").waitFor();
      const selected = page.locator(".vis-item.vis-point.vis-selected");
      await selected.waitFor();
      // Zoom in around the meeting as a user would (Ctrl + wheel over it) until days are drawn.
      const day = page.locator(".vis-grid.vis-minor.vis-day19.vis-june");
      for (let i = 0; i < 40 && (await day.count()) === 0; i++) {
        const box = (await selected.locator(".vis-dot").boundingBox())!;
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.keyboard.down("Control");
        await page.mouse.wheel(0, -400);
        await page.keyboard.up("Control");
      }
      const column = (await day.first().boundingBox())!;
      const dot = (await selected.locator(".vis-dot").boundingBox())!;
      const x = dot.x + dot.width / 2;
      expect(x).toBeGreaterThan(column.x);
      expect(x).toBeLessThan(column.x + column.width);
    });
  }
});

describe("meeting panel", () => {
  it("shows the 16 May 2024 meeting: place, delegations, topics and both sides' positions", async () => {
    const page = await open("/?meeting=2024-05-16-xi-jinping-vladimir-putin");
    const panel = page.getByRole("article", { name: "Xi Jinping – Vladimir Putin" });
    await panel.waitFor();
    await panel
      .getByText(/Zhongnanhai/)
      .first()
      .waitFor();
    const china = panel.getByRole("region", { name: "China delegation" });
    await china.getByText("Cai Qi").waitFor();
    await china.getByText("Wang Yi").waitFor();
    await panel
      .getByRole("region", { name: "Topics" })
      .getByText(/Ukraine/)
      .waitFor();
    // One row per topic, a cell per side (issue 13): each side's cells together hold its statements.
    const chinaSaid = panel.getByRole("region", { name: /^China on / });
    const russiaSaid = panel.getByRole("region", { name: /^Russia on / });
    expect(
      await chinaSaid.getByRole("button", { name: /^Source \(show in readout\)/ }).count(),
    ).toBeGreaterThan(0);
    expect(
      await russiaSaid.getByRole("button", { name: /^Source \(show in readout\)/ }).count(),
    ).toBeGreaterThan(0);
    await panel
      .getByText(/according to /)
      .first()
      .waitFor();
  });

  it("marks the curated year of the 2014 meeting with its reason", async () => {
    const page = await open("/?meeting=2014-02-07-xi-jinping-ban-ki-moon");
    const curated = page.getByLabel(/^curated fact: /).first();
    await curated.waitFor();
    expect(await curated.getAttribute("title")).toMatch(/^Curated: .+/);
  });
});

describe("source viewer", () => {
  it("highlights a statement opened from the panel, and reload and Back reproduce the view", async () => {
    const page = await open("/?meeting=2024-05-16-xi-jinping-vladimir-putin");
    const russiaSaid = page.getByRole("region", { name: /^Russia on / });
    const card = russiaSaid.locator("li").first();
    const statement = (await card.locator("p").first().textContent())!;
    await card.getByRole("button", { name: /^Source \(show in readout\)/ }).click();
    const current = page.locator('mark[aria-current="true"]');
    await current.first().waitFor();
    expect((await current.allTextContents()).join("")).toBe(statement);
    const search = new URL(page.url()).searchParams;
    expect(search.get("meeting")).toBe("2024-05-16-xi-jinping-vladimir-putin");
    expect(search.get("span")).toMatch(/^\d+-\d+$/);
    await page.getByRole("region", { name: "Legend" }).getByText("Vladimir Putin").waitFor();

    await page.reload();
    await current.first().waitFor();
    expect((await current.allTextContents()).join("")).toBe(statement);

    await page.goBack();
    await page.getByRole("article", { name: "Xi Jinping – Vladimir Putin" }).waitFor();
    expect(await current.count()).toBe(0);
  });
});

describe("accessibility", () => {
  it("has no serious or critical axe violations on the main screen, the panel and the source viewer", async () => {
    const page = await open("/");
    await items(page).nth(6).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('.atlas-item[title^="Xi Jinping – Vladimir Putin, 16 May 2024"]').click();
    await page.getByRole("heading", { level: 2, name: "Xi Jinping – Vladimir Putin" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page
      .getByRole("button", { name: /^Source \(show in readout\)/ })
      .first()
      .click();
    await page.locator('mark[aria-current="true"]').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  }, 90_000); // three axe runs: about 30 s on the shared machine

  it("has none in the dark theme either", async () => {
    const page = await open("/?meeting=2024-05-16-xi-jinping-vladimir-putin", { colorScheme: "dark" });
    await items(page).nth(6).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe("counts", () => {
  it("say “1 meeting” and “1 readout”, never “1 meetings”", async () => {
    const sample = JSON.parse(readFileSync("tests/fixtures/dataset.sample.json", "utf8")) as Dataset;
    const one = {
      ...sample,
      meetings: sample.meetings.slice(0, 1),
      readouts: sample.readouts.filter((r) => sample.meetings[0]!.readoutIds.includes(r.id)),
    };
    const page = await open("/", { dataset: one });
    await page.getByRole("heading", { name: "Chronology · 1 meeting" }).waitFor();
    await page
      .locator("header")
      .getByText(/· 1 meeting from 1 readout$/)
      .waitFor();
    await page.getByRole("heading", { name: "Timeline · 1 meeting" }).waitFor();
    await page.getByRole("region", { name: "Filters" }).getByText("1 meeting", { exact: true }).waitFor();
    const body = await page.locator("body").innerText();
    expect(body).not.toMatch(/\b1 (meetings|readouts|statements|phrases|topics)\b/);
    await page.screenshot({
      path: artefactPath("counts-one-meeting.png"),
      clip: { x: 0, y: 0, width: 1400, height: 330 },
    });
  });
});
