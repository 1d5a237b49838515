/**
 * Topic taxonomy (data: ./gazetteer/topics.json) and the matcher that tags a statement with topics.
 * Patterns are indexed once by the first four characters they can match; a text is read word by
 * word and, at each word start, only the topics whose patterns can begin there are tried (every
 * topic separately, so overlapping topics such as "energy security" → energy and
 * food-and-energy-security are all found).
 */
import type { Topic } from "../../domain/schema";
import topicsData from "../gazetteer/topics.json";
import { WORD_END, wordStarts } from "../text-utils";
import { KEY, patternPrefixes } from "./pattern-prefixes";
import { parseTopics, type TopicEntry } from "./topic-file";

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
    const hits = new Uint8Array(entries.length);
    let found = 0;
    const tryAt = (list: [number, RegExp[]][], at: number) => {
      for (let k = 0; k < list.length; k++) {
        const [topic, regexes] = list[k]!;
        if (hits[topic]) continue;
        for (let r = 0; r < regexes.length; r++) {
          const re = regexes[r]!;
          re.lastIndex = at;
          if (re.test(text)) {
            hits[topic] = 1;
            found += 1;
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
    for (const at of wordStarts(text)) {
      if (root.bucket) tryAt(root.bucket, at);
      let node: Node | undefined = root;
      for (let d = 0; d < KEY && at + d < text.length; d++) {
        node = node.next.get(lowerCode(at + d));
        if (!node) break;
        if (node.bucket) tryAt(node.bucket, at);
      }
    }
    const ids: string[] = [];
    if (found > 0) for (let i = 0; i < entries.length; i++) if (hits[i]) ids.push(entries[i]!.id);
    return ids;
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
