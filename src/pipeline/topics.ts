/**
 * Topic taxonomy (data: ./gazetteer/topics.json) and the matcher that tags a statement with topics.
 * Patterns are indexed once by the first four characters they can match; a text is read word by
 * word and, at each word start, only the topics whose patterns can begin there are tried (every
 * topic separately, so overlapping topics such as "energy security" → energy and
 * food-and-energy-security are all found).
 */
import { z } from "zod";
import type { Topic } from "../domain/schema";
import topicsData from "./gazetteer/topics.json";
import { isWordChar, WORD_END, WORD_START, wordRuns } from "./text-utils";

const FILE = "src/pipeline/gazetteer/topics.json";

function checkPattern(flags: string) {
  return (source: string, ctx: z.RefinementCtx) => {
    if (/\(\?<[A-Za-z]/.test(source))
      ctx.addIssue({ code: "custom", message: `named groups are not allowed: ${source}` });
    if (/\\[1-9]|\\k</.test(source))
      ctx.addIssue({ code: "custom", message: `backreferences are not allowed: ${source}` });
    try {
      new RegExp(`${WORD_START}(?:${source})${WORD_END}`, flags);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: `not a valid regex (${flags}): ${(error as Error).message}` });
      return;
    }
    try {
      const prefixes = patternPrefixes(source);
      if (prefixes?.has(""))
        ctx.addIssue({ code: "custom", message: `pattern can match the empty string: ${source}` });
      else if (prefixes && [...prefixes].some((p) => !isWordChar(p[0])))
        ctx.addIssue({ code: "custom", message: `pattern must start with a letter or digit: ${source}` });
    } catch (error) {
      ctx.addIssue({
        code: "custom",
        message: `the topic index cannot read this pattern (${(error as Error).message}): ${source}`,
      });
    }
  };
}

const topicEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a lower-case slug"),
  label: z.string().min(1),
  group: z.string().min(1),
  /** Case-insensitive regex sources, word-bounded by the matcher. */
  patterns: z.array(z.string().min(1).superRefine(checkPattern("iu"))),
  /** Case-sensitive regex sources, for acronyms that are also words ("WHO"). */
  casePatterns: z.array(z.string().min(1).superRefine(checkPattern("u"))).optional(),
});
export type TopicEntry = z.infer<typeof topicEntrySchema>;

const topicsFileSchema = z.array(topicEntrySchema).superRefine((topics, ctx) => {
  const seen = new Set<string>();
  topics.forEach((t, i) => {
    if (seen.has(t.id))
      ctx.addIssue({ code: "custom", path: [i, "id"], message: `duplicate topic id "${t.id}"` });
    seen.add(t.id);
    if (t.patterns.length + (t.casePatterns?.length ?? 0) === 0)
      ctx.addIssue({ code: "custom", path: [i, "patterns"], message: "a topic needs at least one pattern" });
  });
});

/** Validates a topics file; throws naming the file and the entry's path. */
export function parseTopics(data: unknown): TopicEntry[] {
  const result = topicsFileSchema.safeParse(data);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const where =
      issue.path.map((k) => (typeof k === "number" ? `[${k}]` : `.${String(k)}`)).join("") || "(root)";
    const index = issue.path[0];
    const entry =
      typeof index === "number" && Array.isArray(data)
        ? (data[index] as { id?: unknown } | undefined)
        : undefined;
    return `  at ${where}${entry?.id ? ` (${String(entry.id)})` : ""}: ${issue.message}`;
  });
  throw new Error(`Invalid topics file ${FILE}:\n${lines.join("\n")}`);
}

// ---------------------------------------------------------------------------------------------
// Prefix index. A pattern can only match where the text's next four characters are among the
// pattern's possible first four; a tiny regex reader works those out, so a text is read word by word
// and at each word only the few topics whose patterns can start there are tried.

const KEY = 4;
type Prefixes = Set<string> | null; // null: could start with anything

function concat(a: Prefixes, b: Prefixes): Prefixes {
  if (a === null) return null;
  const out = new Set<string>();
  for (const x of a) {
    if (x.length >= KEY) out.add(x);
    else if (b === null) return null;
    else for (const y of b) out.add((x + y).slice(0, KEY));
  }
  return out;
}
function union(a: Prefixes, b: Prefixes): Prefixes {
  return a === null || b === null ? null : new Set([...a, ...b]);
}
const EMPTY: Prefixes = new Set([""]);

