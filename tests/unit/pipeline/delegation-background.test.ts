// Made-up readout: the delegation a principal leads is who he is (the publisher's background), not
// something he says ("Liu, also …, leads a delegation whose members come from …", Xinhua).
import { describe, expect, it } from "vitest";
import { meetingsOf, speakerIn } from "./helpers";

const speakerOf = (raw: string, fragment: string) => speakerIn(meetingsOf(raw), fragment);

describe("the delegation a principal leads", () => {
  it("is the publisher's background, not the principal's voice", () => {
    const raw = [
      "On May 17, 2018, Estonian President Aron Mensor met with Chinese President Xi Jinping's special envoy and Vice Premier Liu He in Tallinn.",
      "Liu, also chief of the Chinese side of the economic dialogue, leads a delegation whose members come from the economic ministries.",
      "Liu said the two sides should meet each other halfway.",
    ].join("\n\n");
    expect(speakerOf(raw, "leads a delegation")).toBe("narrator");
    expect(speakerOf(raw, "meet each other halfway")).toBe("liu-he");
  });
});
