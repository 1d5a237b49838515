/**
 * The app's one polite live region for selection changes (issue 11): a meeting opened, a
 * comparison opened, how many meetings the filters leave. Visually hidden; everything it says is
 * also on screen. `role="status"` alone (no aria-live attribute) is polite and atomic enough for
 * one sentence at a time.
 */
export function Announcer({ message }: { message: string }) {
  return (
    <p role="status" aria-atomic="true" data-announcer className="sr-only">
      {message}
    </p>
  );
}
