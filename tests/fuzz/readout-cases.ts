/**
 * Hostile readouts for the pipeline fuzzer (fast-check arbitraries): fixtures cut and mutated,
 * readouts generated from phrase pieces, random bytes and text, and the shapes real pages take
 * when they go wrong (HTML, boilerplate only, CJK and right-to-left text, emoji, unbalanced
 * quotes). Every text is made up or a mutation of our own fixtures.
 */
import fc from "fast-check";

export interface FuzzCase {
  /** What kind of input this is, for the fuzz summary. */
  kind: string;
  raw: string;
  publishedOn?: string;
}

/** Pieces real pages are full of and pipelines trip over. */
export const NASTY_PIECES = [
  "<script>window.__pwned=1</script>",
  '<img src=x onerror="alert(1)">',
  "<p>President Xi said</p><br/>",
  "&lt;b&gt;&amp;&quot;&#39;&#x27;",
  "javascript:alert(1)",
  "习近平同普京举行会谈。",
  "中华人民共和国主席习近平在北京人民大会堂同俄罗斯总统普京举行会谈。",
  "التقى الرئيس شي جين بينغ مع الرئيس",
  "שי ג'ינפינג נפגש עם",
  "\u202eevil\u202c",
  "\u200f\u200e\u200b\u2060",
  "🇨🇳🤝🇷🇺👨‍👩‍👧‍👦",
  "e\u0301\u0301\u0301",
  '"',
  "“",
  "”",
  "‘",
  "'",
  '"""',
  "«",
  "»",
  "「",
  "\ufeff",
  "\r\n",
  "\r",
  "\n\n\n",
  "\u2028",
  "\u00a0",
  "\t",
  "\ud800",
  "\udfff",
  "...",
  "…",
  "Mr. Dr. H.E. U.S. U.N.",
  "On February 30, 2023",
  "on 2024-13-45",
  "On May 16, 99999",
  "Updated 14:35, 31-Dec-2022",
  "Home > News > China",
  "Share: Facebook Twitter WeChat",
  "BEIJING, May 16 (Xinhua) -- ",
  "Xi Jinping:",
  "Vladimir Putin:",
  "(",
  ")",
  "[",
  "]",
  "-- — – -",
  "1.",
  "***",
  "said said said that that",
] as const;

const CHINESE = [
  "Xi Jinping",
  "Li Qiang",
  "Wang Yi",
  "President Xi",
  "Premier Li Keqiang",
  "Chinese President",
];
const FOREIGN = [
  "Vladimir Putin",
  "President Vladimir Putin of Russia",
  "UN Secretary-General Antonio Guterres",
  "German Chancellor Otto Brandtner",
  "Brazilian President Ana Moreira",
  "Kenyan President Samuel Otieno",
  "Prime Minister Kishida Fumio of Japan",
  "the Russian side",
  "President Biden",
];
const VERBS = [
  "met with",
  "held talks with",
  "had a phone call with",
  "held a video call with",
  "spoke by telephone with",
  "will meet",
  "sent a congratulatory message to",
];
const WHEN = [
  "",
  "on May 16, 2024",
  "on Friday",
  "on Tuesday afternoon",
  "on the evening of March 3",
  "on 16 May 2024",
  "on February 29, 2023",
  "on the same day",
  "in 2019",
];
const WHERE = [
  "",
  "in Beijing",
  "at the Great Hall of the People",
  "in the Kremlin",
  "in New York",
  "via video link",
];
const SPEECH = [
  "said",
  "noted",
  "stressed that",
  "pointed out that",
  "agreed that",
  "added",
  "told reporters",
];
const CONTENT = [
  "China stands ready to work with all parties",
  "the two sides should deepen cooperation on trade, energy and climate change",
  "the situation on the Korean Peninsula and in Ukraine remains complex",
  "Taiwan is an inalienable part of China's territory",
  "Russia values its comprehensive strategic partnership",
  "both countries oppose bloc confrontation",
];

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);

/** A string to splice into text: random code units, random graphemes, or a known troublemaker. */
export const insertion: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary-ascii", maxLength: 80 }) },
  { weight: 4, arbitrary: pick(NASTY_PIECES) },
  { weight: 1, arbitrary: fc.array(pick(NASTY_PIECES), { maxLength: 8 }).map((xs) => xs.join(" ")) },
);

