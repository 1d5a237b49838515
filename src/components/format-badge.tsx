import type { MeetingFormat } from "../domain/schema";
import { formatGlyph, formatLabel } from "../domain/labels";

/** "Video call" / "Phone call" / "In person", with the glyph the timeline uses. */
export function FormatBadge({ format }: { format: MeetingFormat }) {
  const glyph = formatGlyph(format);
  return (
    <span className="inline-flex items-center gap-1 rounded-sm bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-700 dark:bg-slate-800 dark:text-slate-200">
      {glyph && <span aria-hidden="true">{glyph}</span>}
      {formatLabel(format)}
    </span>
  );
}
