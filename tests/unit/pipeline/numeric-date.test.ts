// All-number dates: which number is the day. Texts and names are made up.
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";
import { numericDate, undecidedReadings } from "../../../src/pipeline/numeric-date";

describe("an all-number date", () => {
  it("a number over 12 is the day, wherever it stands", () => {
    expect(numericDate("19/06/2024 09:45")).toBe("2024-06-19");
    expect(numericDate("06/19/2024")).toBe("2024-06-19");
    expect(numericDate("28.07.2022")).toBe("2022-07-28");
    expect(undecidedReadings("19/06/2024")).toBeUndefined();
  });

  it("both 12 or less: a weekday beside it decides, else the order given", () => {
    expect(numericDate("Tuesday, 10/03/2026")).toBe("2026-03-10");
    expect(numericDate("Sat 10/03/2026")).toBe("2026-10-03");
    expect(undecidedReadings("Tuesday, 10/03/2026")).toBeUndefined();
    expect(undecidedReadings("10/03/2026")).toEqual({ dayFirst: "2026-03-10", monthFirst: "2026-10-03" });
    expect(numericDate("10/03/2026", "day-first")).toBe("2026-03-10");
    expect(numericDate("10/03/2026", "month-first")).toBe("2026-10-03");
  });
});

describe("a page's all-number stamp", () => {
  const body =
    "Foreign Minister Wang Yi met with Turkish Foreign Minister Selim Aydar in Ankara on Wednesday.";
  const read = (head: string) => buildDataset([{ id: "s", raw: `${head}\n\n${body}` }]);

  it("on a US government page is month first", () => {
    const { extracted } = read("Briefing Room\n03/05/2026");
    expect(extracted[0]!.readout.publishedOn).toBe("2026-03-05");
  });

  it("on a publisher writing the day first is day first", () => {
    const { extracted } = read("TRT World\n03/05/2026");
    expect(extracted[0]!.readout.publishedOn).toBe("2026-05-03");
  });

  it("with nothing to decide gives no day: refused, with the two readings in a warning", () => {
    const result = read("Ankara news\n03/05/2026");
    expect(result.extracted).toEqual([]);
    expect(result.errors.join(" ")).toMatch(
      /no date could be resolved.*"03\/05\/2026" may be 2026-05-03 or 2026-03-05/,
    );
  });
});
