import type { DatasetIndex } from "../../domain/dataset-index";
import type { Meeting } from "../../domain/schema";

export interface MeetingPanelProps {
  index: DatasetIndex;
  meeting: Meeting;
  onOpenSource: (readoutId: string, span?: [number, number]) => void;
  onClose: () => void;
}

export function MeetingPanel({ meeting }: MeetingPanelProps) {
  return <article aria-label="Meeting">{meeting.id}</article>;
}
