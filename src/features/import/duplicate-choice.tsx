import { useEffect, useRef } from "react";
import { Button } from "../../components/button";
import { formatCalendarDay } from "../../domain/calendar-day";
import { entryReadout } from "../../domain/library";
import type { LibraryDuplicate } from "../../domain/library-duplicates";

/**
 * A save held because the readout is in the library already: says which stored copy it repeats and
 * offers to replace that copy or keep it. Takes focus when it appears, since it answers the Save.
 */
export function DuplicateChoice({
  duplicate,
  busy,
  onReplace,
  onKeep,
}: {
  duplicate: LibraryDuplicate;
  busy: boolean;
  onReplace(): void;
  onKeep(): void;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  const stored = duplicate.entry;
  const title = entryReadout(stored).title || stored.origin;
  const same = duplicate.same === "text" ? "the same text" : "the same page address";
  return (
    <div
      ref={box}
      role="status"
      tabIndex={-1}
      className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 outline-none focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50"
    >
      <p>
        “{title}” is already in your library ({same}), saved {formatCalendarDay(stored.savedAt.slice(0, 10))}.
        Saving it again would show its statements twice.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button disabled={busy} onClick={onReplace}>
          Replace the saved copy
        </Button>
        <Button disabled={busy} onClick={onKeep}>
          Keep the saved copy
        </Button>
      </div>
    </div>
  );
}
