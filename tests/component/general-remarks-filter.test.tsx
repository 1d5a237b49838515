// @vitest-environment jsdom
// The Topic filter offers "General remarks", the name the meeting panel and the comparison give
// statements tagged with no topic, and it keeps the meetings that have such statements.
import { QueryClientProvider } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { clearFilters } from "../../src/domain/filters";
import { UNTAGGED_TOPIC_LABEL } from "../../src/domain/labels";
import { buildMeetingIndex } from "../../src/domain/meeting-index";
import { parseDataset } from "../../src/domain/parse-dataset";
import { splitDataset } from "../../src/domain/split-dataset";
import { EMPTY_VIEW_STATE, parseViewState, type ViewState } from "../../src/domain/view-state";
import { FilterBar } from "../../src/features/filters/filter-bar";
import { useMeetingFilters } from "../../src/features/filters/use-meeting-filters";
import sample from "../fixtures/dataset.sample.json";
import { seededClient } from "./app-render-with-dataset";

// The sample with one of China's 2021 statements left untagged (the others all have a topic).
const fixture = structuredClone(sample);
fixture.meetings[1]!.statements[0]!.topics = [];
const dataset = parseDataset(JSON.stringify(fixture));
const index = buildMeetingIndex(splitDataset(dataset).index);
const UNTAGGED_MEETING = "2021-03-03-xi-jinping-vladimir-putin";

function Harness() {
  const [state, setState] = useState<ViewState>(EMPTY_VIEW_STATE);
  const model = useMeetingFilters(index, state);
  return (
    <>
      <FilterBar
        state={state}
        catalogue={model.catalogue}
        counts={model.counts}
        shown={model.meetings.length}
        total={dataset.meetings.length}
        onChange={(patch) => setState((s) => ({ ...s, ...patch }))}
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

describe("the General remarks topic", () => {
  it("is a Topic choice that keeps the meetings with statements tagged with no topic", async () => {
    const user = userEvent.setup();
    render(
      <QueryClientProvider client={seededClient(dataset)}>
        <Harness />
      </QueryClientProvider>,
    );
    await user.click(screen.getByRole("button", { name: /^Topic/ }));
    const choice = screen.getByRole("checkbox", { name: `${UNTAGGED_TOPIC_LABEL} 1 meeting` });
    await user.click(choice);
    const shown = within(screen.getByRole("list", { name: "Shown meetings" })).getAllByRole("listitem");
    expect(shown.map((li) => li.textContent)).toEqual([UNTAGGED_MEETING]);
    expect(screen.getByRole("button", { name: `Remove Topic: ${UNTAGGED_TOPIC_LABEL}` })).toBeInTheDocument();
  });

  it("can be linked: topic=general-remarks is a known topic", () => {
    const parsed = parseViewState("?topic=general-remarks", index.knownIds);
    expect(parsed.state.topics).toEqual(["general-remarks"]);
    expect(parsed.notices).toEqual([]);
  });
});
