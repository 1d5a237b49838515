// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildDatasetIndex } from "../../src/domain/dataset-index";
import { parseDataset } from "../../src/domain/parse-dataset";
import type { Statement } from "../../src/domain/schema";
import { CompareView, type CompareViewProps } from "../../src/features/compare/compare-view";
import type { CompareSubject } from "../../src/features/compare/compare-model";

import compareFixture from "../fixtures/compare-accounts.json";
import sampleFixture from "../fixtures/dataset.sample.json";

// Parsed from a fresh copy each time, so a test may alter its dataset without touching the others.
const load = (fixture: unknown) => parseDataset(JSON.stringify(fixture));
const nordland = buildDatasetIndex(load(compareFixture));
const sample = buildDatasetIndex(load(sampleFixture));

const M2016 = "2016-04-12-xi-jinping-ana-lindqvist";
const M2019 = "2019-09-03-xi-jinping-ana-lindqvist";

afterEach(cleanup);

function renderView(props: Partial<CompareViewProps> & { subject: CompareSubject }) {
  // A fresh client per test, as the app provides one; the view itself reads only its props.
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const handlers = {
    onSwap: vi.fn(),
    onClose: vi.fn(),
    onOpenSource: vi.fn<(s: Statement) => void>(),
    onChooseAccounts: vi.fn(),
    sourceHref: (s: Statement) => `?readout=${s.readoutId}&span=${s.span[0]}-${s.span[1]}`,
  };
  const view = render(<CompareView index={nordland} {...handlers} {...props} />, { wrapper });
  return { ...view, ...handlers };
}

/** The fixture's 2016/2019 topic rows: both first, then one-sided, then the untagged. */
const TOPIC_ROWS = [
  "Trade",
  "International order",
  "Climate change",
  "Multilateralism and the UN",
  "The Arctic",
  "Human rights",
  "Public health",
  "General remarks",
];

const meetings = (a: string, b: string): CompareSubject => ({ kind: "meetings", meetingIds: [a, b] });
const row = (name: string) => screen.getByRole("region", { name });
const rowNames = () => screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
const cell = (topic: string, column: string) =>
  within(row(topic)).getByRole("group", { name: `${topic}, ${column}` });
const marks = (element: HTMLElement) =>
  Array.from(element.querySelectorAll("mark")).map((m) => m.textContent);

