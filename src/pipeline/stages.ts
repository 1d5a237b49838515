/**
 * The pipeline's stages, in order: the one place the order is written. Each stage reads what
 * earlier stages put in the per-readout context (src/pipeline/context.ts) and adds its own part.
 * README's "Pipeline stages" section is generated from this list (a unit test keeps it in step).
 */
import { attendanceStage } from "./stages/attendance-stage";
import { checkInput } from "./stages/check-input";
import { cleanStage } from "./stages/clean-stage";
import { factsStage } from "./stages/facts-stage";
import { meetingsStage } from "./stages/meetings-stage";
import { publisherStage } from "./stages/publisher-stage";
import { referencesStage } from "./stages/references-stage";
import { segmentStage } from "./stages/segment-stage";
import type { Stage } from "./stages/stage";
import { statementsStage } from "./stages/statements-stage";
import { topicsStage } from "./stages/topics-stage";
import { PARAPHRASE_TAG } from "./attribution/paraphrase-tags";
import { QUOTATION_TAG } from "./attribution/quotation-tags";
import { REPORTED_JOINT } from "./attribution/reported-joint";
import { RULES } from "./attribution/rules";

export const STAGES: readonly Stage[] = [
  checkInput,
  cleanStage,
  segmentStage,
  // Before references: on a government's own page its bare "the President" is its own leader.
  publisherStage,
  referencesStage,
  meetingsStage,
  attendanceStage,
  statementsStage,
  topicsStage,
  factsStage,
];

/** The stage list as a numbered Markdown list, for README's "Pipeline stages" section. */
export function describeStages(stages: readonly Stage[] = STAGES): string {
  return stages.map((stage, i) => `${i + 1}. **${stage.name}**: ${stage.job}.`).join("\n");
}

/** The speaker rules as a numbered Markdown list, then the pass after them, for the README's "Speaker rules" section. */
export function describeSpeakerRules(): string {
  const rules = RULES.map((rule, i) => `${i + 1}. **${rule.name}**: ${rule.reads}.`).join("\n");
  const passes = [QUOTATION_TAG, PARAPHRASE_TAG, REPORTED_JOINT]
    .map((pass) => `**${pass.name}**: ${pass.reads}.`)
    .join(" ");
  return `${rules}\n\nThen, over each meeting's attributed sentences: ${passes}`;
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` in a document. */
export function replaceGenerated(document: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from < 0 || to < from) throw new Error(`the document has no ${start} … ${end} block`);
  return `${document.slice(0, from + start.length)}\n\n${body}\n\n${document.slice(to)}`;
}
