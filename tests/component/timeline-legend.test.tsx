// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { laneColourName, LEGEND_LANES } from "../../src/features/timeline/legend-lanes";
import { TimelineLegend } from "../../src/features/timeline/timeline-legend";

const lanes = [
  { id: "russia", label: "Russia", count: 4 },
  { id: "norland", label: "Norland", count: 2 },
];

/** The texts of a named list's items, as a screen reader walks them. */
const itemsOf = (list: string) =>
  within(screen.getByRole("list", { name: list }))
    .getAllByRole("listitem")
    .map((item) => item.textContent);

describe("TimelineLegend", () => {
  it("names every format mark and the aggregates in a list", () => {
    render(<TimelineLegend lanes={lanes} yours={false} />);
    expect(itemsOf("Marks")).toEqual([
      "In person",
      "▶Video call",
      "☏Phone call",
      "12Meetings in a year, quarter or month (darker: more)",
    ]);
  });

  it("adds the library's mark only when a meeting in view is yours", () => {
    const { rerender } = render(<TimelineLegend lanes={lanes} yours={false} />);
    expect(screen.queryByText("From your library")).toBeNull();
    rerender(<TimelineLegend lanes={lanes} yours />);
    expect(screen.getByText("From your library")).toBeInTheDocument();
  });

  it("lists the lanes in view with the colour of their dots in words", () => {
    render(<TimelineLegend lanes={lanes} yours={false} />);
    expect(itemsOf("Lane colours")).toEqual([
      "Russia (blue dots)",
      `Norland (${laneColourName("norland")} dots)`,
    ]);
  });

  it(`names at most ${LEGEND_LANES} lanes and counts the rest`, () => {
    const many = Array.from({ length: LEGEND_LANES + 3 }, (_, i) => ({
      id: `lane-${i}`,
      label: `Lane ${i}`,
      count: 1,
    }));
    render(<TimelineLegend lanes={many} yours={false} />);
    const colours = itemsOf("Lane colours");
    expect(colours).toHaveLength(LEGEND_LANES + 1);
    expect(colours.at(-1)).toBe("and 3 more");
  });
});
