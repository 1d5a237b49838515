/**
 * Prefix index. A pattern can only match where the text's next four characters are among the
 * pattern's possible first four; a tiny regex reader works those out, so a text is read word by word
 * and at each word only the few topics whose patterns can start there are tried.
 */

export const KEY = 4;
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
