// @vitest-environment jsdom
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { Meeting } from "../../src/domain/schema";
import { MeetingPanel } from "../../src/features/meeting-panel/meeting-panel";
import { renderWithDataset } from "./app-render-with-dataset";

function renderPanel(meetingId: string, changes: Partial<Meeting> = {}) {
  const onOpenSource = vi.fn();
  const onClose = vi.fn();
  renderWithDataset((index) => (
    <MeetingPanel
      index={index}
      meeting={{ ...index.meetings.get(meetingId)!, ...changes }}
      onOpenSource={onOpenSource}
      onClose={onClose}
    />
  ));
  return { onOpenSource, onClose, user: userEvent.setup() };
}

describe("MeetingPanel", () => {
  it("shows when, where, in which format and setting, and who was there with their roles", () => {
    renderPanel("2023-06-05-xi-jinping-vladimir-putin");
    expect(
      screen.getByRole("heading", { level: 2, name: "Xi Jinping – Vladimir Putin" }),
    ).toBeInTheDocument();
    expect(screen.getByText("Monday, 5 June 2023")).toBeInTheDocument();
    expect(screen.getByText("the Kremlin, Moscow, Russia")).toBeInTheDocument();
    expect(screen.getByText("In person")).toBeInTheDocument();
    expect(screen.getByText("talks")).toBeInTheDocument();
    const china = screen.getByRole("region", { name: "China delegation" });
    expect(within(china).getByText("Xi Jinping")).toBeInTheDocument();
    expect(within(china).getByText(", President of China")).toBeInTheDocument();
    expect(within(china).getByText("Wang Yi")).toBeInTheDocument();
    expect(within(china).getByText(", Foreign Minister")).toBeInTheDocument();
    expect(
      within(screen.getByRole("region", { name: "Russia delegation" })).getByText("Vladimir Putin"),
    ).toBeInTheDocument();
  });

  it("says plainly when the day is only the readout's publication day (ADR 013)", () => {
    renderPanel("2023-06-05-xi-jinping-vladimir-putin", { datePrecision: "on-or-before" });
    expect(screen.getByText("On or before Monday, 5 June 2023")).toBeInTheDocument();
    expect(screen.getByText(/The readout gives no day/)).toBeInTheDocument();
  });

  it("says when no sentence states the meeting and the pipeline inferred it, with why (ADR 015)", () => {
    const meeting = "2023-06-05-xi-jinping-vladimir-putin";
    renderPanel(meeting);
    expect(screen.queryByText(/worked out from the text/)).not.toBeInTheDocument();
    const note = "inferred from the headline 'X meets Y' (made up)";
    renderPanel(meeting, {
      provenance: {
        date: { source: "text", readoutId: "r", span: [0, 1] },
        format: { source: "text", readoutId: "r", span: [0, 1] },
        location: { source: "text", readoutId: "r", span: [0, 1] },
        meeting: { source: "inferred", note },
      },
    });
    expect(screen.getByText(/No sentence of the readout says this meeting/)).toBeInTheDocument();
    expect(screen.getByLabelText(`inferred fact: ${note}`)).toBeInTheDocument();
  });

  it("names its two Cite buttons apart on screen, not only for screen readers", () => {
    renderPanel("2023-06-05-xi-jinping-vladimir-putin");
    const cites = screen.getAllByRole("button", { name: /^Cite / }).map((b) => b.textContent);
    // One per readout (each in its publisher's row) and one for the meeting.
    expect(cites.filter((text) => text === "Cite this meeting")).toHaveLength(1);
    expect(cites.filter((text) => text !== "Cite this meeting").every((t) => t === "Cite the readout")).toBe(
      true,
    );
    expect(cites.length).toBeGreaterThan(1);
  });

  it("lists the topics as chips", () => {
    renderPanel("2023-06-05-xi-jinping-vladimir-putin");
    const topics = within(screen.getByRole("region", { name: "Topics" })).getAllByRole("listitem");
    expect(topics.map((t) => t.textContent)).toEqual([
      "Ukraine crisis",
      "International order",
      "BRICS",
      "Multipolar world",
    ]);
  });

  it("shows each side's positions by topic, once per readout, saying whose account it is", () => {
    renderPanel("2023-06-05-xi-jinping-vladimir-putin");
    const chinese = screen.getByRole("region", {
      name: "Stated positions according to Chinese MFA (test fixture)",
    });
    const kremlin = screen.getByRole("region", {
      name: "Stated positions according to Kremlin (test fixture)",
    });
    // Row "Ukraine crisis": China's statement in China's cell, Russia's cell empty.
    const ukraine = within(chinese).getByRole("region", { name: /^Ukraine crisis/ });
    expect(
      within(within(ukraine).getByRole("region", { name: "China on Ukraine crisis" })).getByText(
        /dialogue is the only way out of the Ukraine crisis/,
      ),
    ).toBeInTheDocument();
    expect(
      within(within(ukraine).getByRole("region", { name: "Russia on Ukraine crisis" })).getByText(
        "Nothing attributed on this topic.",
      ),
    ).toBeInTheDocument();
    const brics = within(chinese).getByRole("region", { name: /^BRICS/ });
    expect(
      within(within(brics).getByRole("region", { name: "Russia on BRICS" })).getByText(
        /values BRICS cooperation/,
      ),
    ).toBeInTheDocument();
    // Russia's statement tagged "International order" and "Multipolar world" is in both rows: in
    // full in the first, folded to its opening in the second, which says where it is in full.
    const multipolar = within(kremlin).getByRole("region", { name: "Russia on Multipolar world" });
    expect(within(multipolar).getByText(/\(in full under International order\)/)).toBeInTheDocument();
    const order = within(kremlin).getByRole("region", { name: "Russia on International order" });
    expect(within(order).getByText(/multipolar world/)).toBeVisible();
  });

  it("reads across: one heading per topic row, saying which side spoke on it", () => {
    renderPanel("2023-06-05-xi-jinping-vladimir-putin");
    const chinese = screen.getByRole("region", {
      name: "Stated positions according to Chinese MFA (test fixture)",
    });
    const rows = within(chinese).getAllByRole("heading", { level: 4 });
    expect(rows.map((row) => row.textContent)).toEqual([
      "Ukraine crisis · only China",
      "International order · only China",
      "BRICS · only Russia",
    ]);
  });

  it("names each cell of a row by side and topic, so no two regions of an account share a name", () => {
    renderPanel("2013-06-19-xi-jinping-ban-ki-moon");
    const names = screen.getAllByRole("region").map((region) => region.getAttribute("aria-label"));
    const cells = names.filter((name) => name !== null && / on /.test(name));
    expect(cells.length).toBeGreaterThan(2);
    expect(new Set(cells).size).toBe(cells.length);
  });

  it("keeps narration out of the positions and gives joint statements their own block", () => {
    renderPanel("2013-06-19-xi-jinping-ban-ki-moon");
    expect(
      screen.queryByText(/Secretary-General Ban Ki-moon met President Xi Jinping/),
    ).not.toBeInTheDocument();
    expect(screen.getByText(/1 narrating sentence/)).toBeInTheDocument();
    const row = screen.getByRole("region", { name: /^Climate change/ });
    const joint = within(row).getByRole("region", { name: /^Joint statements on Climate change/ });
    expect(within(joint).getByText("The two leaders discussed climate change.")).toBeInTheDocument();
    expect(
      within(
        within(screen.getByRole("region", { name: /^Multilateralism/ })).getByRole("region", {
          name: /^United Nations on Multilateralism/,
        }),
      ).getByText(/commended China/),
    ).toBeInTheDocument();
  });

  it("marks a curated fact with its reason", () => {
    renderPanel("2021-03-03-xi-jinping-vladimir-putin");
    const mark = screen.getByLabelText("curated fact: A video call has no single place.");
    expect(mark).toHaveAttribute("title", "Curated: A video call has no single place.");
    expect(screen.getByText("Video call")).toBeInTheDocument();
    expect(screen.getByText("Held by video call")).toBeInTheDocument();
  });

  it("opens the source at a statement's span, and at the span a fact was read from", async () => {
    const { onOpenSource, user } = renderPanel("2021-03-03-xi-jinping-vladimir-putin");
    await user.click(screen.getByRole("button", { name: /^Source \(show in readout\) Vladimir Putin said/ }));
    expect(onOpenSource).toHaveBeenLastCalledWith("sample-ru-2021", [175, 249]);
    await user.click(screen.getByRole("button", { name: /Wednesday, 3 March 2021/ }));
    expect(onOpenSource).toHaveBeenLastCalledWith("sample-ru-2021", [3, 16]);
  });

  it("closes", async () => {
    const { onClose, user } = renderPanel("2021-03-03-xi-jinping-vladimir-putin");
    await user.click(screen.getByRole("button", { name: "Close meeting" }));
    expect(onClose).toHaveBeenCalled();
  });
});