const sentence: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(pick(CHINESE), pick(VERBS), pick(FOREIGN), pick(WHEN), pick(WHERE))
    .map(([a, verb, b, when, where]) => [a, verb, b, when, where].filter(Boolean).join(" ") + "."),
  fc
    .tuple(
      pick([...CHINESE, ...FOREIGN, "He", "She", "Both sides", "The two leaders"]),
      pick(SPEECH),
      pick(CONTENT),
    )
    .map(([who, verb, what]) => `${who} ${verb} ${what}.`),
  fc
    .tuple(pick(CONTENT), pick([...CHINESE, ...FOREIGN, "he"]), fc.boolean())
    .map(([what, who, closed]) => `"${what}," ${who} said${closed ? "." : ', "and'}`),
  insertion,
);

/** A readout assembled from phrase pieces: headline, furniture, dateline, paragraphs of sentences. */
export const generatedReadout: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(pick(["Xi Jinping Holds Talks with Putin", "Readout of the Call", "会谈", ""]), {
      nil: undefined,
    }),
    fc.array(
      pick([
        "Home > News",
        "Share:",
        "Print",
        "Updated 14:35, 31-Dec-2022",
        "2024-05-17 02:14",
        "Editor: Li Ming",
      ]),
      {
        maxLength: 4,
      },
    ),
    fc.array(fc.array(sentence, { minLength: 1, maxLength: 6 }), { minLength: 0, maxLength: 8 }),
    pick(["\n\n", "\n", "\r\n\r\n", " ", "\n\n\n\n"]),
  )
  .map(([title, furniture, paragraphs, gap]) =>
    [title, ...furniture, ...paragraphs.map((p) => p.join(" "))].filter((x) => x !== undefined).join(gap),
  );

type Mutation =
  | { op: "cut-end"; at: number }
  | { op: "cut-start"; at: number }
  | { op: "slice"; at: number; length: number }
  | { op: "insert"; at: number; text: string }
  | { op: "delete"; at: number; length: number }
  | { op: "duplicate"; at: number; length: number }
  | { op: "replace-char"; at: number; text: string }
  | { op: "shuffle-lines"; seed: number }
  | { op: "case"; upper: boolean }
  | { op: "wrap-html" }
  | { op: "newlines"; to: string };

const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fraction.map((at) => ({ op: "cut-end", at }) as const),
  fraction.map((at) => ({ op: "cut-start", at }) as const),
  fc.record({ op: fc.constant("slice" as const), at: fraction, length: fraction }),
  { weight: 4, arbitrary: fc.record({ op: fc.constant("insert" as const), at: fraction, text: insertion }) },
  fc.record({
    op: fc.constant("delete" as const),
    at: fraction,
    length: fc.double({ min: 0, max: 0.3, noNaN: true }),
  }),
  fc.record({
    op: fc.constant("duplicate" as const),
    at: fraction,
    length: fc.double({ min: 0, max: 0.5, noNaN: true }),
  }),
  fc.record({ op: fc.constant("replace-char" as const), at: fraction, text: insertion }),
  fc.integer().map((seed) => ({ op: "shuffle-lines", seed }) as const),
  fc.boolean().map((upper) => ({ op: "case", upper }) as const),
  fc.constant({ op: "wrap-html" } as const),
  pick(["\r\n", "\r", " ", "\n\n\n", "\u2028", ""]).map((to) => ({ op: "newlines", to }) as const),
);

/** Applies one mutation; positions are fractions of the current length so they fit any text. */
export function mutate(text: string, m: Mutation): string {
  const pos = (f: number) => Math.floor(f * text.length);
  switch (m.op) {
    case "cut-end":
      return text.slice(0, pos(m.at));
    case "cut-start":
      return text.slice(pos(m.at));
    case "slice":
      return text.slice(pos(m.at), pos(m.at) + pos(m.length));
    case "insert":
      return text.slice(0, pos(m.at)) + m.text + text.slice(pos(m.at));
    case "delete":
      return text.slice(0, pos(m.at)) + text.slice(pos(m.at) + pos(m.length));
    case "duplicate": {
      const piece = text.slice(pos(m.at), pos(m.at) + pos(m.length));
      return text.slice(0, pos(m.at)) + piece + piece + text.slice(pos(m.at));
    }
    case "replace-char":
      return text.slice(0, pos(m.at)) + m.text + text.slice(pos(m.at) + 1);
    case "shuffle-lines": {
      const lines = text.split("\n");
      let seed = m.seed;
      for (let i = lines.length - 1; i > 0; i--) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        const j = seed % (i + 1);
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      }
      return lines.join("\n");
    }
    case "case":
      return m.upper ? text.toUpperCase() : text.toLowerCase();
    case "wrap-html":
      return `<!DOCTYPE html><html><head><title>Readout</title><style>p{color:red}</style></head><body>${text
        .split(/\n+/)
        .map((p) => `<p class="x">${p}</p>`)
        .join("\n")}<script>var a = "</p>";</script></body></html>`;
    case "newlines":
      return text.replace(/\n/g, m.to);
  }
}

