/**
 * The contents of each filter group: checklists with counts. Long lists show their most frequent
 * choices first and the rest on request, so 150 countries do not bury the usual ones.
 */
import { useId, useState } from "react";
import { Button } from "../../components/button";
import type { CounterpartChoice, FacetChoice, TopicGroup } from "../../domain/facets";
import { FacetCheckbox } from "./facet-checkbox";

const SHORT_LIST = 12;

function toggled(list: readonly string[], id: string): string[] {
  return list.includes(id) ? list.filter((v) => v !== id) : [...list, id];
}

function countOf(counts: ReadonlyMap<string, number>, id: string): number {
  return counts.get(id) ?? 0;
}

/** A checkbox per choice, each with its count and toggling it in the selection. */
function ChoiceBoxes({ choices, selected, counts, onChange }: Omit<ChecklistProps, "legend">) {
  return choices.map((choice) => (
    <FacetCheckbox
      key={choice.id}
      label={choice.label}
      count={countOf(counts, choice.id)}
      checked={selected.includes(choice.id)}
      onToggle={() => onChange(toggled(selected, choice.id))}
    />
  ));
}

/** The first choices plus any chosen ones further down, until the user asks for all. */
function useShortList<T extends FacetChoice>(choices: readonly T[], isChosen: (choice: T) => boolean) {
  const [showAll, setShowAll] = useState(false);
  const visible = showAll ? choices : choices.filter((choice, i) => i < SHORT_LIST || isChosen(choice));
  const hidden = choices.length - visible.length;
  const more =
    hidden > 0 || showAll ? (
      <Button variant="link" className="mt-1 ml-1.5" onClick={() => setShowAll(!showAll)}>
        {showAll ? "Show fewer" : `Show all ${choices.length}`}
      </Button>
    ) : null;
  return { visible, more };
}

export interface ChecklistProps {
  legend: string;
  choices: readonly FacetChoice[];
  selected: readonly string[];
  counts: ReadonlyMap<string, number>;
  onChange(selected: string[]): void;
}

/** A flat group of choices (Chinese principal, format, perspective). */
export function Checklist({ legend, choices, selected, counts, onChange }: ChecklistProps) {
  const { visible, more } = useShortList(choices, (c) => selected.includes(c.id));
  return (
    <fieldset>
      <legend className="sr-only">{legend}</legend>
      <div className="grid grid-cols-[repeat(auto-fill,minmax(14rem,1fr))] gap-x-4">
        <ChoiceBoxes choices={visible} selected={selected} counts={counts} onChange={onChange} />
      </div>
      {more}
    </fieldset>
  );
}

export interface CounterpartChecklistProps {
  choices: readonly CounterpartChoice[];
  parties: readonly string[];
  principals: readonly string[];
  partyCounts: ReadonlyMap<string, number>;
  principalCounts: ReadonlyMap<string, number>;
  onChange(patch: { counterparts?: string[]; counterpartPrincipals?: string[] }): void;
}

/** Counterparts, each with the principals who led its side nested below it. */
export function CounterpartChecklist({
  choices,
  parties,
  principals,
  partyCounts,
  principalCounts,
  onChange,
}: CounterpartChecklistProps) {
  const { visible, more } = useShortList(
    choices,
    (c) => parties.includes(c.id) || c.principals.some((p) => principals.includes(p.id)),
  );
  return (
    <fieldset>
      <legend className="sr-only">Counterpart and their principal</legend>
      <div className="grid grid-cols-[repeat(auto-fill,minmax(14rem,1fr))] gap-x-4 gap-y-1">
        {visible.map((party) => (
          <div key={party.id} role="group" aria-label={party.label}>
            <FacetCheckbox
              label={party.label}
              count={countOf(partyCounts, party.id)}
              checked={parties.includes(party.id)}
              onToggle={() => onChange({ counterparts: toggled(parties, party.id) })}
            />
            {party.principals.map((person) => (
              <FacetCheckbox
                key={person.id}
                nested
                label={person.label}
                count={countOf(principalCounts, person.id)}
                checked={principals.includes(person.id)}
                onToggle={() => onChange({ counterpartPrincipals: toggled(principals, person.id) })}
              />
            ))}
          </div>
        ))}
      </div>
      {more}
    </fieldset>
  );
}

export interface TopicChecklistProps {
  groups: readonly TopicGroup[];
  selected: readonly string[];
  counts: ReadonlyMap<string, number>;
  onChange(selected: string[]): void;
}

/** Topics under the headings of the taxonomy's groups. */
export function TopicChecklist({ groups, selected, counts, onChange }: TopicChecklistProps) {
  const idBase = useId();
  return (
    <fieldset>
      <legend className="sr-only">Topic</legend>
      <div className="grid grid-cols-[repeat(auto-fill,minmax(14rem,1fr))] gap-x-4 gap-y-3">
        {groups.map((group, i) => (
          <div key={group.group} role="group" aria-labelledby={`${idBase}-${i}`}>
            <h3
              id={`${idBase}-${i}`}
              className="px-1.5 pb-0.5 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400"
            >
              {group.group}
            </h3>
            <ChoiceBoxes choices={group.topics} selected={selected} counts={counts} onChange={onChange} />
          </div>
        ))}
      </div>
    </fieldset>
  );
}
