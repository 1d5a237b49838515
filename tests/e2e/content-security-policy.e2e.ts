// The built index.html ships a strict Content-Security-Policy, the browser enforces it, and the app
// works under it (every other e2e test also fails on a violation: see support/browser.ts).
import { describe, expect, it } from "vitest";
import { baseURL, openApp } from "./support/browser";

describe("Content-Security-Policy", () => {
  it("is a <meta> in the built page: scripts only from the app's origin, no inline code, no eval", async () => {
    const html = await (await fetch(`${baseURL()}/`)).text();
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? "";
    const directives = new Map(
      policy.split(";").map((d) => {
        const [name = "", ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get("default-src")).toEqual(["'none'"]);
    expect(directives.get("script-src")).toEqual(["'self'"]);
    expect(directives.get("style-src")).toEqual(["'self'"]);
    expect(directives.get("worker-src")).toEqual(["'self'"]);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it("stops an inline script and an inline style that got into the page", async () => {
    const session = await openApp("/");
    const { page } = session;
    await page.getByRole("heading", { name: "Readout Atlas", level: 1 }).waitFor();
    await page.addScriptTag({ content: "window.__pwned = 'inline script ran';" }).catch(() => undefined);
    await page.evaluate(() => {
      const probe = document.createElement("div");
      probe.id = "csp-probe";
      probe.setAttribute("style", "color: rgb(1, 2, 3)");
      document.body.append(probe);
    });
    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await page.locator("#csp-probe").evaluate((el) => getComputedStyle(el).color)).not.toBe(
      "rgb(1, 2, 3)",
    );
    const blocked = session.errors.filter((e) => e.startsWith("CSP violation"));
    expect(blocked).toEqual([
      expect.stringMatching(/script-src-elem blocked inline/),
      expect.stringMatching(/style-src-attr blocked inline/),
    ]);
    // These two were provoked on purpose: the shared teardown must not count them.
    session.errors.length = 0;
  });
});
