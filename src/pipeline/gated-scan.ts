/**
 * A whole-text scan with a very large alternation (every role noun, every party adjective) is the
 * slowest kind of regex: V8 runs patterns that big in its interpreter, trying every alternative
 * after every "the". A gated scan finds the pattern's cheap literal lead first ("the ", "his "),
 * checks that the letters after it can begin one of the alternatives (a set of short prefixes),
 * and only then runs the full pattern, sticky, at that spot. The matches are the ones
 * `text.matchAll(pattern)` finds: left to right, none overlapping.
 */

const PREFIX = 3;

/** The first letters an alternative can start with: a necessary condition, checked in O(1). */
export class PrefixGate {
  private readonly prefixes = new Set<string>();

  constructor(
    alternatives: Iterable<string>,
    private readonly ignoreCase: boolean,
  ) {
    for (const alternative of alternatives) {
      const head = alternative.slice(0, PREFIX);
      this.prefixes.add(ignoreCase ? head.toLowerCase() : head);
    }
  }

  /** False only when no alternative can start at `at` (non-ASCII letters are always let through). */
  admits(text: string, at: number): boolean {
    const head = text.slice(at, at + PREFIX);
    // Case folding outside printable ASCII is the regex's business: let it decide.
    if (this.ignoreCase && /[^ -~]/.test(head)) return true;
    const key = this.ignoreCase ? head.toLowerCase() : head;
    for (let length = 1; length <= key.length; length++)
      if (this.prefixes.has(key.slice(0, length))) return true;
    return false;
  }
}

export interface GatedPattern {
  /** Global: where the full pattern may start; its match must end where the alternatives begin (up to `gap`). */
  lead: RegExp;
  /** Sticky: the full pattern, tried only at a lead the gate admits. */
  full: RegExp;
  gate: PrefixGate;
  /** Whitespace allowed between the lead and the alternatives (the pattern's `\s+`). */
  gap?: RegExp;
}

/** Every match of `pattern.full` in `text`, as `text.matchAll` would find them. */
export function gatedMatches(text: string, pattern: GatedPattern): RegExpExecArray[] {
  const { lead, full, gate, gap } = pattern;
  const found: RegExpExecArray[] = [];
  lead.lastIndex = 0;
  for (let hit = lead.exec(text); hit; hit = lead.exec(text)) {
    let at = hit.index + hit[0].length;
    if (gap) {
      gap.lastIndex = at;
      at += gap.exec(text)?.[0].length ?? 0;
    }
    if (!gate.admits(text, at)) continue;
    full.lastIndex = hit.index;
    const match = full.exec(text);
    if (!match) continue;
    found.push(match);
    lead.lastIndex = match.index + match[0].length;
  }
  return found;
}
