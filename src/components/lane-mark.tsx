/**
 * The swatch of a lane's mark (theme/lane-tones.ts): the same colour and shape as its dots on the
 * timeline, wherever the lane's party stands beside a name (legend, compare, meeting panel).
 */
import { use } from "react";
import type { LaneShape, LaneTone } from "../theme/lane-tones";
import { LaneTonesContext } from "./lane-tones-context";
import { partyTone } from "../theme/speaker-tones";

const SHAPE: Record<LaneShape, string> = {
  dot: "rounded-full bg-[var(--atlas-dot)]",
  square: "rounded-[1px] bg-[var(--atlas-dot)]",
  diamond: "rotate-45 scale-[0.8] rounded-[1px] bg-[var(--atlas-dot)]",
  ring: "rounded-full border-2 border-[var(--atlas-dot)]",
};

export function LaneMark({ tone, size = "size-2.5" }: { tone: LaneTone; size?: string }) {
  return (
    <span aria-hidden="true" className={`inline-block shrink-0 ${size} ${tone.dot} ${SHAPE[tone.shape]}`} />
  );
}

/**
 * A party's swatch: its lane's mark when the party is a lane of the atlas (a counterpart), else
 * its tone's dot (China, the joint voice).
 */
export function PartySwatch({ party, size = "size-2" }: { party: string; size?: string }) {
  const lane = use(LaneTonesContext).get(party);
  if (lane) return <LaneMark tone={lane} size={size} />;
  return (
    <span
      aria-hidden="true"
      className={`inline-block shrink-0 rounded-full ${size} ${partyTone(party).swatch}`}
    />
  );
}
