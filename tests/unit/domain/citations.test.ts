import { describe, expect, it } from "vitest";
import type { Meeting, Readout } from "../../../src/domain/schema";
import { escapeBibtex, meetingCitation, readoutCitation } from "../../../src/domain/citations";

const readout: Readout = {
  id: "yours-pasted-text",
  title: "Wang Yi Meets with Norwegian Foreign Minister Thora Eyvindsdottir",
  publisher: "Ministry of Foreign Affairs of Norway",
  perspective: "counterpart",
  publishedOn: "2023-03-15",
  url: "https://example.org/news/wang-yi_eyvindsdottir?id=1&x=2",
  text: "…",
};

describe("citations", () => {
  it("cites a readout in plain text: publisher, title, date, URL", () => {
    expect(readoutCitation(readout).text).toBe(
      "Ministry of Foreign Affairs of Norway. “Wang Yi Meets with Norwegian Foreign Minister Thora Eyvindsdottir.” 15 March 2023. https://example.org/news/wang-yi_eyvindsdottir?id=1&x=2",
    );
  });

  it("cites a readout in BibTeX with a corporate author and the URL verbatim", () => {
    expect(readoutCitation(readout).bibtex).toBe(
      [
        "@misc{yours-pasted-text,",
        "  author = {{Ministry of Foreign Affairs of Norway}},",
        "  title = {{Wang Yi Meets with Norwegian Foreign Minister Thora Eyvindsdottir}},",
        "  date = {2023-03-15},",
        "  year = {2023},",
        "  url = {https://example.org/news/wang-yi_eyvindsdottir?id=1&x=2},",
        "  note = {Meeting readout}",
        "}",
      ].join("\n"),
    );
  });

  it("leaves out what is not known and says n.d. without a date", () => {
    const bare = { ...readout, publishedOn: undefined, url: undefined, title: "" };
    expect(readoutCitation(bare).text).toBe(
      "Ministry of Foreign Affairs of Norway. “Untitled readout.” n.d.",
    );
    expect(readoutCitation(bare).bibtex).not.toMatch(/url|date|year/);
  });

  it("escapes BibTeX's special characters", () => {
    expect(escapeBibtex("R&D at 50% {draft} #1 $x_y ~ ^ \\")).toBe(
      "R\\&D at 50\\% \\{draft\\} \\#1 \\$x\\_y \\textasciitilde{} \\textasciicircum{} \\textbackslash{}",
    );
  });

  it("cites a meeting through its accounts", () => {
    const meeting = { id: "2023-03-14-wang-yi-thora-eyvindsdottir", date: "2023-03-14" } as Meeting;
    const citation = meetingCitation(meeting, "Wang Yi – Thora Eyvindsdottir", [readout]);
    expect(citation.text).toMatch(
      /^Meeting of Wang Yi and Thora Eyvindsdottir, 14 March 2023\. Accounts: Ministry of Foreign Affairs of Norway\. “/,
    );
    expect(citation.bibtex).toContain("note = {Accounts: Ministry of Foreign Affairs of Norway}");
  });
});
