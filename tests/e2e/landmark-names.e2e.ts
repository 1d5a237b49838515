// Screen-reader users move by regions: no two regions on a page may share a name, or the list of
// regions reads "China said, China said, …" (axe's landmark-unique, a moderate finding the
// serious-only checks elsewhere let through). Checked where it was found: a meeting's positions
// (a cell per side in every topic row) and the Formulations view.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openApp } from "./support/browser";

async function repeatedNames(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withRules(["landmark-unique"]).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(" ")));
}

describe("region names", () => {
  it("are unique in a meeting's stated positions", async () => {
    const { page } = await openApp("/?meeting=2024-05-16-xi-jinping-vladimir-putin");
    await page.getByRole("region", { name: /^China on Ukraine crisis/ }).waitFor();
    await page
      .getByRole("region", { name: /^Joint statements on / })
      .first()
      .waitFor();
    expect(await repeatedNames(page)).toEqual([]);
  });

  it("are unique in the Formulations view", async () => {
    const { page } = await openApp("/?view=formulations&formulation=one+china+principle");
    await page.getByRole("list", { name: "Recurring phrases" }).waitFor();
    expect(await page.getByRole("region", { name: "Formulations" }).count()).toBe(1);
    expect(await repeatedNames(page)).toEqual([]);
  });
});
