/** Wire and press phrasings of a meeting (lexicon.json meetingPhrases), and the other occasions they must not make meetings of. */
import { describe, expect, it } from "vitest";
import { phraseSource } from "../../../src/pipeline/language/en/meeting-phrases";
import { meetingsOf } from "./helpers";

const MENSOR = "2024-03-05-xi-jinping-ardan-mensor";

describe("a meeting told by a wire phrasing", () => {
  it.each([
    [
      "Ghanaian President Ardan Mensor and Chinese President Xi Jinping had a second telephonic conversation on Tuesday. The two sides exchanged views on trade.",
      MENSOR,
      "phone",
    ],
    [
      "According to the briefing by the presidency, Chinese President Xi Jinping and Ghanaian President Ardan Mensor had a telephonic call on Tuesday.",
      MENSOR,
      "phone",
    ],
    [
      "Chinese Foreign Minister Wang Yi told Ghanaian Foreign Minister Tomas Brel in a call on Tuesday that China values the ties.",
      "2024-03-05-wang-yi-tomas-brel",
      "phone",
    ],
    [
      "Talks were held between Chinese President Xi Jinping and Ghanaian President Ardan Mensor in Accra on Tuesday. Xi said China values the ties.",
      MENSOR,
      "in-person",
    ],
    [
      "Chinese President Xi Jinping sat down with Ghanaian President Ardan Mensor in Beijing on Tuesday. Xi said China values the ties.",
      MENSOR,
      "in-person",
    ],
    [
      "Ghanaian President Ardan Mensor and Chinese President Xi Jinping held a bilateral on the sidelines of the summit in Lima on Tuesday.",
      MENSOR,
      "in-person",
    ],
    [
      "Chinese President Xi Jinping and Ghanaian President Ardan Mensor engaged in talks in Beijing on Tuesday. Xi said China values the ties.",
      MENSOR,
      "in-person",
    ],
    [
      "Chinese President Xi Jinping and Ghanaian President Ardan Mensor conferred for an hour in Beijing on Tuesday.",
      MENSOR,
      "in-person",
    ],
    [
      "Chinese President Xi Jinping said the ties are strong during a courtesy call by Ghanaian President Ardan Mensor at the Great Hall of the People on Tuesday.",
      MENSOR,
      "in-person",
    ],
    [
      "At the outset of their talks on Tuesday, Chinese President Xi Jinping told Ghanaian President Ardan Mensor that the ties are strong.",
      MENSOR,
      "in-person",
    ],
  ])("%s", (text, id, format) => {
    const [meeting] = meetingsOf(text, "2024-03-06");
    expect(meeting?.id).toBe(id);
    expect(meeting?.format).toBe(format);
  });
});

describe("another occasion in the same words", () => {
  it.each([
    "Chinese President Xi Jinping addressed the forum on Tuesday. He had sat down with Ghanaian President Ardan Mensor in 2019, Xi recalled.",
    "Chinese President Xi Jinping will sit down with Ghanaian President Ardan Mensor next week, the foreign ministry said.",
    "Chinese President Xi Jinping conferred the Friendship Medal on Ghanaian President Ardan Mensor on Tuesday.",
    "Chinese President Xi Jinping is expected to host Ghanaian President Ardan Mensor for talks next month, officials said.",
    "Chinese Foreign Minister Wang Yi told reporters in a call on Tuesday that Ghanaian President Ardan Mensor would visit China.",
    "Chinese President Xi Jinping spoke for an hour at the forum on Tuesday, a day after Ghanaian President Ardan Mensor left Beijing.",
    "At the start of the meeting next week, Chinese President Xi Jinping will tell Ghanaian President Ardan Mensor that the ties are strong.",
    "Chinese President Xi Jinping addressed a virtual summit of the bloc's leaders hosted by Ghanaian President Ardan Mensor on Tuesday.",
  ])("%s", (text) => {
    expect(() => meetingsOf(text, "2024-03-06")).toThrow(/no meeting found/);
  });
});

describe("the phrase notation", () => {
  it("reads words, '…', '<day>', optional [a|b] and required (a|b)", () => {
    const re = new RegExp(`^(?:${phraseSource("(in|during) a [phone|video] call [on] <day>")})$`, "i");
    expect(re.test("in a call on Tuesday")).toBe(true);
    expect(re.test("during a phone call Friday")).toBe(true);
    expect(re.test("in a call with reporters")).toBe(false);
    const some = new RegExp(`^(?:${phraseSource("hosted … for talks")})$`, "i");
    expect(some.test("hosted the Ghanaian president for talks")).toBe(true);
    expect(some.test("hosted for talks")).toBe(false);
    expect(() => phraseSource("… met")).toThrow(/must start with a word/);
  });
});
