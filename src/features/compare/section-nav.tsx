import { useState } from "react";
import type { TopicRow } from "../../domain/compare";
import { topicLabel, type DatasetIndex } from "../../domain/dataset-index";
import { UNTAGGED_TOPIC_LABEL } from "../../domain/labels";
import { topicRowId } from "./compare-model";
import { jumpOnClick } from "./focus-section";
import { useMediaQuery } from "../../hooks/use-media-query";

/** Below this many topic rows the comparison fits in a glance and needs no navigation. */
const ROWS_NEEDING_NAVIGATION = 5;
/** Phone widths (below Tailwind's sm), where the links would fill a screen. */
const NARROW = "(max-width: 639px)";
/** Above this many sections the links would fill several lines even on a wide screen: they fold. */
const SECTIONS_SHOWN_OPEN = 12;

const LINK =
  "rounded-sm text-blue-700 underline decoration-blue-700/30 underline-offset-2 hover:decoration-blue-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:text-blue-300 dark:decoration-blue-300/40";

/**
 * A short table of contents for long comparisons: the summary, then every topic row in order. A
 * link scrolls to its section and focuses it without changing the URL. On a phone, or when there
 * are many sections (often 25 topics or more), the list folds behind one "Jump to a section"
 * toggle that stays at the top of the window while the reader scrolls, so it is always one step away.
 */
export function SectionNav({ index, rows }: { index: DatasetIndex; rows: readonly TopicRow[] }) {
  const narrow = useMediaQuery(NARROW);
  const [open, setOpen] = useState(false);
  if (rows.length < ROWS_NEEDING_NAVIGATION) return null;
  const sections = [
    { id: "compare-topics-heading", label: "Summary" },
    ...rows.map((row) => ({
      id: topicRowId(row.topic),
      label: row.topic === null ? UNTAGGED_TOPIC_LABEL : topicLabel(index, row.topic),
    })),
  ];
  const folded = narrow || sections.length > SECTIONS_SHOWN_OPEN;
  const list = (
    <ul
      className={
        folded
          ? `mt-1 max-h-[60dvh] overflow-y-auto ${narrow ? "space-y-1" : "flex flex-wrap gap-x-3 gap-y-1"}`
          : "flex flex-wrap gap-x-3 gap-y-1"
      }
    >
      {!folded && (
        <li className="font-medium text-slate-700 dark:text-slate-300" aria-hidden="true">
          Jump to:
        </li>
      )}
      {sections.map((section) => (
        <li key={section.id}>
          <a
            href={`#${section.id}`}
            className={LINK}
            onClick={jumpOnClick(section.id, () => folded && setOpen(false))}
          >
            {section.label}
          </a>
        </li>
      ))}
    </ul>
  );
  return (
    <nav
      aria-label="Sections of the comparison"
      className={`rounded-lg border border-slate-200 bg-white px-4 py-2 text-sm dark:border-slate-700 dark:bg-slate-900 print:hidden ${folded ? "sticky top-2 z-20 shadow-sm" : ""}`}
    >
      {folded ? (
        <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
          <summary className="cursor-pointer font-medium text-slate-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:text-slate-300">
            Jump to a section ({sections.length})
          </summary>
          {list}
        </details>
      ) : (
        list
      )}
    </nav>
  );
}
