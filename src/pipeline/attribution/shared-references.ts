/**
 * References several people of the readout share, resolved for one meeting's sentence:
 *  - a family name ("Li" beside "Li Keqiang", who is only mentioned) names the one of them who is
 *    a principal of this meeting; otherwise no one;
 *  - a plain role noun both principals hold ("the head of state", "the President") is the leader
 *    of the side whose account the sentence gives: a communiqué of one side named in the sentence
 *    before it ("A communiqué from Venezuela's foreign ministry says the head of state thanked …"),
 *    else the readout's own side (its perspective). Otherwise the references stage's choice stands.
 */
import { escapeRegExp } from "../text-utils";
import { partyById } from "../gazetteer";
import { SOURCE_DOCUMENT } from "../language/en/speech-patterns";
import type { Reference } from "../references";
import type { AttributionInput } from "./tracker";

const partyForms = new Map<string, RegExp>();
/** A party's name, aliases and adjectives as one word-bounded pattern. */
function formsOf(party: string): RegExp | undefined {
  if (!partyForms.has(party)) {
    const record = partyById(party);
    const forms = record ? [record.name, ...record.aliases, ...record.adjectives] : [];
    const source = forms.filter((f) => /^\p{L}/u.test(f)).map(escapeRegExp);
    partyForms.set(party, new RegExp(String.raw`\b(?:${source.join("|") || "(?!)"})\b`));
  }
  return partyForms.get(party);
}

/** The side whose document the text before a reference cites, when it names exactly one side. */
function sourceSide(before: string, principalByParty: ReadonlyMap<string, string>): string | undefined {
  const cue = SOURCE_DOCUMENT.exec(before);
  if (!cue) return undefined;
  const after = before.slice(cue.index);
  const sides = [...principalByParty.keys()].filter((party) => formsOf(party)?.test(after));
  return sides.length === 1 ? sides[0] : undefined;
}

function resolveShared(ref: Reference, input: AttributionInput): Reference {
  const candidates = ref.candidates!;
  if (ref.kind === "name") {
    if (ref.actorId) return ref;
    const principals = candidates.filter((id) => input.principals.has(id));
    return principals.length === 1 ? { ...ref, actorId: principals[0] } : ref;
  }
  if (ref.kind !== "role" || !input.principalByParty) return ref;
  const before = input.sentence.text.slice(0, ref.start - input.sentence.span[0]);
  const side = sourceSide(before, input.principalByParty) ?? input.homeParty;
  const own = side ? input.principalByParty.get(side) : undefined;
  return own && own !== ref.actorId && candidates.includes(own) ? { ...ref, actorId: own } : ref;
}

/** Only title words and honorifics between a title and the name after it ("Minister for Foreign Affairs Dr V B"). */
const TITLE_TO_NAME = /^(?:\s+(?:\p{Lu}[\p{L}'’-]*\.?|of|for|the)){0,8},?\s+$/u;

/**
 * A role noun right before a name is that person's title ("Minister for Foreign Affairs Dr Vivian
 * B spoke with …"), whoever else of the readout holds the same title.
 */
function titlesOfNames(input: AttributionInput, refs: readonly Reference[]): Reference[] {
  const text = input.sentence.text;
  const at = (offset: number) => offset - input.sentence.span[0];
  return refs.map((ref, i) => {
    const next = refs[i + 1];
    if (ref.kind !== "role" || next?.kind !== "name" || !next.actorId || next.actorId === ref.actorId)
      return ref;
    return TITLE_TO_NAME.test(text.slice(at(ref.end), at(next.start)))
      ? { ...ref, actorId: next.actorId }
      : ref;
  });
}

/** The sentence's references with shared names and role nouns resolved for this meeting. */
export function withSharedReferencesResolved(input: AttributionInput): AttributionInput {
  const shared = input.refs.some((r) => r.candidates)
    ? input.refs.map((ref) => (ref.candidates ? resolveShared(ref, input) : ref))
    : input.refs;
  const refs = titlesOfNames(input, shared);
  return refs.every((ref, i) => ref === input.refs[i]) ? input : { ...input, refs };
}
