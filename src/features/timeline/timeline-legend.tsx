import { formatGlyph, formatLabel } from "../../domain/labels";
import { MEETING_FORMATS } from "../../domain/schema";
import { partyTone } from "../../theme/speaker-tones";
import { LaneMark } from "../../components/lane-mark";
import { laneMarkName } from "../../theme/lane-tones";
import { laneColourName, LEGEND_LANES } from "./legend-lanes";
import type { TimelineLane } from "./timeline-model";

const dot = "inline-block size-2.5 shrink-0 rounded-full bg-[var(--atlas-dot,#64748b)]";
const item = "flex items-center gap-1.5";

/**
 * What the timeline's marks mean: the format glyphs beside a meeting's name, the aggregates at
 * wide zoom and the mark (colour and shape) of each lane in view. Two lists with names, so screen readers
 * announce them as lists; the swatches use the dots' own colour property, in both themes.
 */
export function TimelineLegend({ lanes, yours }: { lanes: readonly TimelineLane[]; yours: boolean }) {
  const named = lanes.slice(0, LEGEND_LANES);
  const more = lanes.length - named.length;
  return (
    <div className="flex flex-wrap items-start gap-x-6 gap-y-1.5 border-t border-slate-200 px-3 py-2 text-xs text-slate-700 dark:border-slate-800 dark:text-slate-300">
      <ul aria-label="Marks" className="flex flex-wrap items-center gap-x-4 gap-y-1">
        {MEETING_FORMATS.map((format) => (
          <li key={format} className={item}>
            <span aria-hidden="true" className={dot} />
            {formatGlyph(format) && (
              <span aria-hidden="true" className="text-slate-500 dark:text-slate-400">
                {formatGlyph(format)}
              </span>
            )}
            {formatLabel(format)}
          </li>
        ))}
        <li className={item}>
          <span
            aria-hidden="true"
            className="rounded-sm border border-slate-500 bg-blue-200 px-1 font-semibold tabular-nums text-slate-900"
          >
            12
          </span>
          Meetings in a year, quarter or month (darker: more)
        </li>
        {yours && (
          <li className={item}>
            <span
              aria-hidden="true"
              className="rounded-xs border border-teal-600 px-0.5 text-[0.65rem] font-semibold text-teal-800 dark:border-teal-400 dark:text-teal-200"
            >
              yours
            </span>
            From your library
          </li>
        )}
      </ul>
      <ul aria-label="Lane colours" className="flex flex-wrap items-center gap-x-4 gap-y-1">
        {named.map((lane) => (
          <li key={lane.id} className={item}>
            {lane.tone ? (
              <LaneMark tone={lane.tone} />
            ) : (
              <span aria-hidden="true" className={`${dot} ${partyTone(lane.id).dot}`} />
            )}
            {lane.label}
            <span className="sr-only">
              {" "}
              ({lane.tone ? laneMarkName(lane.tone) : `${laneColourName(lane.id)} dots`})
            </span>
          </li>
        ))}
        {more > 0 && <li className="text-slate-500 dark:text-slate-400">and {more} more</li>}
      </ul>
    </div>
  );
}
