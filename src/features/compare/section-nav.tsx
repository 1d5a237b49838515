import type { TopicRow } from "../../domain/compare";
import { topicLabel, type DatasetIndex } from "../../domain/dataset-index";
import { UNTAGGED_TOPIC_LABEL } from "../../domain/labels";
import { topicRowId } from "./compare-model";
import { focusHeadingOf } from "./focus-section";

/** Below this many topic rows the comparison fits in a glance and needs no navigation. */
const ROWS_NEEDING_NAVIGATION = 5;

const LINK =
  "rounded-sm text-blue-700 underline decoration-blue-700/30 underline-offset-2 hover:decoration-blue-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:text-blue-300 dark:decoration-blue-300/40";

/** A short table of contents for long comparisons: the summary, then every topic row in order. */
export function SectionNav({ index, rows }: { index: DatasetIndex; rows: readonly TopicRow[] }) {
  if (rows.length < ROWS_NEEDING_NAVIGATION) return null;
  return (
    <nav
      aria-label="Sections of the comparison"
      className="rounded-lg border border-slate-200 bg-white px-4 py-2 text-sm dark:border-slate-700 dark:bg-slate-900 print:hidden"
    >
      <ul className="flex flex-wrap gap-x-3 gap-y-1">
        <li className="font-medium text-slate-700 dark:text-slate-300" aria-hidden="true">
          Jump to:
        </li>
        <li>
          <a
            href="#compare-topics-heading"
            className={LINK}
            onClick={() => focusHeadingOf("compare-topics-heading")}
          >
            Summary
          </a>
        </li>
        {rows.map((row) => (
          <li key={row.topic ?? "untagged"}>
            <a
              href={`#${topicRowId(row.topic)}`}
              className={LINK}
              onClick={() => focusHeadingOf(topicRowId(row.topic))}
            >
              {row.topic === null ? UNTAGGED_TOPIC_LABEL : topicLabel(index, row.topic)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
