import type { Meeting } from "../../domain/schema";
import { Button } from "../../components/button";

interface CompareActionsProps {
  meeting: Pick<Meeting, "id" | "readoutIds">;
  /** True while the reader is choosing a second meeting for this one. */
  picking: boolean;
  onCompareWith(meetingId: string): void;
  onCompareAccounts(meetingId: string): void;
}

/** The meeting panel's way into the compare view: with another meeting, or its accounts side by side. */
export function CompareActions({ meeting, picking, onCompareWith, onCompareAccounts }: CompareActionsProps) {
  const accounts = meeting.readoutIds.length;
  return (
    <div className="flex flex-wrap gap-2 print:hidden">
      <Button onClick={() => onCompareWith(meeting.id)} aria-pressed={picking}>
        {picking ? "Choose the second meeting…" : "Compare with…"}
      </Button>
      {accounts >= 2 && (
        <Button onClick={() => onCompareAccounts(meeting.id)}>Compare its {accounts} accounts</Button>
      )}
    </div>
  );
}
