/**
 * Starts downloading vis-timeline without waiting for the timeline to mount, so the chunk loads
 * while the dataset is fetched and parsed instead of after (the import is cached: mounting reuses it).
 */
export function preloadTimeline(): void {
  void import("./vis-runtime").catch(() => {
    // Mounting imports it again and shows the error where the timeline would be.
  });
}
