import { httpUrlSchema } from "../domain/schema";

/**
 * A link to the readout's page on the publisher's site (issue 9), in a new tab and without an
 * opener or referrer; only http(s) addresses, so a javascript: or data: URL is never a link. Styled
 * as an outbound link, apart from the button that opens the built-in source viewer.
 */
export function OriginalPageLink({ url, publisher }: { url?: string; publisher: string }) {
  if (!url || !httpUrlSchema.safeParse(url).success) return null;
  return (
    <a
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      className="rounded-sm text-sm text-slate-700 underline decoration-dotted underline-offset-2 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:text-slate-300 dark:hover:text-white"
    >
      Original page<span aria-hidden="true"> ↗</span>
      <span className="sr-only"> of {publisher}, opens in a new tab</span>
    </a>
  );
}
