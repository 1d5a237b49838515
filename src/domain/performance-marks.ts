/**
 * Names of the performance marks the app sets and `npm run bench` reads (scripts/bench/browser),
 * in one place so the two cannot drift apart. Marks cost nothing when nobody reads them.
 */

/** The timeline has drawn its first items (startTime: milliseconds since navigation). */
export const TIMELINE_RENDERED_MARK = "timeline:items-rendered";
/** The timeline has redrawn after the meetings it shows changed (a filter, a search). */
export const TIMELINE_UPDATED_MARK = "timeline:items-updated";
/** The page asked the search worker to build its index, and the worker said it is built. */
export const SEARCH_INDEX_REQUESTED_MARK = "search:index-requested";
export const SEARCH_INDEX_READY_MARK = "search:index-ready";
/** A batch went to the extraction worker, and the worker said it is done (issue 9's bench). */
export const EXTRACT_STARTED_MARK = "extract:started";
export const EXTRACT_DONE_MARK = "extract:done";
