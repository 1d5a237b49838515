import { describe, expect, it } from "vitest";
import { menuBlockLines } from "../../../src/pipeline/menu-blocks";

describe("menu blocks", () => {
  it("takes a bulleted menu, with the short lines between its items, as one block", () => {
    const lines = [
      "• Home",
      "• President",
      "• News",
      "2031/02/11",
      "• EN",
      "Site name",
      "The talks were held today.",
    ];
    expect([...menuBlockLines(lines)]).toEqual([0, 1, 2, 3, 4]);
  });

  it("leaves a readout's own bulleted points and short lists alone", () => {
    const points = [
      "• The two sides agreed to expand trade in grain.",
      "• They signed a plan on ports.",
      "• Both welcomed more flights.",
    ];
    expect(menuBlockLines(points).size).toBe(0);
    expect(menuBlockLines(["• Home", "• News", "The talks were held today."]).size).toBe(0);
  });
});
