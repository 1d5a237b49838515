import { useId } from "react";
import type { DatasetIndex } from "../../domain/dataset-index";
import type { Meeting } from "../../domain/schema";

interface AccountPickerProps {
  index: DatasetIndex;
  meeting: Meeting;
  chosen: readonly [string, string];
  onChoose(readoutIds: [string, string]): void;
}

/** For a meeting with three or more readouts: which two accounts fill the columns. */
export function AccountPicker({ index, meeting, chosen, onChoose }: AccountPickerProps) {
  const id = useId();
  const options = meeting.readoutIds.map((readoutId) => {
    const readout = index.readouts.get(readoutId);
    return { readoutId, label: readout ? `${readout.publisher} — ${readout.title || readoutId}` : readoutId };
  });
  const select = (position: 0 | 1) => (
    <select
      id={`${id}-${position}`}
      value={chosen[position]}
      onChange={(event) => {
        const next: [string, string] = [chosen[0], chosen[1]];
        next[position] = event.target.value;
        // Picking the other column's account swaps the two rather than comparing one with itself.
        if (next[0] === next[1]) next[1 - position] = chosen[position];
        onChoose(next);
      }}
      className="w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800"
    >
      {options.map((option) => (
        <option key={option.readoutId} value={option.readoutId}>
          {option.label}
        </option>
      ))}
    </select>
  );
  return (
    <fieldset className="grid gap-3 md:grid-cols-2 print:hidden">
      <legend className="mb-1 text-sm font-medium">
        This meeting has {meeting.readoutIds.length} accounts: choose two
      </legend>
      <label htmlFor={`${id}-0`} className="space-y-1 text-sm">
        <span className="block">First column</span>
        {select(0)}
      </label>
      <label htmlFor={`${id}-1`} className="space-y-1 text-sm">
        <span className="block">Second column</span>
        {select(1)}
      </label>
    </fieldset>
  );
}
