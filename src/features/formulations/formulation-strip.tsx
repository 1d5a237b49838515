/**
 * A formulation's uses as a thin strip over the corpus years: one tick per meeting using it, so
 * a reader sees at a glance whether a phrase is old, new, steady or a burst. Accessible as an image
 * whose name lists the years; the corpus's first and last year are written at its ends.
 */
const WIDTH = 240;
const HEIGHT = 18;

function yearFraction(date: string): number {
  const [year, month = 1, day = 1] = date.split("-").map(Number);
  return year! + ((month - 1) * 30.4 + (day - 1)) / 366;
}

export function FormulationStrip({
  dates,
  years,
}: {
  /** Dates of the meetings using the phrase. */
  dates: readonly string[];
  /** The first and last year of the corpus: the strip's ends. */
  years: { first: number; last: number };
}) {
  const span = years.last + 1 - years.first;
  const x = (date: string) => ((yearFraction(date) - years.first) / span) * (WIDTH - 4) + 2;
  const used = [...new Set(dates.map((d) => d.slice(0, 4)))];
  const name = `Used in ${used.length === 1 ? used[0] : `${used.slice(0, -1).join(", ")} and ${used.at(-1)}`}, on a strip from ${years.first} to ${years.last}`;
  return (
    <div className="w-full max-w-[240px]">
      <svg
        role="img"
        aria-label={name}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-[18px] w-full max-w-[240px] text-slate-400 dark:text-slate-500"
      >
        <title>{name}</title>
        <line x1="2" x2={WIDTH - 2} y1={HEIGHT / 2} y2={HEIGHT / 2} stroke="currentColor" strokeWidth="1" />
        {Array.from({ length: span + 1 }, (_, i) => {
          const at = (i / span) * (WIDTH - 4) + 2;
          return (
            <line key={i} x1={at} x2={at} y1={HEIGHT / 2 - 3} y2={HEIGHT / 2 + 3} stroke="currentColor" />
          );
        })}
        {dates.map((date, i) => (
          <rect
            key={`${date}-${i}`}
            x={x(date) - 1.5}
            y={2}
            width={3}
            height={HEIGHT - 4}
            rx={1}
            className="fill-blue-700 dark:fill-blue-300"
          />
        ))}
      </svg>
      {/* The strip's ends, for sighted readers (the image's name already says them). */}
      <p
        aria-hidden="true"
        className="flex justify-between text-[0.65rem] leading-none text-slate-600 tabular-nums dark:text-slate-400"
      >
        <span>{years.first}</span>
        <span>{years.last}</span>
      </p>
    </div>
  );
}
