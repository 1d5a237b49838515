// The vis-timeline runtime and its styles, loaded on demand so the app shell paints without them
// (the dynamic import makes it a chunk of its own).
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import "./timeline-theme.css";

export { Timeline } from "vis-timeline/peer";
export { DataSet } from "vis-data/peer";
