// @vitest-environment jsdom
// One source for a lane's mark (theme/lane-tones.ts): every lane of a ten-lane atlas has its own
// mark, named in words in the legend, and the compare view's swatch for a meeting's counterpart is
// its lane's mark even where the lane order reassigned it (Brazil's hashed party tone is sky; its
// lane, the busiest, is teal). The lanes go by their ids: the synthetic parties have no names.
import { render, screen, within } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { App } from "../../src/app/App";
import { loadCompareView } from "../../src/app/lazy-views";
import { laneTonesOf } from "../../src/theme/lane-tones";
import { buildMeetingIndex } from "../../src/domain/meeting-index";
import { splitDataset } from "../../src/domain/split-dataset";
import { dataPath, datasetFiles } from "../fixtures/dataset-files";
import { syntheticDataset } from "../fixtures/synthetic-dataset";

const dataset = syntheticDataset(200);
const files = datasetFiles(dataset);
const tones = laneTonesOf(buildMeetingIndex(splitDataset(dataset).index).laneRanks);

beforeAll(async () => {
  await loadCompareView();
});

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, "", "/");
});

function serve() {
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) => {
      const body = files.get(dataPath(new URL(url, "http://localhost/").href) ?? "");
      return new Response(body ?? "", {
        status: body === undefined ? 404 : 200,
        headers: { "content-type": "application/json" },
      });
    }),
  );
}

describe("lane marks", () => {
  it("gives each of ten lanes its own mark, named in the legend", async () => {
    serve();
    render(<App />);
    const legend = await screen.findByRole("list", { name: "Lane colours" });
    const marks = within(legend)
      .getAllByRole("listitem")
      .map((item) => /\((.+)\)$/.exec(item.textContent ?? "")?.[1]);
    expect(marks).toHaveLength(10);
    expect(new Set(marks).size).toBe(10);
    // The synthetic parties have no actor record, so the lanes go by their ids.
    expect(within(legend).getAllByRole("listitem")[0]).toHaveTextContent("brazil (teal dots)");
  });

  it("shows a compared meeting's counterpart with its lane's mark", async () => {
    const brazil = dataset.meetings.filter((m) => m.counterpart === "brazil").map((m) => m.id);
    serve();
    window.history.replaceState(null, "", `/?compare=${brazil[0]},${brazil[1]}`);
    const { container } = render(<App />);
    await screen.findByRole("heading", { level: 2, name: /^Comparing / });
    const lane = tones.get("brazil")!;
    const swatches = [...container.querySelectorAll("[data-compare-view] [aria-hidden='true']")].filter(
      (el) => el.className.includes("--atlas-dot") || el.className.includes("sky"),
    );
    expect(swatches.length).toBeGreaterThan(1);
    for (const swatch of swatches) expect(swatch.className).toContain(lane.dot);
  });
});
