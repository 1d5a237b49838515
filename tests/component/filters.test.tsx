// @vitest-environment jsdom
import { QueryClientProvider } from "@tanstack/react-query";
import { EmptyResult } from "../../src/features/filters/empty-result";
import { render as renderPlain, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { clearFilters } from "../../src/domain/filters";
import { buildMeetingIndex } from "../../src/domain/meeting-index";
import { parseDataset } from "../../src/domain/parse-dataset";
import { splitDataset } from "../../src/domain/split-dataset";
import { EMPTY_VIEW_STATE, type ViewState } from "../../src/domain/view-state";
import { FilterBar, type FilterChangeMode } from "../../src/features/filters/filter-bar";
import { useMeetingFilters } from "../../src/features/filters/use-meeting-filters";
import sample from "../fixtures/dataset.sample.json";
import { seededClient } from "./app-render-with-dataset";

const dataset = parseDataset(JSON.stringify(sample));
const index = buildMeetingIndex(splitDataset(dataset).index);
const render = (ui: React.ReactNode) =>
  renderPlain(<QueryClientProvider client={seededClient(dataset)}>{ui}</QueryClientProvider>);

/** The filter bar wired to real filtering, the way the app wires it, with every change recorded. */
function Harness({
  initial = EMPTY_VIEW_STATE,
  changes,
}: {
  initial?: ViewState;
  changes: [Partial<ViewState>, FilterChangeMode][];
}) {
  const [state, setState] = useState(initial);
  const model = useMeetingFilters(index, state);
  return (
    <>
      <FilterBar
        state={state}
        catalogue={model.catalogue}
        counts={model.counts}
        shown={model.meetings.length}
        total={dataset.meetings.length}
        onChange={(patch, mode) => {
          changes.push([patch, mode]);
          setState((s) => ({ ...s, ...patch }));
        }}
        onClear={() => setState(clearFilters)}
      />
      <ul aria-label="Shown meetings">
        {model.meetings.map((m) => (
          <li key={m.id}>{m.id}</li>
        ))}
      </ul>
    </>
  );
}

const shown = () =>
  within(screen.getByRole("list", { name: "Shown meetings" }))
    .queryAllByRole("listitem")
    .map((li) => li.textContent);

describe("filter bar", () => {
  it("opens a group and shows each choice with the meetings it would give", async () => {
    const user = userEvent.setup();
    render(<Harness changes={[]} />);
    expect(screen.getByText("All 3 meetings")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /Counterpart/ }));
    const region = screen.getByRole("region", { name: "Counterpart filter" });
    expect(within(region).getByRole("checkbox", { name: "Russia 2 meetings" })).not.toBeChecked();
    expect(within(region).getByRole("checkbox", { name: "United Nations 1 meeting" })).toBeInTheDocument();
    expect(within(region).getByRole("checkbox", { name: "Vladimir Putin 2 meetings" })).toBeInTheDocument();
    // Escape closes the group and returns to its button.
    within(region)
      .getByRole("checkbox", { name: /Russia/ })
      .focus();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("region", { name: "Counterpart filter" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: /Counterpart/ })).toHaveFocus();
  });

  it("narrows the meetings when a choice is ticked, recording it as a step Back can undo", async () => {
    const user = userEvent.setup();
    const changes: [Partial<ViewState>, FilterChangeMode][] = [];
    render(<Harness changes={changes} />);
    await user.click(screen.getByRole("button", { name: /Counterpart/ }));
    await user.click(screen.getByRole("checkbox", { name: /Russia/ }));
    expect(changes).toEqual([[{ counterparts: ["russia"] }, "push"]]);
    expect(shown()).toEqual(["2021-03-03-xi-jinping-vladimir-putin", "2023-06-05-xi-jinping-vladimir-putin"]);
    expect(screen.getByText("2 of 3 meetings")).toBeInTheDocument();
    // Counterpart counts ignore the counterpart choice, so the other choice still says what it would add.
    expect(screen.getByRole("checkbox", { name: "United Nations 1 meeting" })).toBeInTheDocument();
  });

  it("counts topics under their taxonomy groups with the other filters applied", async () => {
    const user = userEvent.setup();
    render(<Harness changes={[]} initial={{ ...EMPTY_VIEW_STATE, formats: ["video"] }} />);
    await user.click(screen.getByRole("button", { name: /Topic/ }));
    const economy = screen.getByRole("group", { name: "Economy" });
    expect(within(economy).getByRole("checkbox", { name: "Trade 1 meeting" })).toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: "Climate change 0 meetings" })).toBeInTheDocument();
  });

  it("picks a year range, each year saying how many meetings the range would hold", async () => {
    const user = userEvent.setup();
    render(<Harness changes={[]} />);
    const from = screen.getByRole("combobox", { name: "From" });
    expect(within(from).getByRole("option", { name: "Any year · 3 meetings" })).toBeInTheDocument();
    expect(within(from).getByRole("option", { name: "2021 · 2 meetings" })).toBeInTheDocument();
    await user.selectOptions(from, "2021");
    expect(shown()).toEqual(["2021-03-03-xi-jinping-vladimir-putin", "2023-06-05-xi-jinping-vladimir-putin"]);
    expect(
      within(screen.getByRole("combobox", { name: "to" })).getByRole("option", { name: "2019 · 0 meetings" }),
    ).toBeDisabled();
  });

  it("searches as the user types: the first keystroke adds a history step, the rest replace it", async () => {
    const user = userEvent.setup();
    const changes: [Partial<ViewState>, FilterChangeMode][] = [];
    render(<Harness changes={changes} />);
    await user.type(screen.getByRole("searchbox", { name: "Search statements and readouts" }), "clim");
    expect(changes.map(([, mode]) => mode)).toEqual(["push", "replace", "replace", "replace"]);
    expect(changes.at(-1)?.[0]).toEqual({ q: "clim" });
    // The search answers asynchronously (its engine is a dynamic import, in the app a worker).
    await waitFor(() => expect(shown()).toEqual(["2013-06-19-xi-jinping-ban-ki-moon"]));
  });

  it("says when a query has nothing to search for, instead of seeming to match every meeting", async () => {
    const user = userEvent.setup();
    render(<Harness changes={[]} />);
    const box = screen.getByRole("searchbox", { name: "Search statements and readouts" });
    await user.type(box, "the");
    expect(box).toHaveAccessibleDescription(/Nothing to search for: common words such as “the”/);
    expect(shown()).toHaveLength(3);
    await user.clear(box);
    await user.type(box, '"');
    expect(box).toHaveAccessibleDescription(/Nothing to search for/);
    await user.type(box, "climate");
    expect(box).not.toHaveAccessibleDescription();
    expect(screen.queryByText(/Nothing to search for/)).not.toBeInTheDocument();
  });

  it("shows what is chosen as chips that remove it, and clears everything at once", async () => {
    const user = userEvent.setup();
    render(
      <Harness changes={[]} initial={{ ...EMPTY_VIEW_STATE, topics: ["ukraine"], from: 2022, q: "putin" }} />,
    );
    // The search answers asynchronously (in the app from a worker).
    await waitFor(() => expect(shown()).toEqual(["2023-06-05-xi-jinping-vladimir-putin"]));
    await user.click(screen.getByRole("button", { name: "Remove Years: from 2022" }));
    expect(shown()).toHaveLength(2);
    await user.click(screen.getByRole("button", { name: "Clear all filters" }));
    expect(shown()).toHaveLength(3);
    expect(screen.getByRole("searchbox")).toHaveValue("");
    expect(screen.queryByRole("list", { name: "Active filters" })).not.toBeInTheDocument();
  });

  it("a group opened from the keyboard takes focus inside, and Tab leaves it for the next group's button", async () => {
    const user = userEvent.setup();
    render(<Harness changes={[]} />);
    screen.getByRole("button", { name: /^Topic/ }).focus();
    await user.keyboard("{Enter}");
    const panel = screen.getByRole("region", { name: "Topic filter" });
    const boxes = within(panel).getAllByRole("checkbox");
    await waitFor(() => expect(boxes[0]).toHaveFocus());
    await user.keyboard("{Shift>}{Tab}{/Shift}");
    expect(screen.getByRole("button", { name: /^Topic/ })).toHaveFocus();
    boxes.at(-1)!.focus();
    await user.tab();
    expect(screen.getByRole("button", { name: /^Format/ })).toHaveFocus();
  });

  it("says why nothing is left when the formulation= phrase is used by no meeting", () => {
    renderPlain(<EmptyResult onClear={() => {}} unusedFormulation="zzzz" />);
    expect(screen.getByText("No meeting uses the formulation “zzzz”.")).toBeInTheDocument();
  });

  it("quotes a quoted phrase once in its chip", () => {
    render(<Harness changes={[]} initial={{ ...EMPTY_VIEW_STATE, q: '"fairness and justice"' }} />);
    expect(screen.getByRole("button", { name: "Remove Search: “fairness and justice”" })).toBeInTheDocument();
  });

  it("shows markup from the URL as text", () => {
    render(<Harness changes={[]} initial={{ ...EMPTY_VIEW_STATE, q: "<img src=x onerror=alert(1)>" }} />);
    expect(screen.getByRole("searchbox")).toHaveValue("<img src=x onerror=alert(1)>");
    expect(
      screen.getByRole("button", { name: "Remove Search: “<img src=x onerror=alert(1)>”" }),
    ).toBeInTheDocument();
    expect(document.querySelector("img")).toBeNull();
  });
});
