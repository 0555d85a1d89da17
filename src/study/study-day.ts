// A study day starts at 04:00 local time, as in Anki, so a late-night session counts for the
// evening it belongs to.
const DAY_START_HOUR = 4;

export function startOfStudyDay(now: number): number {
  const d = new Date(now);
  d.setHours(DAY_START_HOUR, 0, 0, 0);
  if (d.getTime() > now) d.setDate(d.getDate() - 1);
  return d.getTime();
}

export function endOfStudyDay(now: number): number {
  const d = new Date(startOfStudyDay(now));
  d.setDate(d.getDate() + 1);
  return d.getTime();
}
