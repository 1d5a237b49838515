import { useState } from "react";
import { Button } from "./button";

/** Non-blocking notices (e.g. URL values that were dropped), dismissible as a group. */
export function NoticeList({ notices }: { notices: readonly string[] }) {
  const [dismissed, setDismissed] = useState<readonly string[] | undefined>();
  if (notices.length === 0 || dismissed === notices) return null;
  return (
    <div
      role="status"
      className="flex items-start justify-between gap-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <ul className="space-y-0.5">
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
      <Button variant="quiet" onClick={() => setDismissed(notices)} aria-label="Dismiss notices">
        Dismiss
      </Button>
    </div>
  );
}
