import type { RefObject } from "react";
import { HighlightedText } from "../../components/highlighted-text";
import { NARRATOR } from "../../domain/schema";
import type { Tone } from "../../theme/speaker-tones";
import type { Run } from "./source-runs";

const FOCUS_RING = "rounded-sm outline-2 outline-offset-2 outline-slate-900 dark:outline-white";

/** How statements look: calm (a thin bar at each statement's start) or every speaker coloured. */
export type SpeakerMarking = "calm" | "coloured";

const MARKING: Record<SpeakerMarking, (tone: Tone) => string> = {
  // A bar on the first line of the statement only (no box-decoration-clone): who speaks is there
  // for whoever looks, and the text reads as text. The name shows on hover (title) and on focus.
  calm: (tone) =>
    `border-l-[3px] pl-1 ${tone.border} bg-transparent hover:bg-slate-100 dark:hover:bg-slate-800 focus-visible:before:mr-1 focus-visible:before:text-xs focus-visible:before:font-semibold focus-visible:before:content-[attr(data-name)]`,
  coloured: (tone) =>
    `rounded-sm px-0.5 underline decoration-2 underline-offset-4 box-decoration-clone ${tone.highlight}`,
};

/** One run of the readout: plain text, or a statement that links itself when chosen. */
export function RunText({
  run,
  tone,
  speakerName,
  marking,
  focusRef,
  onSelectSpan,
  tabStop = false,
  onFocus,
}: {
  run: Run;
  tone?: Tone;
  speakerName?: string;
  marking: SpeakerMarking;
  focusRef: RefObject<HTMLElement | null>;
  onSelectSpan: (span: [number, number]) => void;
  /** Whether this statement holds the text's one Tab stop (statement-keys.ts). */
  tabStop?: boolean;
  onFocus?: () => void;
}) {
  const focusedFirst = run.pieces.findIndex((piece) => piece.focused);
  const pieces = run.pieces.map((piece, i) =>
    piece.focused ? (
      <mark
        key={i}
        ref={i === focusedFirst ? (element) => void (focusRef.current = element) : undefined}
        aria-current="true"
        className={`${FOCUS_RING} ${tone?.highlight || "bg-yellow-100 dark:bg-yellow-900/60"} text-inherit`}
      >
        <HighlightedText text={piece.text} />
      </mark>
    ) : (
      <HighlightedText key={i} text={piece.text} />
    ),
  );
  const statement = run.statement;
  if (!statement || !tone || statement.speaker === NARRATOR) return <>{pieces}</>;
  return (
    <mark
      data-speaker={statement.speaker}
      data-name={speakerName ? `${speakerName}:` : undefined}
      title={speakerName ? `${speakerName}: link to this statement` : "Link to this statement"}
      // Reachable and operable by keyboard too: Tab to the statements, arrows between them, Enter
      // or Space links one. One Tab stop for the whole text, so Tab does not walk 30 sentences.
      data-statement-run=""
      tabIndex={tabStop ? 0 : -1}
      onFocus={onFocus}
      role="button"
      aria-pressed={run.pieces.some((piece) => piece.focused)}
      onClick={() => onSelectSpan(statement.span)}
      onKeyDown={(event) => {
        if (event.key !== "Enter" && event.key !== " ") return;
        event.preventDefault();
        onSelectSpan(statement.span);
      }}
      className={`cursor-pointer text-inherit ${MARKING[marking](tone)}`}
    >
      {pieces}
    </mark>
  );
}
