// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { SourceViewer } from "../../src/features/source-viewer/source-viewer";
import { renderWithDataset } from "./app-render-with-dataset";

function renderViewer(readoutId: string, span?: [number, number]) {
  const onSelectSpan = vi.fn();
  const onClose = vi.fn();
  const view = renderWithDataset((index) => (
    <SourceViewer
      index={index}
      readoutId={readoutId}
      span={span}
      onSelectSpan={onSelectSpan}
      onClose={onClose}
      closeLabel="Back to the meeting"
    />
  ));
  return { ...view, onSelectSpan, onClose, user: userEvent.setup() };
}

describe("SourceViewer", () => {
  it("shows publisher, perspective and publication date on top", () => {
    renderViewer("sample-ru-2023-cn");
    expect(screen.getByRole("heading", { level: 2, name: "Chinese MFA (test fixture)" })).toBeInTheDocument();
    expect(screen.getByText("Chinese government readout")).toBeInTheDocument();
    expect(screen.getByText("Published 5 June 2023")).toBeInTheDocument();
  });

  it("is calm by default and colours every speaker on request", async () => {
    const { container, user } = renderViewer("sample-ru-2023-cn");
    const toggle = screen.getByRole("button", { name: "Colour all speakers" });
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    const xi = container.querySelector('mark[data-speaker="xi-jinping"]')!;
    // Calm: a thin bar in the speaker's tone, no background box; the name on hover.
    expect(xi.className).toMatch(/border-l-/);
    expect(xi.className).not.toMatch(/bg-\[#/);
    expect(xi).toHaveAttribute("title", "Xi Jinping: link to this statement");
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(container.querySelector('mark[data-speaker="xi-jinping"]')!.className).toMatch(
      /decoration-red-600/,
    );
  });

  it("marks every statement by speaker, with a legend, and leaves narration plain", () => {
    const { container } = renderViewer("sample-ru-2023-cn");
    const marks = [...container.querySelectorAll("mark[data-speaker]")];
    expect(marks.map((m) => [m.getAttribute("data-speaker"), m.textContent])).toEqual([
      [
        "xi-jinping",
        "Xi Jinping stressed that dialogue is the only way out of the Ukraine crisis and that international fairness and justice must be upheld.",
      ],
      ["vladimir-putin", "Putin said Russia values BRICS cooperation with China."],
    ]);
    expect(marks[0]!.className).not.toBe(marks[1]!.className);
    const legend = screen.getByRole("region", { name: "Legend" });
    expect(within(legend).getByText("Xi Jinping")).toBeInTheDocument();
    expect(within(legend).getByText("Vladimir Putin")).toBeInTheDocument();
    expect(within(legend).getByText("Narration (plain)")).toBeInTheDocument();
    expect(screen.getByText(/Wang Yi attended the meeting/).closest("mark")).toBeNull();
  });

  it("marks the statement it was opened at and says whose words they are", () => {
    renderViewer("sample-ru-2023-cn", [229, 283]);
    const current = document.querySelector('mark[aria-current="true"]');
    expect(current).toHaveTextContent("Putin said Russia values BRICS cooperation with China.");
    expect(screen.getByRole("status")).toHaveTextContent(
      "Showing what Vladimir Putin said, according to Chinese MFA (test fixture).",
    );
  });

  it("marks an arbitrary span such as the place a fact was read from", () => {
    renderViewer("sample-ru-2023-cn", [83, 89]);
    expect(document.querySelector('mark[aria-current="true"]')).toHaveTextContent(/^Moscow$/);
  });

  it("shows markup in readout text as text and creates no elements from it", () => {
    const { container } = renderViewer("sample-ru-2023-cn");
    expect(
      screen.getByText(/A <img src=x onerror=alert\(1\)> tag and a <script>alert\(2\)<\/script>/),
    ).toBeInTheDocument();
    expect(container.querySelector("img, script")).toBeNull();
  });

  it("links a clicked statement and closes", async () => {
    const { user, onSelectSpan, onClose, container } = renderViewer("sample-un-2013");
    await user.click(container.querySelector('mark[data-speaker="ban-ki-moon"]')!);
    expect(onSelectSpan).toHaveBeenCalledWith([85, 161]);
    await user.click(screen.getByRole("button", { name: "Back to the meeting" }));
    expect(onClose).toHaveBeenCalled();
  });

  it("links a statement from the keyboard: Tab to it, then Enter", async () => {
    const { user, onSelectSpan } = renderViewer("sample-un-2013");
    await user.tab(); // the close button
    await user.tab(); // "Colour all speakers"
    await user.tab();
    expect(document.activeElement).toHaveAttribute("data-speaker", "ban-ki-moon");
    await user.keyboard("{Enter}");
    expect(onSelectSpan).toHaveBeenCalledWith([85, 161]);
  });

  it("makes the statements one Tab stop: arrows move between them, the next Tab leaves the text", async () => {
    const { user, container } = renderViewer("sample-un-2013");
    const marks = [...container.querySelectorAll<HTMLElement>("[data-statement-run]")];
    expect(marks.length).toBeGreaterThan(1);
    expect(marks.filter((mark) => mark.tabIndex === 0)).toHaveLength(1);
    await user.tab();
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(marks[0]);
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(marks[1]);
    // The statement last focused now holds the Tab stop.
    expect(marks[1]!.tabIndex).toBe(0);
    expect(marks[0]!.tabIndex).toBe(-1);
    await user.tab();
    expect(marks).not.toContain(document.activeElement);
  });
});
