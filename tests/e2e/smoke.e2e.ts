import { describe, expect, it } from "vitest";
import { openApp } from "./support/browser";

describe("app shell", () => {
  it("loads with a title and no console errors", async () => {
    const session = await openApp("/");
    await expect(session.page.title()).resolves.toBe("Readout Atlas");
    await session.page.getByRole("heading", { name: "Readout Atlas" }).waitFor();
    expect(session.errors).toEqual([]);
  });
});
