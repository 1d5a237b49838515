import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";
import { withoutRepeats } from "../../../src/pipeline/repeated-sentences";
import type { Sentence } from "../../../src/pipeline/types";

const sentence = (index: number, paragraph: number, text: string): Sentence => ({
  index,
  paragraph,
  text,
  span: [0, text.length],
  heading: false,
});

describe("sentences a page repeats", () => {
  it("keeps the first telling of a sentence repeated word for word, and every short one", () => {
    const lead = "Chinese Premier Li Qiang met visiting Moldovan President Elena Rusnac on Wednesday.";
    const kept = withoutRepeats([
      sentence(0, 0, lead),
      sentence(1, 0, "The talks were productive."),
      sentence(2, 1, lead.replace("visiting ", "visiting  ").toUpperCase()),
      sentence(3, 1, "The talks were productive."),
      sentence(4, 2, "Rusnac said Moldova welcomed Chinese investment in its roads and ports."),
    ]);
    expect(kept.map((s) => [s.index, s.paragraph, s.text])).toEqual([
      [0, 0, lead],
      [1, 0, "The talks were productive."],
      [2, 1, "The talks were productive."],
      [3, 2, "Rusnac said Moldova welcomed Chinese investment in its roads and ports."],
    ]);
  });

  it("gives a lead printed as a standfirst and again in the story one statement", () => {
    const lead =
      "On June 1, 2023, Chinese President Xi Jinping met with Russian President Vladimir Putin in Beijing.";
    const raw = `${lead}\n\n${lead} Xi said China values its ties with Russia.\n\nPutin said Russia agrees.`;
    const { dataset, errors } = buildDataset([{ id: "t", raw }]);
    expect(errors).toEqual([]);
    const statements = dataset.meetings.flatMap((m) => m.statements);
    expect(statements.filter((s) => s.text === lead)).toHaveLength(1);
    expect(statements.find((s) => s.text.startsWith("Xi said"))?.speaker).toBe("xi-jinping");
  });
});
