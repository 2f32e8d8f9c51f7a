/** Calendar months "YYYY-MM" as plain arithmetic (year × 12 + month − 1). */
function indexOf(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function monthOfIndex(index: number): string {
  const month = (index % 12) + 1;
  return `${Math.floor(index / 12)}-${month < 10 ? "0" : ""}${month}`;
}

/** The month `by` months after (negative: before) `month`. */
export function shiftMonth(month: string, by: number): string {
  return monthOfIndex(indexOf(month) + by);
}

/** Every month from `from` to `to`, both included (empty when `to` is before `from`). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let index = indexOf(from); index <= indexOf(to); index++) months.push(monthOfIndex(index));
  return months;
}

export function monthCount(from: string, to: string): number {
  return indexOf(to) - indexOf(from) + 1;
}
