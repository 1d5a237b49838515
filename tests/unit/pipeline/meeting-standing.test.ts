import { describe, expect, it } from "vitest";
import { MEETING_CUE } from "../../../src/pipeline/meetings";
import { cueStanding, isOtherOccasion, tellsOfMeeting } from "../../../src/pipeline/meeting-standing";

// Made-up sentences: the standing of the first meeting verb in each.
function standing(text: string) {
  const cue = MEETING_CUE.exec(text);
  if (!cue) throw new Error(`no meeting verb in: ${text}`);
  return cueStanding(text, cue.index, cue[0].length);
}

describe("cueStanding: how a meeting verb stands to the readout's meeting", () => {
  it.each([
    "Xi Jinping held talks with President Lira in Beijing on Monday.",
    "Chilean President Araya said during the negotiations with his Chinese counterpart Xi Jinping that ties were strong.",
    "Premier Li Qiang said after his talks with Prime Minister Tawhiri that trade would grow.",
    "Xi came to the capital for talks with President Lira.",
    "Following talks with President Lira, Xi said the two countries were good friends.",
    "President Lira on Thursday met President Xi Jinping in a bilateral meeting hoping to deepen ties that began three years ago.",
    "Xi met President Lira on Monday, the third time the two have met this year.",
  ])("the readout's meeting: %s", (text) => expect(standing(text)).toBe("main"));

  it.each([
    "According to state media, the call comes two days after Xi's video meeting with Prime Minister Quintanilla.",
    "The call also follows Xi's talks with the Portuguese president last month.",
    "It was their first contact since Xi's meeting with President Lira in Lima.",
    "The visit came a week after Xi held talks with President Lira.",
    "A day earlier, Larrañaga held talks with Chinese Premier Li Qiang by video link.",
    "Last month, Xi met with President Lira in Lima.",
    "Xi met President Lira in Lima three years ago.",
    "The two sides recalled Xi's previous meeting with President Lira.",
    "Xi and Lira last met in Lima.",
    "The summit comes ahead of Xi's talks with President Lira.",
    // Meetings told by how often they happened: many occasions, none of them this one.
    "Xi and President Lira met and communicated several times, and reached consensus on trade.",
    "Xi has met President Lira many times since 2013.",
    "The two leaders met on several occasions at summits.",
  ])("another occasion, told as background: %s", (text) => expect(standing(text)).toBe("background"));

  it.each([
    "Tawhiri, who met President Xi Jinping on Sunday, said ties were steady.",
    "According to a statement issued on Monday after a meeting between Okafor and Wang Yi, China looks forward to the visit.",
    "Citing a readout of Xi's talks with President Lira, the agency said ties were steady.",
  ])("a relative clause or an attribution opening the sentence is an aside: %s", (text) =>
    expect(standing(text)).toBe("aside"),
  );

  it("an attribution that ends before the meeting verb leaves it the readout's", () => {
    expect(standing("According to state media, Xi met President Lira in Lima on Monday.")).toBe("main");
  });
});

describe("isOtherOccasion: a format word about another occasion", () => {
  it("the pluperfect and background tell of another occasion; the meeting's own words do not", () => {
    const other = "The president recalled that the two leaders had spoken by phone twice this spring.";
    expect(isOtherOccasion(other, other.indexOf("by phone"), 8)).toBe(true);
    const own = "Xi Jinping spoke by phone with President Lira on Friday.";
    expect(isOtherOccasion(own, own.indexOf("by phone"), 8)).toBe(false);
  });

  it("a count of occasions after the format word tells of earlier ones", () => {
    for (const other of [
      "He and I have spoken to each other on the phone a couple of times since then.",
      "The two leaders have held video calls twice this year.",
      "They have talked by telephone on several occasions.",
    ]) {
      const word = /telephone|phone|video calls/.exec(other)!;
      expect(isOtherOccasion(other, word.index, word[0].length)).toBe(true);
    }
    const own = "Xi Jinping spoke by phone with President Lira for two hours on Friday.";
    expect(isOtherOccasion(own, own.indexOf("by phone"), 8)).toBe(false);
  });

  it('"had a telephone conversation" is the simple past of "have": the readout\'s own call', () => {
    for (const own of [
      "President Mensor had a telephone conversation with Xi Jinping.",
      "The two leaders had phone talks on Monday.",
      "Li Qiang had a brief video call with Prime Minister Lira.",
    ]) {
      const at = own.search(/telephone|phone|video/);
      expect(isOtherOccasion(own, at, 10)).toBe(false);
    }
    const earlier = "The two had already held a phone call in March.";
    expect(isOtherOccasion(earlier, earlier.indexOf("phone call"), 10)).toBe(true);
  });
});

describe("tellsOfMeeting: another event the principal came from or goes to", () => {
  it.each([
    "Premier Li flew in after attending the Regional Summit and related forums in Tarsis over the weekend.",
    "He came straight from the airport after wrapping up a visit to Veloria for the summit there.",
    "Xi will fly home on Friday before leaving for the G20 summit in Tarsis.",
  ])("not this meeting: %s", (text) => expect(tellsOfMeeting(text)).toBe(false));

  it.each([
    "He arrived in Suzhou for the Fourth Summit of the two regions.",
    "After the talks, the two leaders attended a banquet in Suzhou.",
    "Before leaving Tarsis, Li met with President Lira at the summit venue.",
  ])("still this meeting: %s", (text) => expect(tellsOfMeeting(text)).toBe(true));
});
