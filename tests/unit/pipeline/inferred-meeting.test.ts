/**
 * The meetings stage's last resort (src/pipeline/inferred-meeting.ts): a text no rule anchors, whose
 * headline, captions and sentences still show a Chinese leader meeting a named foreign principal.
 * Every text here is made up (invented people, real countries), in the styles of real publishers.
 */
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";

function extract(raw: string, publishedOn?: string) {
  return buildDataset([{ id: "t", raw, ...(publishedOn ? { publishedOn } : {}) }]);
}

const principals = (raw: string, publishedOn?: string) => {
  const result = extract(raw, publishedOn);
  return result.dataset.meetings.map((m) => [m.date, ...m.sides.map((s) => s.principal)]);
};

describe("an inferred meeting (no sentence anchors one)", () => {
  it("reads a page that starts mid-story: the talks, the two heads of state, a visit", () => {
    const raw = [
      "Updated 21:14, 05-Mar-2024",
      "Xi said China is willing to work with Uruguay to push for new progress in the comprehensive strategic partnership.",
      "Uruguayan President Tomas Ferrand, who is on a state visit to China, said Uruguay firmly adheres to the one-China principle.",
      "During the talks, the two heads of state also exchanged views on the situation in Latin America.",
    ].join("\n\n");
    const result = extract(raw);
    expect(result.errors).toEqual([]);
    const [meeting] = result.dataset.meetings;
    expect(meeting!.sides.map((s) => s.principal)).toEqual(["xi-jinping", "tomas-ferrand"]);
    expect(meeting!.date).toBe("2024-03-05");
    expect(meeting!.provenance.meeting).toMatchObject({ source: "inferred" });
    expect(meeting!.provenance.meeting?.source === "inferred" && meeting!.provenance.meeting.note).toMatch(
      /inferred/i,
    );
  });

  it("reads a headline that alone says the meeting, over a body of what each said", () => {
    const raw = [
      "Premier Li Qiang meets Kenyan President Daniel Otieno",
      "BEIJING, April 9, 2024 -- Premier Li Qiang said China is ready to deepen cooperation with Kenya in infrastructure and green energy.",
      "Kenyan President Daniel Otieno said Kenya values its friendship with China and welcomes Chinese firms.",
    ].join("\n\n");
    expect(principals(raw)).toEqual([["2024-04-09", "li-qiang", "daniel-otieno"]]);
  });

  it("reads 'talks' in a wire story's caption, with both leaders quoted", () => {
    const raw = [
      "Chile, China pledge closer ties",
      "Xi Jinping holds talks with the visiting Chilean president at the Great Hall of the People in Beijing, capital of China, Oct. 16, 2024. (Xinhua/Li Ming)",
      "Chinese President Xi Jinping on Wednesday told Chilean President Marco Reyes that the two countries are good friends.",
      "“Chile sees China as a partner of the first order,” Reyes said.",
      "Xi said the two sides should expand trade in copper, lithium and fruit.",
    ].join("\n\n");
    expect(principals(raw, "2024-10-16")).toEqual([["2024-10-16", "xi-jinping", "marco-reyes"]]);
  });

  it("reads a foreign minister's own first-person page naming the Chinese guest", () => {
    const raw = [
      "Media statement",
      "12 June 2024",
      "This morning in Budapest I hosted my Chinese counterpart for our annual strategic dialogue. Our meeting was an opportunity to exchange frank views on trade and on the war in Ukraine.",
      "I told Foreign Minister Wang Yi that Hungary wants a balanced economic relationship.",
      "Hanna Kovacs, Minister of Foreign Affairs of Hungary",
    ].join("\n\n");
    const result = extract(raw);
    expect(result.errors).toEqual([]);
    expect(result.dataset.meetings.map((m) => [m.date, ...m.sides.map((s) => s.principal)])).toEqual([
      ["2024-06-12", "wang-yi", "hanna-kovacs"],
    ]);
  });

  it("reads a wire story quoting both leaders, 'their talks' in a quotation's tag", () => {
    const raw = [
      "Chinese President Xi Jinping and visiting Chilean President Marco Reyes in Beijing, Oct. 16, 2024. (Xinhua/Li Ming)",
      "“We are good friends,” Xi told Chilean President Marco Reyes at the start of their talks on Wednesday.",
      "“Chile sees China as a partner of the first order,” said Reyes, who is on a four-day state visit.",
    ].join("\n\n");
    expect(principals(raw, "2024-10-16")).toEqual([["2024-10-16", "xi-jinping", "marco-reyes"]]);
  });

  it("records the inference in the meeting's provenance and nowhere attends anyone unnamed", () => {
    const raw = [
      "Premier Li Qiang meets Kenyan President Daniel Otieno",
      "BEIJING, April 9, 2024 -- Premier Li Qiang said China is ready to deepen cooperation with Kenya.",
      "Kenyan President Daniel Otieno said Kenya values its friendship with China.",
    ].join("\n\n");
    const [meeting] = extract(raw).dataset.meetings;
    expect(meeting!.sides.flatMap((s) => s.attendees)).toEqual([]);
    expect(meeting!.provenance.meeting).toMatchObject({ source: "inferred" });
  });
});

