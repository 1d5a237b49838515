import { useState } from "react";
import { announcementFor, sameView, type AnnouncedView } from "./announcement";

/**
 * The live region's message: the sentence for the last change of the view (announcement.ts).
 * Starts empty, so loading a page announces nothing; React's "adjust state while rendering"
 * pattern keeps the message in step with the view without an effect.
 */
export function useAnnouncement(view: AnnouncedView): string {
  const [seen, setSeen] = useState(view);
  const [message, setMessage] = useState("");
  if (!sameView(seen, view)) {
    setSeen(view);
    const sentence = announcementFor(seen, view);
    if (sentence !== undefined) setMessage(sentence);
  }
  return message;
}
