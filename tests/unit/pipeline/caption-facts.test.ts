import { describe, expect, it } from "vitest";
import { captionDate, captionPlace, captionReferenceDay } from "../../../src/pipeline/caption-facts";

// Made-up captions in the shapes real pages carry.
const pair = { chinese: "Xi Jinping", foreign: "Grace Chimwala" };
const MEETING =
  "Chinese President Xi Jinping (R) holds talks with President Grace Chimwala in Beijing, June 17, 2025. (Agency/Name)";

describe("caption facts", () => {
  it("a caption of the meeting gives its day and place, with a note saying so", () => {
    const date = captionDate([MEETING], pair, undefined);
    expect(date?.date).toBe("2025-06-17");
    expect(date?.provenance.source).toBe("inferred");
    expect(captionPlace([MEETING], pair, "2025-06-18")?.location?.city).toBe("Beijing");
  });

  it("a file picture, another pair or a caption without a meeting gives nothing", () => {
    const file = "Xi Jinping and Grace Chimwala when they met in Beijing [File: Some Name/Pool]";
    const other = "Xi Jinping (R) holds talks with President Aldo Ferre in Beijing, June 17, 2025.";
    const scene = "Xi Jinping and Grace Chimwala's spouses visit a school in Beijing, June 17, 2025.";
    for (const caption of [file, other, scene])
      expect(captionDate([caption], pair, undefined)).toBeUndefined();
  });

  it("a caption dated well before the page, or after it, shows another day", () => {
    expect(captionDate([MEETING], pair, "2026-06-18")).toBeUndefined();
    expect(captionDate([MEETING], pair, "2025-06-16")).toBeUndefined();
    expect(captionDate([MEETING], pair, "2025-06-20")?.date).toBe("2025-06-17");
    expect(captionPlace([MEETING], pair, "2026-06-18")).toBeUndefined();
  });

  it("the last day a caption of either principal gives is a reference day; file pictures and others' are not", () => {
    const first =
      "President Grace Chimwala arrives at the summit in Capital, Country, June 16, 2025. Some Name/Pool via AGENCY";
    const second =
      "Xi Jinping speaks at the summit in Capital, Country, on June 17, 2025. Other Name/Reuters";
    expect(captionReferenceDay([second, first], pair)).toBe("2025-06-17");
    const file = "Xi Jinping at an earlier summit, June 20, 2024. [File: Some Name/Pool]";
    const someoneElse = "President Aldo Ferre arrives at the summit, June 19, 2025. Some Name/Reuters";
    expect(captionReferenceDay([first, file, someoneElse], pair)).toBe("2025-06-16");
    expect(captionReferenceDay([someoneElse], pair)).toBeUndefined();
  });
});
