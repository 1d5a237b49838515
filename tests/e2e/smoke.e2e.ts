import { afterEach, describe, expect, it } from "vitest";
import { openApp, type AppSession } from "./support/browser";

let session: AppSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe("app shell", () => {
  it("loads with a title and no console errors", async () => {
    session = await openApp("/");
    await expect(session.page.title()).resolves.toBe("Readout Atlas");
    await session.page.getByRole("heading", { name: "Readout Atlas" }).waitFor();
    expect(session.errors).toEqual([]);
  });
});