/** Reads a regex source (the subset topics.json uses) into the set of its possible first KEY characters, lower-cased. */
class PrefixReader {
  private i = 0;
  constructor(private readonly src: string) {}

  read(): Prefixes {
    const result = this.alternation();
    if (this.i < this.src.length) throw new Error(`unexpected "${this.src[this.i]}"`);
    return result;
  }

  private alternation(): Prefixes {
    let result = this.sequence();
    while (this.src[this.i] === "|") {
      this.i++;
      result = union(result, this.sequence());
    }
    return result;
  }

  private sequence(): Prefixes {
    let result: Prefixes = EMPTY;
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
      result = concat(result, this.quantified(this.atom()));
      if (result !== null && [...result].every((p) => p.length >= KEY)) this.skipRest();
    }
    return result;
  }

  /** Once every prefix is KEY long the rest of the sequence cannot change them: skip to its end. */
  private skipRest() {
    let depth = 0;
    while (this.i < this.src.length) {
      const ch = this.src[this.i]!;
      if (ch === "\\") this.i += 2;
      else if (ch === "[") this.charClass();
      else {
        if (ch === "(") depth++;
        else if (ch === ")") {
          if (depth === 0) return;
          depth--;
        } else if (ch === "|" && depth === 0) return;
        this.i++;
      }
    }
  }

  private quantified(atom: Prefixes): Prefixes {
    const ch = this.src[this.i];
    let min = 1;
    let max = Infinity;
    if (ch === "?") [min, max] = [0, 1];
    else if (ch === "*") min = 0;
    else if (ch === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) throw new Error("bad quantifier");
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      this.i += m[0].length - 1;
    } else if (ch !== "+") return atom;
    this.i++;
    if (this.src[this.i] === "?") this.i++; // lazy
    // Up to KEY characters, two repetitions say all there is to say.
    const repeated = max > 1 ? union(atom, concat(atom, atom)) : atom;
    return min === 0 ? union(EMPTY, repeated) : repeated;
  }

  private atom(): Prefixes {
    const ch = this.src[this.i]!;
    if (ch === "(") {
      this.i++;
      const look = /^\?(?:<?[=!])/.exec(this.src.slice(this.i));
      if (look) {
        this.i += look[0].length;
        this.alternation();
        this.expect(")");
        return EMPTY; // lookarounds consume nothing
      }
      if (this.src.startsWith("?:", this.i)) this.i += 2;
      const inner = this.alternation();
      this.expect(")");
      return inner;
    }
    if (ch === "[") return this.charClass();
    if (ch === ".") {
      this.i++;
      return null;
    }
    if (ch === "\\") {
      const next = this.src[this.i + 1] ?? "";
      this.i += 2;
      if (next === "b" || next === "B") return EMPTY;
      if (next === "d") return new Set("0123456789");
      if (next === "s") return new Set(" \t\n\r\u00a0");
      if (next === "p" || next === "P") {
        const close = this.src.indexOf("}", this.i);
        this.i = close + 1;
        return null;
      }
      if (/[wWDSnrtfv]/.test(next)) return null;
      return new Set([next.toLowerCase()]);
    }
    if (ch === "^" || ch === "$") {
      this.i++;
      return EMPTY;
    }
    this.i++;
    return new Set([ch.toLowerCase()]);
  }

  /** A character class: its characters, or null when it is negated or too wide to list. */
  private charClass(): Prefixes {
    const close = /^\[(?:\\.|[^\]\\])*\]/.exec(this.src.slice(this.i));
    if (!close) throw new Error("unclosed character class");
    this.i += close[0].length;
    const body = close[0].slice(1, -1);
    if (body.startsWith("^") || /\\[pPwWsSdD]/.test(body)) return null;
    const chars = new Set<string>();
    const items = [...body.matchAll(/\\(.)|(.)/gu)].map((m) => m[1] ?? m[2] ?? "");
    for (let k = 0; k < items.length; k++) {
      const from = items[k]!;
      if (items[k + 1] === "-" && items[k + 2] !== undefined) {
        const to = items[k + 2]!;
        if (to.charCodeAt(0) - from.charCodeAt(0) > 64) return null;
        for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++)
          chars.add(String.fromCharCode(c).toLowerCase());
        k += 2;
      } else chars.add(from.toLowerCase());
    }
    return chars;
  }

  private expect(ch: string) {
    if (this.src[this.i] !== ch) throw new Error(`expected "${ch}" at ${this.i}`);
    this.i++;
  }
}