describe("CompareView: two meetings", () => {
  it("heads each column with the meeting's date, format, place and principals", () => {
    renderView({ subject: meetings(M2016, M2019) });
    expect(screen.getByRole("heading", { level: 2, name: "Comparing 2016 and 2019" })).toBeInTheDocument();
    const first = screen.getByRole("article", { name: "First column: 2016" });
    expect(within(first).getByText("12 April 2016 (Tuesday)")).toBeInTheDocument();
    expect(within(first).getByText("In person")).toBeInTheDocument();
    expect(within(first).getByText("the Great Hall of the People, Beijing, China")).toBeInTheDocument();
    expect(within(first).getByText("Ana Lindqvist")).toBeInTheDocument();
    const second = screen.getByRole("article", { name: "Second column: 2019" });
    expect(within(second).getByText("Video call")).toBeInTheDocument();
  });

  it("summarises topics kept, added and dropped, and who took part in both or one", () => {
    renderView({ subject: meetings(M2016, M2019) });
    const summary = screen.getByRole("region", { name: "Topics" });
    expect(
      within(summary).getByText(/^From 2016 to 2019: 3 topics kept, 1 added, 3 dropped/),
    ).toHaveTextContent(
      "From 2016 to 2019: 3 topics kept, 1 added, 3 dropped — but the accounts differ: " +
        "Chinese MFA (made up), Chinese government readout and Nordland Government (made up), counterpart " +
        "government readout and Made-up News Agency, media report vs Chinese MFA (made up), Chinese government readout.",
    );
    const linksAfter = (term: RegExp) =>
      within(within(summary).getByText(term).closest("div")!)
        .getAllByRole("link")
        .map((a) => a.textContent);
    expect(linksAfter(/^Kept/)).toEqual(["=Trade", "=International order", "=Climate change"]);
    expect(linksAfter(/^Added in 2019/)).toEqual(["+Public health"]);
    expect(linksAfter(/^Dropped since 2016/)).toEqual([
      "−Multilateralism and the UN",
      "−The Arctic",
      "−Human rights",
    ]);
    const participants = screen.getByRole("region", { name: "Participants" });
    const namesAfter = (term: RegExp) =>
      within(participants).getByText(term).closest("div")!.querySelector("dd")!.textContent;
    expect(namesAfter(/^Took part in both/)).toBe("Xi Jinping, Ana Lindqvist");
    expect(namesAfter(/^Only in 2016/)).toBe("Wang Yi");
    expect(namesAfter(/^Only in 2019/)).toBe("Lars Berg");
  });

  it("lists topics raised in both first, then those only one meeting raised, clearly marked", () => {
    renderView({ subject: meetings(M2016, M2019) });
    expect(rowNames()).toEqual([
      "The accounts differ in publisher and perspective",
      "2016",
      "2019",
      "Topics",
      "Participants",
      ...TOPIC_ROWS,
    ]);
    expect(within(row("Trade")).getByText("Raised in both")).toBeInTheDocument();
    expect(within(row("Human rights")).getByText("Only in 2016")).toBeInTheDocument();
    expect(within(row("Human rights")).getByText("Dropped")).toBeInTheDocument();
    expect(within(row("Public health")).getByText("Only in 2019")).toBeInTheDocument();
    expect(within(row("Public health")).getByText("Added")).toBeInTheDocument();
    expect(within(cell("Public health", "2016")).getByText("Not in the 2016 account.")).toBeInTheDocument();
  });

  it("puts each meeting's statements in its column, split by side, and leaves narration out", () => {
    renderView({ subject: meetings(M2016, M2019) });
    const health2019 = cell("Public health", "2019");
    expect(within(health2019).getByText("Nordland")).toBeInTheDocument();
    expect(within(health2019).getByText("Both sides (joint)")).toBeInTheDocument();
    expect(
      within(health2019).getByText("The two sides agreed to strengthen cooperation on public health."),
    ).toBeInTheDocument();
    expect(screen.queryByText("The two leaders also talked about the Arctic.")).not.toBeInTheDocument();
    expect(
      within(cell("The Arctic", "2016")).getByText("Mentioned, with no statement attributed to either side."),
    ).toBeInTheDocument();
  });

  it("marks the wording a statement shares with the other meeting's statements on the same topic", () => {
    renderView({ subject: meetings(M2016, M2019) });
    // The 2016 meeting has three readouts; Nordland's also reports the trade formulation.
    expect(marks(cell("Trade", "2016"))).toEqual([
      "deepen win-win cooperation in trade",
      "international fairness and justice",
      "deepen win-win cooperation in trade",
    ]);
    expect(marks(cell("Trade", "2019"))).toEqual([
      "deepen win-win cooperation in trade",
      "international fairness and justice",
    ]);
    // Whole statements stay readable as they were written.
    expect(cell("Trade", "2019")).toHaveTextContent(
      "Xi Jinping said the two sides should deepen win-win cooperation in trade and jointly safeguard international fairness and justice.",
    );
    // Names recur in every readout; they are not shared formulations.
    expect(marks(cell("Climate change", "2019"))).not.toContain("Ana Lindqvist");
  });

  it("shows a statement on several topics in full once, and as a line to open in later rows", async () => {
    const user = userEvent.setup();
    renderView({ subject: meetings(M2016, M2019) });
    const full =
      "Xi Jinping said the two sides should deepen win-win cooperation in trade and jointly safeguard international fairness and justice.";
    expect(within(cell("Trade", "2019")).getByText(/^Xi Jinping · said$/)).toBeVisible();
    const repeat = within(cell("International order", "2019")).getByText(
      /in full under Trade; shares wording/,
    );
    const details = repeat.closest("details")!;
    expect(details).not.toHaveAttribute("open");
    await user.click(repeat);
    expect(details).toHaveAttribute("open");
    expect(details).toHaveTextContent(full);
    expect(marks(details)).toEqual([
      "deepen win-win cooperation in trade",
      "international fairness and justice",
    ]);
  });

  it("links every statement to its source and opens the source viewer on click or Enter", async () => {
    const user = userEvent.setup();
    const { onOpenSource } = renderView({ subject: meetings(M2016, M2019) });
    const link = within(cell("Public health", "2019")).getAllByRole("link", { name: /Show in source/ })[0]!;
    expect(link).toHaveAttribute("href", expect.stringMatching(/^\?readout=made-up-cn-2019&span=\d+-\d+$/));
    await user.click(link);
    expect(onOpenSource).toHaveBeenCalledWith(
      expect.objectContaining({ readoutId: "made-up-cn-2019", party: "nordland" }),
    );
    link.focus();
    await user.keyboard("{Enter}");
    expect(onOpenSource).toHaveBeenCalledTimes(2);
  });

  it("names the publisher beside a statement when a meeting has several readouts", () => {
    renderView({ subject: meetings(M2016, M2019) });
    expect(
      within(cell("Human rights", "2016"))
        .getAllByRole("link")
        .map((a) => a.textContent),
    ).toEqual([
      expect.stringContaining("(Nordland Government (made up))"),
      expect.stringContaining("(Made-up News Agency)"),
    ]);
  });

  it("swaps with a keyboard-reachable button; swapped columns keep added and dropped the right way round", async () => {
    const user = userEvent.setup();
    const { onSwap, rerender } = renderView({ subject: meetings(M2016, M2019) });
    const swap = screen.getByRole("button", { name: "Swap columns: put 2019 first" });
    swap.focus();
    await user.keyboard("{Enter}");
    expect(onSwap).toHaveBeenCalledOnce();

    rerender(
      <CompareView
        index={nordland}
        subject={meetings(M2019, M2016)}
        onSwap={onSwap}
        onClose={vi.fn()}
        sourceHref={() => "?"}
      />,
    );
    expect(screen.getByRole("heading", { level: 2, name: "Comparing 2019 and 2016" })).toBeInTheDocument();
    // Swapping keeps the reader on the swap button rather than jumping to the top.
    expect(screen.getByRole("button", { name: "Swap columns: put 2016 first" })).toHaveFocus();
    expect(screen.getByRole("article", { name: "First column: 2019" })).toBeInTheDocument();
    // The summary reads in time order, so its caveat names the 2016 accounts first even when swapped.
    expect(screen.getByText(/^From 2016 to 2019: 3 topics kept, 1 added, 3 dropped/)).toHaveTextContent(
      /dropped — but the accounts differ: Chinese MFA \(made up\), Chinese government readout and Nordland/,
    );
    expect(within(row("Public health")).getByText("Only in 2019")).toBeInTheDocument();
    expect(rowNames().indexOf("Public health")).toBeLessThan(rowNames().indexOf("Human rights"));
  });

  it("says at the top that the meetings are told by different accounts, naming publisher and kind", () => {
    renderView({ subject: meetings(M2019, M2016) });
    const note = screen.getByRole("complementary", {
      name: "The accounts differ in publisher and perspective",
    });
    expect(note).toHaveTextContent(
      "2019 is told by Chinese MFA (made up), Chinese government readout; 2016 by Chinese MFA (made up), " +
        "Chinese government readout and Nordland Government (made up), counterpart government readout and " +
        "Made-up News Agency, media report.",
    );
  });

  it("adds no note when both meetings are told by the same publisher and perspective", () => {
    const fixture = structuredClone(compareFixture) as typeof compareFixture;
    const first = fixture.meetings.find((m) => m.id === M2016)!;
    first.readoutIds = ["made-up-cn-2016"];
    first.statements = first.statements.filter((s) => s.readoutId === "made-up-cn-2016");
    renderView({ index: buildDatasetIndex(load(fixture)), subject: meetings(M2016, M2019) });
    expect(screen.queryByRole("complementary")).not.toBeInTheDocument();
    expect(screen.getByText(/^From 2016 to 2019:/)).toHaveTextContent(/dropped\.$/);
  });

  it("offers a section navigation to every topic row, and a Print button", async () => {
    const print = vi.spyOn(window, "print").mockImplementation(() => {});
    renderView({ subject: meetings(M2016, M2019) });
    const nav = screen.getByRole("navigation", { name: "Sections of the comparison" });
    const links = within(nav).getAllByRole("link");
    expect(links.map((a) => a.textContent)).toEqual(["Summary", ...TOPIC_ROWS]);
    expect(links[1]).toHaveAttribute("href", "#compare-topic-trade");
    await userEvent.setup().click(screen.getByRole("button", { name: "Print" }));
    expect(print).toHaveBeenCalledOnce();
    print.mockRestore();
  });

  it("a Jump to link takes focus to its section's heading", async () => {
    renderView({ subject: meetings(M2016, M2019) });
    const nav = screen.getByRole("navigation", { name: "Sections of the comparison" });
    const link = within(nav).getAllByRole("link")[1]!;
    await userEvent.setup().click(link);
    await waitFor(() =>
      expect(screen.getByRole("heading", { level: 3, name: link.textContent! })).toHaveFocus(),
    );
    await userEvent.setup().click(within(nav).getByRole("link", { name: "Summary" }));
    await waitFor(() => expect(document.activeElement?.id).toBe("compare-topics-heading"));
  });

  it("a Jump to link scrolls and focuses without touching the URL (the URL is the view)", async () => {
    window.history.replaceState(null, "", "/?compare=a,b");
    renderView({ subject: meetings(M2016, M2019) });
    const nav = screen.getByRole("navigation", { name: "Sections of the comparison" });
    const link = within(nav).getAllByRole("link")[1]!;
    await userEvent.setup().click(link);
    await waitFor(() =>
      expect(screen.getByRole("heading", { level: 3, name: link.textContent! })).toHaveFocus(),
    );
    expect(`${window.location.pathname}${window.location.search}${window.location.hash}`).toBe(
      "/?compare=a,b",
    );
    // The summary's topic links jump the same way.
    await userEvent
      .setup()
      .click(within(screen.getByRole("region", { name: "Topics" })).getAllByRole("link")[0]!);
    expect(window.location.hash).toBe("");
  });

  it("moves focus to its heading when a comparison opens", () => {
    renderView({ subject: meetings(M2016, M2019) });
    expect(screen.getByRole("heading", { level: 2 })).toHaveFocus();
  });

  it("closes on request", async () => {
    const { onClose } = renderView({ subject: meetings(M2016, M2019) });
    await userEvent.setup().click(screen.getByRole("button", { name: "Close comparison" }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it("says plainly when a meeting cannot be found instead of failing", () => {
    renderView({ subject: meetings(M2016, "1999-01-01-nobody") });
    expect(screen.getByRole("alert")).toHaveTextContent("No such meeting: 1999-01-01-nobody.");
  });

  it("tells two meetings of one day apart by who met", () => {
    const dataset = load(compareFixture);
    const second = dataset.meetings[1]!;
    second.date = "2016-04-12";
    second.sides[0]!.principal = "wang-yi";
    renderView({ index: buildDatasetIndex(dataset), subject: meetings(M2016, M2019) });
    expect(
      screen.getByRole("heading", {
        level: 2,
        name: "Comparing 12 Apr 2016, Xi Jinping and 12 Apr 2016, Wang Yi",
      }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/^From /)).not.toBeInTheDocument();
    expect(within(row("Public health")).getByText("Only in 12 Apr 2016, Wang Yi")).toBeInTheDocument();
  });

  it("shows markup in readout text as text", () => {
    const dataset = load(compareFixture);
    const trade = dataset.meetings[1]!.statements[0]!;
    trade.text = `${trade.text} <img src=x onerror=alert(1)>`;
    renderView({ index: buildDatasetIndex(dataset), subject: meetings(M2016, M2019) });
    expect(cell("Trade", "2019")).toHaveTextContent("<img src=x onerror=alert(1)>");
    expect(document.querySelector("img")).toBeNull();
  });
});

describe("CompareView: two accounts of one meeting", () => {
  const accounts = (meetingId: string, readoutIds: [string, string]): CompareSubject => ({
    kind: "accounts",
    meetingId,
    readoutIds,
  });

  it("compares what each publisher reported, topic by topic", () => {
    renderView({
      index: sample,
      subject: accounts("2023-06-05-xi-jinping-vladimir-putin", ["sample-ru-2023-cn", "sample-ru-2023-ru"]),
    });
    expect(
      screen.getByRole("heading", {
        level: 2,
        name: "Two accounts: Chinese MFA (test fixture) and Kremlin (test fixture)",
      }),
    ).toBeInTheDocument();
    expect(screen.getByText("Two accounts of one meeting")).toBeInTheDocument();
    expect(within(row("BRICS")).getByText("Only reported by Chinese MFA (test fixture)")).toBeInTheDocument();
    expect(
      within(row("Multipolar world")).getByText("Only reported by Kremlin (test fixture)"),
    ).toBeInTheDocument();
    expect(
      within(cell("Ukraine crisis", "Kremlin (test fixture)")).getByText(
        "Xi Jinping said China would continue its efforts for peace in Ukraine.",
      ),
    ).toBeInTheDocument();
    expect(marks(cell("International order", "Kremlin (test fixture)"))).toEqual([
      "international fairness and justice",
    ]);
    expect(screen.queryByText(/onerror/)).not.toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Participants" })).not.toBeInTheDocument();
  });

  it("says whose account each column is and how many statements it gives each side", () => {
    renderView({ subject: accounts(M2016, ["made-up-cn-2016", "made-up-nl-2016"]) });
    const nl = screen.getByRole("article", { name: "Second column: Nordland Government (made up)" });
    expect(within(nl).getByText("Counterpart government readout")).toBeInTheDocument();
    expect(
      within(nl).getByText(
        "Attributes 1 statement to China, 2 statements to Nordland, 0 statements to both sides.",
      ),
    ).toBeInTheDocument();
    expect(within(nl).getByRole("link", { name: /Original publication/ })).toHaveAttribute(
      "href",
      "https://example.org/nordland/2016-04-12",
    );
    expect(
      within(row("Human rights")).getByText("Only reported by Nordland Government (made up)"),
    ).toBeInTheDocument();
    expect(within(row("The Arctic")).getByText("Only reported by Chinese MFA (made up)")).toBeInTheDocument();
  });

  it("lets the reader choose which two of three accounts to compare", async () => {
    const user = userEvent.setup();
    const { onChooseAccounts } = renderView({
      subject: accounts(M2016, ["made-up-cn-2016", "made-up-nl-2016"]),
    });
    expect(
      screen.getByRole("group", { name: "This meeting has 3 accounts: choose two" }),
    ).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText("Second column"), "made-up-media-2016");
    expect(onChooseAccounts).toHaveBeenCalledWith(["made-up-cn-2016", "made-up-media-2016"]);
    await user.selectOptions(screen.getByLabelText("First column"), "made-up-nl-2016");
    expect(onChooseAccounts).toHaveBeenLastCalledWith(["made-up-nl-2016", "made-up-cn-2016"]);
  });
});
