// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { createSearchEngine } from "../../src/data/search-engine";
import { buildFacetRows } from "../../src/domain/filters";
import { buildMeetingIndex } from "../../src/domain/meeting-index";
import { parseDataset } from "../../src/domain/parse-dataset";
import { splitDataset } from "../../src/domain/split-dataset";
import { ChronologyList } from "../../src/features/chronology/chronology-list";
import sample from "../fixtures/dataset.sample.json";

const index = buildMeetingIndex(splitDataset(parseDataset(JSON.stringify(sample))).index);
const meetings = buildFacetRows(index.file).map((row) => row.meeting);
const hrefFor = (id: string) => `/?meeting=${id}`;

describe("chronology list", () => {
  it("lists the meetings as links under year headings, with date, principals, place, format and topics", () => {
    render(<ChronologyList index={index} meetings={meetings} hrefFor={hrefFor} onSelect={() => {}} />);
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("Chronology · 3 meetings");
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([
      "2013 · 1 meeting",
      "2021 · 1 meeting",
      "2023 · 1 meeting",
    ]);
    const link = screen.getByRole("link", { name: /Xi Jinping – Ban Ki-moon/ });
    expect(link).toHaveAttribute("href", "/?meeting=2013-06-19-xi-jinping-ban-ki-moon");
    expect(link).toHaveTextContent("19 Jun 2013");
    expect(link).toHaveTextContent("United Nations");
    expect(link).toHaveTextContent("Beijing, China · In person");
    expect(link).toHaveTextContent("Multilateralism and the UN · Climate change");
    expect(screen.getByRole("link", { name: /Xi Jinping – Vladimir Putin.*Video call/ })).toBeInTheDocument();
  });

  it("says it is searching, not that nothing matches, until the search answers", () => {
    render(
      <ChronologyList
        index={index}
        meetings={[]}
        searching
        hrefFor={hrefFor}
        onSelect={() => {}}
        empty={<p>No meetings match the filters.</p>}
      />,
    );
    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("Chronology · searching…");
    expect(screen.getByText("Searching the readouts…")).toBeInTheDocument();
    expect(screen.queryByText("No meetings match the filters.")).not.toBeInTheDocument();
  });

  it("opens a meeting in place on click and marks the open one as current", async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(
      <ChronologyList
        index={index}
        meetings={meetings}
        selectedId="2021-03-03-xi-jinping-vladimir-putin"
        hrefFor={hrefFor}
        onSelect={onSelect}
      />,
    );
    const current = screen.getByRole("link", { current: true });
    expect(current).toHaveTextContent("3 Mar 2021");
    await user.click(screen.getByRole("link", { name: /Ban Ki-moon/ }));
    expect(onSelect).toHaveBeenCalledWith("2013-06-19-xi-jinping-ban-ki-moon");
  });

  it("moves between meetings with the arrow keys, Home and End, and opens one with Enter", async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<ChronologyList index={index} meetings={meetings} hrefFor={hrefFor} onSelect={onSelect} />);
    await user.tab();
    expect(document.activeElement).toHaveTextContent("19 Jun 2013");
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toHaveTextContent("3 Mar 2021");
    await user.keyboard("{End}");
    expect(document.activeElement).toHaveTextContent("5 Jun 2023");
    await user.keyboard("{ArrowUp}{Enter}");
    expect(onSelect).toHaveBeenCalledWith("2021-03-03-xi-jinping-vladimir-putin");
  });

  it("is one Tab stop: the open meeting holds it, → reaches the row's Compare box and Tab leaves the list", async () => {
    const user = userEvent.setup();
    render(
      <>
        <ChronologyList
          index={index}
          meetings={meetings}
          hrefFor={hrefFor}
          onSelect={() => {}}
          onCompare={() => {}}
          selectedId="2021-03-03-xi-jinping-vladimir-putin"
        />
        <button type="button">After the list</button>
      </>,
    );
    await user.tab();
    expect(document.activeElement).toHaveTextContent("3 Mar 2021");
    await user.keyboard("{ArrowRight}");
    expect(document.activeElement).toHaveAccessibleName(
      /^Compare ?Xi Jinping – Vladimir Putin, 3 March 2021/,
    );
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toHaveAccessibleName(/^Compare ?.*2023/);
    await user.keyboard("{ArrowLeft}");
    expect(document.activeElement).toHaveTextContent("5 Jun 2023");
    await user.tab();
    expect(document.activeElement).toHaveTextContent("After the list");
    await user.tab({ shift: true });
    expect(document.activeElement).toHaveTextContent("5 Jun 2023");
  });

  it("puts the compare bar next in Tab order after ticking, so Tab from a tick reaches Compare", async () => {
    const user = userEvent.setup();
    render(
      <ChronologyList
        index={index}
        meetings={meetings}
        hrefFor={hrefFor}
        onSelect={() => {}}
        onCompare={() => {}}
      />,
    );
    await user.tab();
    await user.keyboard("{ArrowRight}");
    await user.keyboard(" ");
    await user.keyboard("{ArrowDown}");
    await user.keyboard(" ");
    expect(screen.getByRole("status")).toHaveTextContent("2 meetings selected.");
    await user.tab();
    expect(document.activeElement).toHaveTextContent("Clear");
    await user.tab();
    expect(document.activeElement).toHaveTextContent("Compare");
  });

  it("quotes a matching statement under each meeting with the matched words marked", () => {
    const dataset = parseDataset(JSON.stringify(sample));
    const answer = createSearchEngine(
      dataset.meetings,
      splitDataset(dataset).shards.flatMap((s) => s.readouts),
    ).search("ukraine")!;
    render(
      <ChronologyList
        index={index}
        meetings={meetings.slice(2)}
        terms={answer.terms}
        excerptOf={(id) => new Map(answer.excerpts).get(id)}
        hrefFor={hrefFor}
        onSelect={() => {}}
      />,
    );
    const marks = screen.getByRole("link").querySelectorAll("mark");
    expect([...marks].map((m) => m.textContent)).toEqual(["Ukraine"]);
    expect(screen.getByRole("link")).toHaveTextContent("dialogue is the only way out of the Ukraine crisis");
  });

  it("shows what it is given when no meetings are left", () => {
    render(
      <ChronologyList
        index={index}
        meetings={[]}
        hrefFor={hrefFor}
        onSelect={() => {}}
        empty={<p>Nothing matches.</p>}
      />,
    );
    expect(screen.getByText("Nothing matches.")).toBeInTheDocument();
    expect(screen.queryByRole("link")).not.toBeInTheDocument();
  });
});
