/**
 * Memos of pure functions of a sentence's text, for the questions several stages ask about the same
 * sentence (whether it tells a meeting: the meetings, dates, facts and attribution code ask it about
 * twice per sentence). extractReadout forgets them before each readout, so a memo never outlives
 * its readout: memory stays bounded, and a batch costs what its readouts cost one by one.
 */
const memos: Map<string, unknown>[] = [];

/** `compute` remembered per text until the next readout; its results are shared, so never mutated. */
export function perReadout<R>(compute: (text: string) => R): (text: string) => R {
  const memo = new Map<string, R>();
  memos.push(memo);
  return (text) => {
    if (memo.has(text)) return memo.get(text) as R;
    const value = compute(text);
    memo.set(text, value);
    return value;
  };
}

/** Called by extractReadout before each readout. */
export function forgetReadoutMemos(): void {
  for (const memo of memos) memo.clear();
}
