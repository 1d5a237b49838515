import { actorName, orderedSides, partyName, roleOn, type DatasetIndex } from "../../domain/dataset-index";
import type { Meeting } from "../../domain/schema";
import { partyTone } from "../../theme/speaker-tones";

function Person({
  index,
  id,
  day,
  principal,
}: {
  index: DatasetIndex;
  id: string;
  day: string;
  principal?: boolean;
}) {
  const role = roleOn(index.actors.get(id), day);
  return (
    <li className="leading-snug">
      <span className={principal ? "font-semibold" : "font-medium"}>{actorName(index, id)}</span>
      {role && <span className="text-slate-600 dark:text-slate-400">, {role}</span>}
    </li>
  );
}

/** Each side's principal and attendees with their roles on the day, Chinese side first. */
export function Participants({ index, meeting }: { index: DatasetIndex; meeting: Meeting }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {orderedSides(meeting).map((side) => (
        <section
          key={side.party}
          aria-label={`${partyName(index, side.party)} delegation`}
          className={`border-l-4 pl-3 ${partyTone(side.party).border}`}
        >
          <h4 className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
            {partyName(index, side.party)}
          </h4>
          <ul className="mt-1 space-y-0.5 text-sm">
            <Person index={index} id={side.principal} day={meeting.date} principal />
            {side.attendees.map((id) => (
              <Person key={id} index={index} id={id} day={meeting.date} />
            ))}
          </ul>
          {side.attendees.length === 0 && (
            <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">No other attendees named.</p>
          )}
        </section>
      ))}
    </div>
  );
}
