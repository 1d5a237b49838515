/** The topics file's schema (gazetteer/topics.json): each topic's id, label, group and regex patterns. */
import { z } from "zod";
import { isWordChar, WORD_END, WORD_START } from "../text-utils";
import { patternPrefixes } from "./pattern-prefixes";

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
