/** Stage attendance: who an attendance sentence lists, read from the references already found. */
import { findAttendees } from "../actors/attendance";
import type { ActorMention } from "../actors/types";
import { need } from "../context";
import type { MeetingDraft } from "../meetings";
import type { Stage } from "./stage";

export const attendanceStage: Stage = {
  name: "attendance",
  job: "lists each meeting's attendees from attendance sentences, reading the names the references stage found",
  run(context) {
    const split = need(context.split, "split", "attendance");
    const present = new Map<number, string[]>();
    const attendees = new Map<MeetingDraft, string[]>();
    for (const draft of split.meetings) {
      const principals = new Set([draft.chinese, draft.foreign]);
      const list: string[] = [];
      for (const { sentence, refs } of draft.sentences) {
        const offset = sentence.span[0];
        const names: ActorMention[] = refs
          .filter((r) => r.kind === "name" && r.actorId)
          .map((r) => ({
            actorId: r.actorId!,
            start: r.start - offset,
            end: r.end - offset,
            surface: r.surface,
            via: "name",
          }));
        const ids = findAttendees(sentence.text, names).map((m) => m.actorId);
        present.set(sentence.index, ids);
        list.push(...ids.filter((id) => !principals.has(id) && !list.includes(id)));
      }
      attendees.set(draft, list);
    }
    context.present = present;
    context.attendees = attendees;
  },
};
