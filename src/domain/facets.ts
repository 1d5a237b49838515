/**
 * The choices each filter offers, with labels and grouping, derived once per dataset. The order is
 * fixed here (most meetings first, taxonomy order for topics) so choices do not jump around as the
 * counts change under the user's pointer.
 */
import type { MeetingFacets } from "./filters";
import { GENERAL_REMARKS_TOPIC } from "./general-remarks";
import { FORMAT_LABELS, PERSPECTIVE_LABELS, UNTAGGED_TOPIC_LABEL } from "./labels";
import { MEETING_FORMATS, PERSPECTIVES, type Dataset, type MeetingFormat, type Perspective } from "./schema";

export interface FacetChoice {
  id: string;
  label: string;
}

export interface CounterpartChoice extends FacetChoice {
  /** The people who led this counterpart's side, most meetings first. */
  principals: FacetChoice[];
}

export interface TopicGroup {
  group: string;
  topics: FacetChoice[];
}

export interface FacetCatalogue {
  counterparts: CounterpartChoice[];
  /** Chinese principals. */
  principals: FacetChoice[];
  topicGroups: TopicGroup[];
  /** Every year from the first meeting to the last, so a range can be picked even across empty years. */
  years: number[];
  formats: { id: MeetingFormat; label: string }[];
  perspectives: { id: Perspective; label: string }[];
}

/** Ids ordered by how often they occur (most first), ties by label, so the usual choices come first. */
function byFrequency(counts: Map<string, number>, label: (id: string) => string): FacetChoice[] {
  return [...counts.entries()]
    .map(([id, n]) => ({ id, label: label(id), n }))
    .sort((a, b) => b.n - a.n || a.label.localeCompare(b.label))
    .map(({ id, label: text }) => ({ id, label: text }));
}

function increment(map: Map<string, number>, key: string | undefined) {
  if (key !== undefined) map.set(key, (map.get(key) ?? 0) + 1);
}

export function buildFacetCatalogue(
  dataset: Pick<Dataset, "actors" | "topics">,
  rows: readonly MeetingFacets[],
): FacetCatalogue {
  const actorName = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const label = (id: string) => actorName.get(id) ?? id;

  const counterpartCounts = new Map<string, number>();
  const principalsByCounterpart = new Map<string, Map<string, number>>();
  const chineseCounts = new Map<string, number>();
  const usedTopics = new Set<string>();
  const formats = new Set<MeetingFormat>();
  const perspectives = new Set<Perspective>();
  let first = Infinity;
  let last = -Infinity;
  for (const row of rows) {
    increment(counterpartCounts, row.counterpart);
    let principals = principalsByCounterpart.get(row.counterpart);
    if (!principals) principalsByCounterpart.set(row.counterpart, (principals = new Map()));
    increment(principals, row.counterpartPrincipal);
    increment(chineseCounts, row.chinesePrincipal);
    for (const topic of row.topics) usedTopics.add(topic);
    formats.add(row.format);
    for (const p of row.perspectives) perspectives.add(p);
    first = Math.min(first, row.year);
    last = Math.max(last, row.year);
  }

  const topicGroups: TopicGroup[] = [];
  for (const topic of dataset.topics) {
    if (!usedTopics.has(topic.id)) continue;
    let group = topicGroups.find((g) => g.group === topic.group);
    if (!group) topicGroups.push((group = { group: topic.group, topics: [] }));
    group.topics.push({ id: topic.id, label: topic.label });
  }
  // Last, in a group of its own: the statements no topic tags, named as the panel names them.
  if (usedTopics.has(GENERAL_REMARKS_TOPIC))
    topicGroups.push({
      group: "Other",
      topics: [{ id: GENERAL_REMARKS_TOPIC, label: UNTAGGED_TOPIC_LABEL }],
    });

  return {
    counterparts: byFrequency(counterpartCounts, label).map((choice) => ({
      ...choice,
      principals: byFrequency(principalsByCounterpart.get(choice.id) ?? new Map(), label),
    })),
    principals: byFrequency(chineseCounts, label),
    topicGroups,
    years: rows.length ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : [],
    formats: MEETING_FORMATS.filter((f) => formats.has(f)).map((id) => ({ id, label: FORMAT_LABELS[id] })),
    perspectives: PERSPECTIVES.filter((p) => perspectives.has(p)).map((id) => ({
      id,
      label: PERSPECTIVE_LABELS[id],
    })),
  };
}
