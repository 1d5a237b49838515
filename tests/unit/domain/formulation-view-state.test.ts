import { describe, expect, it } from "vitest";
import { clearFilters, hasActiveFilters } from "../../../src/domain/filters";
import {
  chooseFormulation,
  clearFormulation,
  EMPTY_VIEW_STATE,
  openMeeting,
  parseViewState,
  serializeViewState,
  showFormulations,
  showTimeline,
  type ViewState,
} from "../../../src/domain/view-state";

const filtered: ViewState = { ...EMPTY_VIEW_STATE, counterparts: ["russia"], from: 2020 };

describe("formulation= and view= in the URL", () => {
  it("reads a phrase as its normalised words and writes it back the same way", () => {
    const { state, notices } = parseViewState("?formulation=One-China%20%20Principle");
    expect(notices).toEqual([]);
    expect(state.formulation).toBe("one china principle");
    expect(serializeViewState(state)).toBe("?formulation=one+china+principle");
  });

  it("drops a formulation with no words, or too many, with a notice; the rest of the view stays", () => {
    const empty = parseViewState("?formulation=%2C%2C%3B&counterpart=russia");
    expect(empty.state.formulation).toBeUndefined();
    expect(empty.state.counterparts).toEqual(["russia"]);
    expect(empty.notices).toEqual([
      'Ignored formulation=",,;": expected a phrase of 1 to 12 words, e.g. one-China principle.',
    ]);
    const long = parseViewState(`?formulation=${"word ".repeat(13)}`);
    expect(long.state.formulation).toBeUndefined();
    expect(long.notices).toHaveLength(1);
  });

  it("reads view=formulations and drops an unknown view with a notice", () => {
    expect(parseViewState("?view=formulations").state.view).toBe("formulations");
    const bad = parseViewState("?view=map");
    expect(bad.state.view).toBeUndefined();
    expect(bad.notices).toEqual(['Ignored view="map": expected formulations.']);
  });

  it("never reports formulation or view as unknown parameters", () => {
    expect(parseViewState("?view=formulations&formulation=shared+future").notices).toEqual([]);
  });
});

describe("formulation transitions", () => {
  it("choosing a phrase filters to it, shows the timeline and keeps the other filters and the open meeting", () => {
    const start = openMeeting(showFormulations(filtered), "m1");
    const chosen = chooseFormulation(start, "international fairness and justice");
    expect(chosen).toMatchObject({
      counterparts: ["russia"],
      from: 2020,
      meeting: "m1",
      formulation: "international fairness and justice",
    });
    expect(chosen.view).toBeUndefined();
    expect(serializeViewState(chosen)).toBe(
      "?meeting=m1&counterpart=russia&from=2020&formulation=international+fairness+and+justice",
    );
  });

  it("switching views keeps the filters; clearing the formulation keeps the view", () => {
    const chosen = chooseFormulation(filtered, "shared future");
    const listed = showFormulations(chosen);
    expect(serializeViewState(listed)).toBe(
      "?counterpart=russia&from=2020&formulation=shared+future&view=formulations",
    );
    expect(showTimeline(listed)).toEqual(chosen);
    expect(clearFormulation(listed)).toEqual({ ...listed, formulation: undefined });
  });

  it("counts as an active filter, and Clear all filters removes it but not the view", () => {
    const state = showFormulations(chooseFormulation(EMPTY_VIEW_STATE, "shared future"));
    expect(hasActiveFilters(state)).toBe(true);
    const cleared = clearFilters(state);
    expect(cleared.formulation).toBeUndefined();
    expect(cleared.view).toBe("formulations");
    expect(hasActiveFilters(cleared)).toBe(false);
  });
});
