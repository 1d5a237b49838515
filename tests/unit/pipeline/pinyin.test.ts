import { describe, expect, it } from "vitest";
import { looksPinyin } from "../../../src/pipeline/actors/pinyin";

const MANDARIN = [
  "Wang Wentao",
  "He Lifeng",
  "Zhang Xiaoming",
  "Chen Er",
  "liu jianguo",
  "Ouyang Mei",
  "Xu Zhi-Qiang",
  "Bo Xilai",
  "Mo Yan",
];

/** Names that are not pinyin, each with the reason. */
const NOT_MANDARIN: Record<string, string> = {
  Wang: "a single word",
  "": "an empty name",
  "Bel Vosk": "a foreign name",
  "Wang Stephen": "a word that is not pinyin syllables",
  "Wang Lihuaming": "more than two syllables in a word",
  "Brent Li": "a consonant cluster pinyin lacks",
  "Zhuangzhuang Li": "a word longer than eight letters",
  "Tano Koro": "'o' after a letter that never takes it in pinyin (a Japanese-style made-up name)",
};

describe("looksPinyin", () => {
  it("reads names made of pinyin syllables as Mandarin, in any case and with hyphens", () => {
    expect(MANDARIN.filter((name) => !looksPinyin(name))).toEqual([]);
  });

  it("does not read other names as Mandarin", () => {
    const misread = Object.keys(NOT_MANDARIN).filter((name) => looksPinyin(name));
    expect(misread.map((name) => `${name}: ${NOT_MANDARIN[name]}`)).toEqual([]);
  });
});
