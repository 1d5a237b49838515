/**
 * Whether a name reads as Mandarin pinyin ("Wang Wentao", "He Lifeng"): every word a run of pinyin
 * syllables. A title with no country before a pinyin name ("Vice Premier He Lifeng") introduces a
 * Chinese official; any other name is the foreign side's.
 */
const INITIAL = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?";
const FINAL =
  "(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ao|an|ei|en|ia|ie|in|iu|ou|ua|ui|un|uo|ue|a|e|i|u)";
// A bare "o" follows only b, p, m, f (and w, y, l) or stands alone: "Bo", "Mo", but not the
// "ko", "ro", "no", "to" of Japanese, Spanish or Italian names ("Taro Kono" is no pinyin).
const O_SYLLABLE = "(?:[bpmfwyl])?o";
// A family name or a given name is one or two syllables ("er" stands only alone).
const SYLLABLES = new RegExp(`^(?:er|${O_SYLLABLE}|${INITIAL}${FINAL}){1,2}$`);

export function looksPinyin(name: string): boolean {
  const words = name.split(/[\s-]+/).filter(Boolean);
  return words.length >= 2 && words.every((w) => w.length <= 8 && SYLLABLES.test(w.toLowerCase()));
}

/**
 * "Vice Premier He Lifeng": a Chinese family name that is also an English word ("He", "She")
 * opens a name when it and the word after it read as pinyin; "He Said", "She Will" do not.
 */
export function opensPinyinName(first: string, next: string | undefined): boolean {
  return !!next && /^\p{Lu}\p{Ll}+$/u.test(next) && looksPinyin(`${first} ${next}`);
}
