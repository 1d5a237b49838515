import { useMemo } from "react";
import { startOfLocalYear } from "../../domain/calendar-day";
import { monthCounts, yearsOf, type TimeSpan } from "../../domain/overview-geometry";
import type { TimelineModel } from "./timeline-model";

export interface Overview {
  years: { first: number; last: number };
  range: TimeSpan;
  all: number[];
  shown: number[];
}

/**
 * What the overview strip draws: the years of every meeting (filters never change its range),
 * meetings per month in all of them and among those the timeline shows. Undefined without data.
 */
export function useOverview(
  everyMeeting: ReadonlyMap<string, { date: string }>,
  model: TimelineModel,
): Overview | undefined {
  const whole = useMemo(() => {
    const days = [...everyMeeting.values()].map((meeting) => meeting.date);
    const years = yearsOf(days);
    if (!years) return undefined;
    const range = {
      start: startOfLocalYear(years.first).getTime(),
      end: startOfLocalYear(years.last + 1).getTime(),
    };
    return { years, range, all: monthCounts(days, years.first, years.last) };
  }, [everyMeeting]);
  return useMemo(
    () =>
      whole && {
        ...whole,
        shown: monthCounts(
          model.items.map((item) => item.day),
          whole.years.first,
          whole.years.last,
        ),
      },
    [whole, model],
  );
}
