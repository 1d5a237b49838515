import { describe, expect, it } from "vitest";
import { meetingsOf, speakerIn } from "./helpers";

// Made-up wire copy: one sentence telling several bilateral meetings at once.
describe("one sentence, several separate meetings", () => {
  const ids = (text: string, publishedOn?: string) =>
    meetingsOf(text, publishedOn)
      .map((m) => m.id)
      .sort();

  it.each([
    "On May 6, 2024, President Xi Jinping met with Tongan Prime Minister Siosaia Vaka and Fijian President Ratu Tevita Lalabalavu respectively in Beijing.",
    "On May 6, 2024, President Xi Jinping met separately with Tongan Prime Minister Siosaia Vaka and Fijian President Ratu Tevita Lalabalavu in Beijing.",
    "On May 6, 2024, President Xi Jinping held individual meetings with Tongan Prime Minister Siosaia Vaka and Fijian President Ratu Tevita Lalabalavu in Beijing.",
    "President Xi Jinping, in separate meetings with Tongan Prime Minister Siosaia Vaka and Fijian President Ratu Tevita Lalabalavu on May 6, 2024, said the Pacific should stay peaceful.",
  ])("one meeting per foreign leader listed: %s", (lead) => {
    expect(ids(lead)).toEqual([
      "2024-05-06-xi-jinping-ratu-tevita-lalabalavu",
      "2024-05-06-xi-jinping-siosaia-vaka",
    ]);
  });

  it("a later sentence naming one of them goes to that leader's meeting", () => {
    const meetings = meetingsOf(
      [
        "President Xi Jinping held individual meetings with Tongan Prime Minister Siosaia Vaka, Samoan Prime Minister Lemalu Tuatagaloa and President Ratu Tevita Lalabalavu of Fiji in Beijing on May 6, 2024.",
        "In talks with Lalabalavu, Xi said the two countries should build more roads.",
        "He also told Nauru President Baron Kun that the two sides should deepen fisheries cooperation.",
      ].join("\n\n"),
    );
    expect(meetings.map((m) => m.id).sort()).toEqual([
      "2024-05-06-xi-jinping-baron-kun",
      "2024-05-06-xi-jinping-lemalu-tuatagaloa",
      "2024-05-06-xi-jinping-ratu-tevita-lalabalavu",
      "2024-05-06-xi-jinping-siosaia-vaka",
    ]);
    const roads = meetings.find((m) => m.statements.some((s) => s.text.includes("more roads")));
    expect(roads?.id).toBe("2024-05-06-xi-jinping-ratu-tevita-lalabalavu");
    expect(speakerIn(meetings, "fisheries")).toBe("xi-jinping");
  });

  it("a meeting with two leaders of one country, or without a word saying they were separate, stays one", () => {
    expect(
      ids(
        "On May 6, 2024, President Xi Jinping met with Tongan Prime Minister Siosaia Vaka and Tongan Foreign Minister Lupe Hola separately in Beijing.",
      ),
    ).toEqual(["2024-05-06-xi-jinping-siosaia-vaka"]);
    expect(
      ids(
        "On May 6, 2024, President Xi Jinping met with Tongan Prime Minister Siosaia Vaka and Fijian President Ratu Tevita Lalabalavu in Beijing.",
      ),
    ).toHaveLength(1);
  });
});
