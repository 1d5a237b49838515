import { createContext } from "react";
import type { LaneTone } from "../theme/lane-tones";

/**
 * The lanes' marks of the atlas shown (`laneTonesOf(index.laneRanks)`), provided by the explorer so
 * every party swatch (compare, meeting panel) shows its lane's mark, as the timeline does.
 */
export const LaneTonesContext = createContext<ReadonlyMap<string, LaneTone>>(new Map());
