import { describe, expect, it } from "vitest";
import { exportFileName, localDay } from "../../../src/domain/export-names";

describe("export file names", () => {
  it("say what the file holds and the day it was made", () => {
    const day = new Date(2024, 4, 16, 9, 30);
    expect(exportFileName("meetings-json", day)).toBe("readout-atlas-meetings-2024-05-16.json");
    expect(exportFileName("meetings-csv", day)).toBe("readout-atlas-meetings-2024-05-16.csv");
    expect(exportFileName("statements-csv", day)).toBe("readout-atlas-statements-2024-05-16.csv");
    expect(exportFileName("library-backup", day)).toBe("readout-atlas-library-2024-05-16.json");
  });

  it("use the person's own calendar day, late in the evening too", () => {
    expect(localDay(new Date(2024, 11, 31, 23, 59))).toBe("2024-12-31");
    expect(localDay(new Date(2025, 0, 1, 0, 0))).toBe("2025-01-01");
  });
});
