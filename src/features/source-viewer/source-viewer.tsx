import type { DatasetIndex } from "../../domain/dataset-index";

export interface SourceViewerProps {
  index: DatasetIndex;
  readoutId: string;
  span?: [number, number];
  onSelectSpan: (span: [number, number]) => void;
  onClose: () => void;
  closeLabel: string;
}

export function SourceViewer({ readoutId }: SourceViewerProps) {
  return <article aria-label="Readout">{readoutId}</article>;
}
