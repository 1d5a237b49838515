import { describe, expect, it } from "vitest";
import type { ListedMeeting } from "../../../src/features/chronology/chronology-item";
import { chronologyRows, yearBlocks } from "../../../src/features/chronology/chronology-rows";

const meeting = (id: string, date: string) => ({ id, date }) as unknown as ListedMeeting;

const meetings = [
  meeting("a", "2019-04-02"),
  meeting("b", "2019-11-20"),
  meeting("c", "2021-01-15"),
  meeting("d", "2023-07-07"),
  meeting("e", "2023-08-08"),
  meeting("f", "2023-09-09"),
];

describe("chronologyRows", () => {
  it("has no rows for no meetings", () => {
    expect(chronologyRows([])).toEqual([]);
  });

  it("puts a heading with the year's count before each year's meetings", () => {
    const rows = chronologyRows(meetings);
    expect(rows.map((r) => (r.kind === "year" ? `${r.year}(${r.count})` : r.meeting.id))).toEqual([
      "2019(2)",
      "a",
      "b",
      "2021(1)",
      "c",
      "2023(3)",
      "d",
      "e",
      "f",
    ]);
  });

  it("numbers each meeting from 1 within its year and carries the year's size", () => {
    const rows = chronologyRows(meetings).filter((r) => r.kind === "meeting");
    expect(rows.map((r) => [r.meeting.id, r.year, r.position, r.yearCount])).toEqual([
      ["a", "2019", 1, 2],
      ["b", "2019", 2, 2],
      ["c", "2021", 1, 1],
      ["d", "2023", 1, 3],
      ["e", "2023", 2, 3],
      ["f", "2023", 3, 3],
    ]);
  });

  it("keeps the year's full count on every heading when a year comes back out of order", () => {
    // Not date-ordered: 2019 appears twice, so it gets two headings, each naming both meetings.
    const rows = chronologyRows([
      meeting("x", "2019-01-01"),
      meeting("y", "2020-01-01"),
      meeting("z", "2019-02-02"),
    ]);
    expect(rows.filter((r) => r.kind === "year")).toEqual([
      { kind: "year", year: "2019", count: 2 },
      { kind: "year", year: "2020", count: 1 },
      { kind: "year", year: "2019", count: 2 },
    ]);
    expect(rows.at(-1)).toMatchObject({ kind: "meeting", position: 1, yearCount: 2 });
  });
});

describe("yearBlocks", () => {
  const rows = chronologyRows(meetings);

  it("groups every rendered row under its heading", () => {
    expect(
      yearBlocks(
        rows,
        rows.map((_, i) => i),
      ),
    ).toEqual([
      { year: "2019", heading: 0, items: [1, 2] },
      { year: "2021", heading: 3, items: [4] },
      { year: "2023", heading: 5, items: [6, 7, 8] },
    ]);
  });

  it("starts a block without a heading when the window begins mid-year", () => {
    expect(yearBlocks(rows, [2, 3, 4, 5, 6])).toEqual([
      { year: "2019", items: [2] },
      { year: "2021", heading: 3, items: [4] },
      { year: "2023", heading: 5, items: [6] },
    ]);
  });

  it("skips indexes past the rows and gives nothing for an empty window", () => {
    expect(yearBlocks(rows, [7, 8, 9, 42])).toEqual([{ year: "2023", items: [7, 8] }]);
    expect(yearBlocks(rows, [])).toEqual([]);
  });
});