describe("no inferred meeting where none is told", () => {
  const refused = (raw: string, publishedOn = "2024-03-05") => {
    const result = extract(raw, publishedOn);
    expect(result.dataset.meetings).toEqual([]);
    expect(result.errors.join("\n")).toMatch(/no meeting found/);
  };

  it("refuses a letter exchange", () => {
    refused(
      [
        "Xi Jinping replies to letter from Uruguayan President Tomas Ferrand",
        "Chinese President Xi Jinping on Monday replied to a letter from Uruguayan President Tomas Ferrand.",
        "In his letter, Xi said China is willing to work with Uruguay to deepen the partnership, recalling his state visit to Montevideo in 2016.",
        "Ferrand had written to thank China for its help after the floods.",
      ].join("\n\n"),
    );
  });

  it("refuses a spokesperson's regular briefing about a coming visit", () => {
    refused(
      [
        "Foreign Ministry Spokesperson Lin Sheng's Regular Press Conference on March 4, 2024",
        "Lin Sheng: At the invitation of President Xi Jinping, President Tomas Ferrand of Uruguay will pay a state visit to China from March 10 to 14. During the visit, President Xi will hold talks with President Ferrand.",
        "Q: What are China's expectations for the visit? Lin Sheng: China stands ready to work with Uruguay to deepen the partnership.",
      ].join("\n\n"),
    );
  });

  it("refuses a visit announced for next month", () => {
    refused(
      [
        "Uruguayan President Tomas Ferrand to visit China next month",
        "Uruguayan President Tomas Ferrand will travel to Beijing next month for talks with Chinese President Xi Jinping, his office said on Monday.",
        "Ferrand and Xi last met in 2019 at the G20 summit in Osaka.",
      ].join("\n\n"),
    );
  });

  it("refuses an arrival story whose talks are still to come", () => {
    refused(
      [
        "President Xi arrives in Santiago for a state visit",
        "10-14-2024 14:21 BJT",
        "Full coverage: Xi Visits Peru, Chile, Attends APEC summit",
        "Chinese President Xi Jinping has arrived in the capital Santiago for a state visit.",
        "Xi is scheduled to meet with Chilean President Marco Reyes. He will also hold talks with the Senate's President, Ana Ruiz.",
        "Chile is the second leg of Xi's tour as he has concluded his state visit to Peru.",
      ].join("\n\n"),
      "2024-10-14",
    );
  });

  it("refuses talks with no Chinese leader in them", () => {
    refused(
      [
        "Uruguay, Paraguay discuss trade",
        "Uruguayan President Tomas Ferrand held talks with Paraguayan President Luis Benitez in Montevideo on Monday.",
        "The two presidents discussed their exports to China.",
      ].join("\n\n"),
    );
  });

  it("refuses a story that only names a Chinese leader and a foreign one apart", () => {
    refused(
      [
        "Copper prices rise",
        "Chinese President Xi Jinping said on Monday that China would keep its economy open.",
        "In Santiago, Chilean President Marco Reyes said copper exports rose by 8 percent.",
      ].join("\n\n"),
    );
  });
});

describe("an inferred meeting another account states", () => {
  it("is no longer marked inferred once merged with it", () => {
    const headline = [
      "Premier Li Qiang meets Kenyan President Daniel Otieno",
      "BEIJING, April 9, 2024 -- Premier Li Qiang said China is ready to deepen cooperation with Kenya.",
      "Kenyan President Daniel Otieno said Kenya values its friendship with China.",
    ].join("\n\n");
    const stated =
      "On April 9, 2024, Premier Li Qiang met with Kenyan President Daniel Otieno in Beijing. Otieno said Kenya values the partnership.";
    const alone = buildDataset([{ id: "a", raw: headline }]).dataset.meetings;
    expect(alone[0]!.provenance.meeting).toMatchObject({ source: "inferred" });
    const both = buildDataset([
      { id: "a", raw: headline },
      { id: "b", raw: stated },
    ]).dataset.meetings;
    expect(both).toHaveLength(1);
    expect(both[0]!.readoutIds).toEqual(["a", "b"]);
    expect(both[0]!.provenance.meeting).toBeUndefined();
  });
});
