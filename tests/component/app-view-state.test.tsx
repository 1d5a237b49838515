// @vitest-environment jsdom
import { act, renderHook, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { useViewState } from "../../src/app/use-view-state";
import type { KnownIds } from "../../src/domain/view-state";

const known: KnownIds = {
  meetings: new Set(["m-1", "m-2"]),
  parties: new Set(["russia"]),
  topics: new Set(["ukraine"]),
  readouts: new Set(["r-1"]),
};

afterEach(() => window.history.replaceState(null, "", "/"));

describe("useViewState", () => {
  it("reads the URL against the dataset's ids and reports what it dropped", () => {
    window.history.replaceState(null, "", "/?meeting=m-9&topic=ukraine");
    const { result } = renderHook(() => useViewState(known));
    expect(result.current.state.meeting).toBeUndefined();
    expect(result.current.state.topics).toEqual(["ukraine"]);
    expect(result.current.notices).toEqual([expect.stringContaining('meeting="m-9"')]);
  });

  it("replaces the URL with the cleaned one, keeping the notice, so a re-shared link is clean", async () => {
    window.history.replaceState(null, "", "/?meeting=m-9&topic=ukraine&from=zzz");
    const before = window.history.length;
    const { result } = renderHook(() => useViewState(known));
    await waitFor(() => expect(window.location.search).toBe("?topic=ukraine"));
    expect(window.history.length).toBe(before);
    expect(result.current.notices).toContainEqual(expect.stringContaining('meeting="m-9"'));
    // The next step of the user's clears the notice.
    act(() => result.current.update({ q: "energy" }));
    expect(result.current.notices).toEqual([]);
  });

  it("writes updates to the URL and follows Back", async () => {
    const { result } = renderHook(() => useViewState(known));
    act(() => result.current.update({ meeting: "m-1" }));
    act(() => result.current.update({ readout: "r-1", span: [3, 9] }));
    expect(window.location.search).toBe("?meeting=m-1&readout=r-1&span=3-9");
    expect(result.current.state).toMatchObject({ meeting: "m-1", readout: "r-1", span: [3, 9] });
    act(() => window.history.back());
    await waitFor(() => expect(result.current.state.readout).toBeUndefined());
    expect(result.current.state.meeting).toBe("m-1");
  });

  it("replaces instead of pushing when asked", () => {
    const { result } = renderHook(() => useViewState(known));
    const before = window.history.length;
    act(() => result.current.update({ q: "energy" }, { mode: "replace" }));
    expect(window.location.search).toBe("?q=energy");
    expect(window.history.length).toBe(before);
  });
});
