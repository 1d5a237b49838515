import { useMemo } from "react";
import { actorName, type NameIndex } from "../../domain/dataset-index";
import { NARRATOR, type Statement } from "../../domain/schema";
import { speakerTones } from "../../theme/speaker-tones";

/** Plain text and statement spans in order; a span overlapping an earlier one is left plain. */
function pieces(text: string, statements: readonly Statement[]) {
  const sorted = [...statements].sort((a, b) => a.span[0] - b.span[0]);
  const out: { text: string; statement?: Statement }[] = [];
  let at = 0;
  for (const statement of sorted) {
    const [start, end] = statement.span;
    if (start < at) continue;
    if (start > at) out.push({ text: text.slice(at, start) });
    out.push({ text: text.slice(start, end), statement });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/** The cleaned readout text with each statement's span coloured by its speaker, and a legend. */
export function ReviewText({
  names,
  text,
  statements,
}: {
  names: NameIndex;
  text: string;
  statements: readonly Statement[];
}) {
  const spoken = useMemo(() => statements.filter((s) => s.speaker !== NARRATOR), [statements]);
  const tones = useMemo(() => speakerTones(spoken), [spoken]);
  return (
    <div className="space-y-2">
      <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs" aria-label="Speakers">
        {[...tones].map(([speaker, tone]) => (
          <li key={speaker} className="inline-flex items-center gap-1">
            <span aria-hidden="true" className={`inline-block size-2.5 rounded-full ${tone.swatch}`} />
            {speaker === "joint" ? "Both sides" : actorName(names, speaker)}
          </li>
        ))}
      </ul>
      {/* It scrolls, so it takes focus: keyboard users scroll it with the arrow keys. */}
      <div
        role="region"
        aria-label="Text as extracted, speakers marked"
        tabIndex={0}
        className="max-h-80 overflow-y-auto focus-visible:outline-2 focus-visible:outline-blue-600 rounded-md border border-slate-200 p-3 text-sm leading-relaxed whitespace-pre-wrap dark:border-slate-700"
      >
        {pieces(text, statements).map((piece, i) => {
          const tone = piece.statement ? tones.get(piece.statement.speaker) : undefined;
          if (!tone) return <span key={i}>{piece.text}</span>;
          const who = piece.statement!.speaker;
          return (
            <mark
              key={i}
              data-speaker={who}
              title={who === "joint" ? "Both sides" : actorName(names, who)}
              className={`rounded-sm text-inherit underline decoration-2 underline-offset-2 ${tone.highlight}`}
            >
              {piece.text}
            </mark>
          );
        })}
      </div>
    </div>
  );
}
