// A refusal says when the counterpart's country is one the gazetteer lacks. Names and countries are made up.
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../../src/pipeline/build-dataset";
import { unknownCountryIn } from "../../../src/pipeline/unknown-country";

const refusal = (raw: string) =>
  buildDataset([{ id: "u", raw: `${raw}\n\nPublished: 2025-06-11` }]).errors.join(" ");

describe("a counterpart of a country the atlas does not know", () => {
  it("is named in the 'no meeting found' error, title after or before the name", () => {
    expect(
      refusal("President Xi Jinping met with President Ama Mensor of Veloria in Beijing on Tuesday."),
    ).toMatch(
      /no meeting found.*the counterpart's country 'Veloria' is not one the atlas knows \(src\/pipeline\/gazetteer\/world\.overlay\.json\)/,
    );
    expect(
      refusal(
        "Premier Li Qiang held talks with visiting Veloran President Ama Mensor in Beijing on Tuesday.",
      ),
    ).toMatch(/the counterpart's country 'Veloran' is not one the atlas knows/);
  });

  it("is not claimed for a known country, or for a sentence that tells of no meeting", () => {
    expect(
      unknownCountryIn(["President Xi Jinping met with President Ama Mensor of Kenya in Beijing."]),
    ).toBeUndefined();
    expect(unknownCountryIn(["Veloran President Ama Mensor said the harvest was good."])).toBeUndefined();
    expect(refusal("Xi Jinping spoke about the harvest.")).not.toMatch(/atlas knows/);
  });
});
