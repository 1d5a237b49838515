/** Stage topics: tags every statement with the taxonomy's topics. */
import { need } from "../context";
import { matchTopics } from "../topics/topic-matcher";
import type { Stage } from "./stage";

export const topicsStage: Stage = {
  name: "topics",
  job: "tags each statement with the topics whose patterns it matches (gazetteer/topics.json)",
  run(context) {
    for (const statements of need(context.statements, "statements", "topics").values())
      for (const s of statements) s.topics = matchTopics(s.text);
  },
};
