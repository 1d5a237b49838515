// @vitest-environment jsdom
// jsdom has no layout, so vis-timeline draws its frame but no items: these tests cover our code
// around it (lifecycle, keyboard, announcements); items are tested in the browser (e2e).
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StrictMode } from "react";
import { describe, expect, it, vi } from "vitest";
import { MeetingTimeline } from "../../src/features/timeline/meeting-timeline";
import { renderWithDataset } from "./app-render-with-dataset";

function renderTimeline(openMeetingId?: string) {
  const onOpenMeeting = vi.fn();
  const view = renderWithDataset((index) => (
    <StrictMode>
      <MeetingTimeline
        index={index.meetingIndex}
        meetings={index.meetingIndex.file.meetings}
        openMeetingId={openMeetingId}
        onOpenMeeting={onOpenMeeting}
      />
    </StrictMode>
  ));
  return { ...view, onOpenMeeting, user: userEvent.setup() };
}

// The vis-timeline chunk is imported on demand; the first import can take a few seconds on a busy machine.
const loaded = () =>
  waitFor(() => expect(screen.getByRole("button", { name: "Zoom in" })).toBeEnabled(), { timeout: 15_000 });

describe("MeetingTimeline", () => {
  it("creates exactly one timeline under StrictMode and destroys it on unmount", async () => {
    const { container, unmount } = renderTimeline();
    await loaded();
    expect(container.querySelectorAll(".vis-timeline")).toHaveLength(1);
    const frame = container.querySelector(".atlas-timeline")!;
    unmount();
    expect(frame.querySelector(".vis-timeline")).toBeNull();
  });

  it("moves a cursor through the meetings in time order with the arrow keys and opens with Enter", async () => {
    const { user, onOpenMeeting } = renderTimeline();
    await loaded();
    const status = screen.getByText(/Select a meeting/);
    screen.getByRole("group", { name: /Meetings by counterpart/ }).focus();
    await user.keyboard("{ArrowRight}");
    expect(status).toHaveTextContent("Xi Jinping – Ban Ki-moon, 19 June 2013. Press Enter to open.");
    await user.keyboard("{ArrowRight}{ArrowRight}{ArrowRight}");
    expect(status).toHaveTextContent("Xi Jinping – Vladimir Putin, 5 June 2023. Press Enter to open.");
    await user.keyboard("{ArrowLeft}");
    expect(status).toHaveTextContent("Xi Jinping – Vladimir Putin, 3 March 2021. Press Enter to open.");
    expect(onOpenMeeting).not.toHaveBeenCalled();
    await user.keyboard("{Enter}");
    expect(onOpenMeeting).toHaveBeenCalledWith("2021-03-03-xi-jinping-vladimir-putin");
  });

  it("starts the cursor at the open meeting", async () => {
    const { user } = renderTimeline("2021-03-03-xi-jinping-vladimir-putin");
    await loaded();
    expect(screen.getByText("Xi Jinping – Vladimir Putin, 3 March 2021 (open)")).toBeInTheDocument();
    screen.getByRole("group", { name: /Meetings by counterpart/ }).focus();
    await user.keyboard("{ArrowRight}");
    expect(
      screen.getByText("Xi Jinping – Vladimir Putin, 5 June 2023. Press Enter to open."),
    ).toBeInTheDocument();
  });
});
