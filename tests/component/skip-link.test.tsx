// @vitest-environment jsdom
// The skip link moves focus and leaves the URL alone: the query string is the whole view state, and
// a #main left behind would travel in every link the reader copies afterwards.
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { ExplorerLayout } from "../../src/app/explorer-layout";

afterEach(() => window.history.replaceState(null, "", "/"));

describe("the skip link", () => {
  it("focuses the main content without adding #main to the URL", async () => {
    window.history.replaceState(null, "", "/?meeting=m1&topic=trade");
    render(<ExplorerLayout timeline={<p>timeline</p>} detail={null} />);
    const user = userEvent.setup();
    await user.tab();
    const skip = screen.getByRole("link", { name: "Skip to the meetings" });
    expect(skip).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("main")).toHaveFocus();
    expect(window.location.hash).toBe("");
    expect(`${window.location.pathname}${window.location.search}`).toBe("/?meeting=m1&topic=trade");
  });
});
