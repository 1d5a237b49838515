/**
 * "That sentiment was echoed by B", "The view was shared by the Prime Minister": the words just
 * reported, now the position of the person after "by" (the publisher's passive names who took them up).
 */
import { ECHOED_BY } from "../language/en/position-patterns";
import type { Rule } from "./rule-input";
import { resolveReference } from "./state";

export const echoedBy: Rule = {
  name: "echoed-by",
  reads: '"That sentiment was echoed by B", "The view was shared by President B": the person after "by"',
  decide({ text, people, rel, state }) {
    const lead = ECHOED_BY.exec(text);
    if (!lead) return undefined;
    // A title may stand before the name ("by Prime Minister B"): the first person within a few words.
    const ref = people.find(
      (r) => r.kind !== "pronoun" && rel(r).start >= lead[0].length && rel(r).start <= lead[0].length + 40,
    );
    const speaker = ref && resolveReference(state, ref);
    return speaker ? { speaker } : undefined;
  },
};