/** A text with 1–5 mutations applied in turn. */
export const mutatedText = (base: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc
    .tuple(base, fc.array(mutation, { minLength: 1, maxLength: 5 }))
    .map(([text, mutations]) => mutations.reduce(mutate, text));

const publishedOn = fc.option(
  fc.constantFrom("2024-05-17", "2013-01-01", "2031-12-31", "1999-02-28", "2020-02-29"),
  { nil: undefined },
);

/** Every kind of hostile input, weighted towards mutated fixtures (where real-looking bugs live). */
export function readoutCase(fixtures: readonly string[]): fc.Arbitrary<FuzzCase> {
  const withKind = (kind: string, raw: fc.Arbitrary<string>) =>
    fc
      .tuple(raw, publishedOn)
      .map(([text, day]): FuzzCase => ({ kind, raw: text, ...(day ? { publishedOn: day } : {}) }));
  return fc.oneof(
    { weight: 6, arbitrary: withKind("mutated fixture", mutatedText(pick(fixtures))) },
    { weight: 3, arbitrary: withKind("generated readout", generatedReadout) },
    { weight: 2, arbitrary: withKind("mutated generated readout", mutatedText(generatedReadout)) },
    { weight: 1, arbitrary: withKind("random bytes", fc.string({ unit: "binary", maxLength: 2000 })) },
    { weight: 1, arbitrary: withKind("random text", fc.string({ unit: "grapheme", maxLength: 2000 })) },
    {
      weight: 1,
      arbitrary: withKind(
        "pieces",
        fc.array(insertion, { maxLength: 60 }).map((xs) => xs.join("")),
      ),
    },
  );
}

/** Fixed inputs every run checks: the shapes a fuzzer would take long to stumble on. */
export function specialCases(fixtures: readonly string[]): FuzzCase[] {
  const fixture = fixtures[0] ?? "";
  const speakers = Array.from(
    { length: 1000 },
    (_, i) => `Minister Person${i} Name${i} of Country${i} said that cooperation matters ${i}.`,
  );
  let huge = "";
  for (let i = 0; huge.length < 5_000_000; i++) huge += `${fixtures[i % fixtures.length]}\n\n`;
  return [
    { kind: "empty", raw: "" },
    { kind: "whitespace only", raw: " \n\t\r\n \u00a0\u3000 " },
    {
      kind: "boilerplate only",
      raw: "Home > News > China\nShare:\nPrint\nClose\nUpdated 14:35, 31-Dec-2022\nEditor: Li Ming\n© 2024 All rights reserved",
    },
    { kind: "one NUL byte", raw: `${fixture}\u0000` },
    { kind: "HTML page", raw: mutate(fixture, { op: "wrap-html" }) },
    {
      kind: "CJK only",
      raw: "中华人民共和国主席习近平在北京人民大会堂同俄罗斯总统普京举行会谈。\n\n双方一致同意加强合作。",
    },
    { kind: "right-to-left", raw: `التقى الرئيس شي جين بينغ مع الرئيس فلاديمير بوتين.\n\n${fixture}` },
    { kind: "emoji", raw: fixture.replace(/ /g, " 🤝 ") },
    { kind: "unbalanced quotes", raw: fixture.replace(/\./g, '."') },
    {
      kind: "a thousand speakers",
      raw: `Xi Jinping met with Vladimir Putin on May 16, 2024 in Beijing.\n\n${speakers.join("\n\n")}`,
    },
    // One paragraph of ~1 MB: V8's sentence segmenter once made this take half a minute.
    { kind: "one long line", raw: fixtures.join(" ").replace(/\s+/g, " ").repeat(20) },
    { kind: "no spaces", raw: "Xi".repeat(50_000) },
    { kind: "repeated quotes", raw: '"'.repeat(20_000) },
    { kind: "5 MB of text", raw: huge },
  ];
}
