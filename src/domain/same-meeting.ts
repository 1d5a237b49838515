/**
 * When two accounts tell one meeting: the rule the dataset build (pipeline/build-dataset.ts) and
 * the library's merge (merge-datasets.ts) share, so a readout imported into the library joins the
 * meeting it would have joined had it been bundled (ADR 013).
 */
import type { Meeting } from "./schema";

type Account = Pick<Meeting, "date" | "sides" | "datePrecision">;

/** The day and principals of an account, optionally on another day: where its meeting is filed. */
export function meetingKey(meeting: Pick<Meeting, "date" | "sides">, date = meeting.date): string {
  const principals = meeting.sides.map((side) => side.principal).sort();
  return `${date}|${principals.join("+")}`;
}

function shiftDay(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const isBound = (account: Account) => account.datePrecision === "on-or-before";

/** `bound` gives only its publication day D and `firm` is a day its text gives, D-1. */
function isDayAfterPage(bound: Account, firm: Account): boolean {
  return isBound(bound) && !firm.datePrecision && shiftDay(bound.date, -1) === firm.date;
}

/**
 * Whether two accounts tell one meeting: the same principals, and the same day, or one dated only
 * by its publication day D (a page often appears the day after: a wire's filing, a time zone) and
 * the other by its text on D-1. A bound later than that may be another meeting of the pair. Two
 * meetings of one pair on one day merge too: the readouts give no reliable way to tell them apart.
 */
export function sameMeeting(a: Account, b: Account): boolean {
  if (meetingKey(a) !== meetingKey(b, a.date)) return false;
  return a.date === b.date || isDayAfterPage(a, b) || isDayAfterPage(b, a);
}

/**
 * The meeting filed (by `meetingKey`) that `account` is another account of, or undefined; the
 * account itself, if filed, is not its own match. A meeting of the same day comes first, so a
 * bound account of D joins the pair's meeting of D before one of D-1.
 */
export function findSameMeeting<M extends Account>(
  account: Account,
  byKey: ReadonlyMap<string, M>,
): M | undefined {
  for (const days of [0, -1, 1]) {
    const found = byKey.get(meetingKey(account, shiftDay(account.date, days)));
    if (found && found !== account && sameMeeting(account, found)) return found;
  }
  return undefined;
}

/**
 * Of two accounts of one meeting, the date of the one that gives the day: an account dated only by
 * its publication day ("on-or-before", ADR 013) gives way to one whose text says the day, which
 * brings its day (the day before, for a page published the day after) and its date provenance.
 */
export function firmerDate(target: Meeting, other: Meeting): Meeting {
  if (!target.datePrecision || other.datePrecision) return target;
  const { datePrecision, ...rest } = target;
  void datePrecision;
  return { ...rest, date: other.date, provenance: { ...target.provenance, date: other.provenance.date } };
}