/** The possible first KEY (4) characters of a pattern's matches (lower-cased; shorter for shorter matches), or null when anything goes. */
export function patternPrefixes(source: string): Set<string> | null {
  const prefixes = new PrefixReader(source).read();
  return prefixes !== null && prefixes.size <= 400 ? prefixes : null;
}

/** Builds a matcher over topic entries: returns topic ids whose patterns match, in taxonomy order. */
export function compileTopicMatcher(entries: readonly TopicEntry[]): (text: string) => string[] {
  // prefix → topic → that topic's patterns with this prefix; "" collects patterns that may start anywhere.
  const buckets = new Map<string, Map<number, { ci: string[]; cs: string[] }>>();
  const add = (prefix: string, topic: number, source: string, caseSensitive: boolean) => {
    const byTopic = buckets.get(prefix) ?? new Map<number, { ci: string[]; cs: string[] }>();
    const slot = byTopic.get(topic) ?? { ci: [], cs: [] };
    (caseSensitive ? slot.cs : slot.ci).push(source);
    byTopic.set(topic, slot);
    buckets.set(prefix, byTopic);
  };
  entries.forEach((t, topic) => {
    for (const [sources, cs] of [
      [t.patterns, false],
      [t.casePatterns ?? [], true],
    ] as const) {
      for (const source of sources) {
        const prefixes = patternPrefixes(source);
        for (const prefix of prefixes ?? [""]) add(prefix, topic, source, cs);
      }
    }
  });
  const either = (sources: string[]) => sources.map((s) => `(?:${s})`).join("|");
  /** prefix → [topic, sticky regexes] */
  const compiled = new Map<string, [number, RegExp[]][]>();
  for (const [prefix, byTopic] of buckets) {
    compiled.set(
      prefix,
      [...byTopic].map(([topic, { ci, cs }]) => [
        topic,
        [
          ...(ci.length ? [new RegExp(`(?:${either(ci)})${WORD_END}`, "iuy")] : []),
          ...(cs.length ? [new RegExp(`(?:${either(cs)})${WORD_END}`, "uy")] : []),
        ],
      ]),
    );
  }
  // The buckets as a trie over lower-cased character codes: a word start costs a few integer lookups.
  interface Node {
    next: Map<number, Node>;
    bucket?: [number, RegExp[]][];
  }
  const root: Node = { next: new Map() };
  for (const [prefix, bucket] of compiled) {
    let node = root;
    for (let d = 0; d < prefix.length; d++) {
      const c = prefix.charCodeAt(d);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map() }));
      node = child;
    }
    node.bucket = bucket;
  }

  return (text) => {
    const hits = new Array<boolean>(entries.length).fill(false);
    const tryAt = (list: [number, RegExp[]][], at: number) => {
      for (let k = 0; k < list.length; k++) {
        const [topic, regexes] = list[k]!;
        if (hits[topic]) continue;
        for (let r = 0; r < regexes.length; r++) {
          const re = regexes[r]!;
          re.lastIndex = at;
          if (re.test(text)) {
            hits[topic] = true;
            break;
          }
        }
      }
    };
    // Lower-case once (when that keeps offsets: a few letters grow when lower-cased).
    const whole = text.toLowerCase();
    const lowerCode =
      whole.length === text.length
        ? (i: number) => whole.charCodeAt(i)
        : (i: number) => (text[i] ?? "").toLowerCase().charCodeAt(0);
    for (const run of wordRuns(text)) {
      const at = run.start;
      if (root.bucket) tryAt(root.bucket, at);
      let node: Node | undefined = root;
      for (let d = 0; d < KEY && at + d < text.length; d++) {
        node = node.next.get(lowerCode(at + d));
        if (!node) break;
        if (node.bucket) tryAt(node.bucket, at);
      }
    }
    return entries.flatMap((t, i) => (hits[i] ? [t.id] : []));
  };
}

const ENTRIES = parseTopics(topicsData);

/** The taxonomy, in its order: {id, label, group}. */
export const TOPICS: readonly Topic[] = ENTRIES.map(({ id, label, group }) => ({ id, label, group }));

const matcher = compileTopicMatcher(ENTRIES);

/** Topic ids whose patterns match text, in taxonomy order, no duplicates. */
export function matchTopics(text: string): string[] {
  return matcher(text);
}
