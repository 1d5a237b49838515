import type { ReactNode } from "react";
import { NoticeList } from "../components/notice-list";
import type { DatasetIndex } from "../domain/dataset-index";
import { spanOutsideText } from "../domain/view-state-checks";

/**
 * The URL's span= checked against the loaded readout text (the meeting index has no texts): a span
 * past the end is dropped with a notice, and the view gets only a span that fits.
 */
export function SpanChecked({
  readoutId,
  span,
  details,
  children,
}: {
  readoutId: string;
  span: [number, number] | undefined;
  details: DatasetIndex;
  children: (span: [number, number] | undefined) => ReactNode;
}) {
  const length = details.readouts.get(readoutId)?.text.length;
  const notice = length === undefined ? undefined : spanOutsideText({ readout: readoutId, span }, length);
  return (
    <>
      {notice && (
        <div className="mb-3">
          <NoticeList notices={[notice]} />
        </div>
      )}
      {children(notice ? undefined : span)}
    </>
  );
}
