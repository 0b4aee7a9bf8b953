/**
 * A year's notice as an administrator types it: one line per date or date range with its festival,
 * `2027-02-06 ~ 2027-02-14 春节` (also `至`, `..`, `–`), and back from the days the API holds, consecutive days of one
 * festival joined into a range. The server checks the result (in the year, no duplicates, make-up days on weekends).
 */

export interface NoticeDay {
  date: string;
  kind: 'holiday' | 'workday';
  name: string;
}

const LINE = /^(\d{4}-\d{2}-\d{2})(?:\s*(?:~|～|至|\.\.|–|-)\s*(\d{4}-\d{2}-\d{2}))?\s+(\S.*)$/;
const DAY_MS = 86_400_000;
const MAX_RANGE_DAYS = 31;

const utc = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const isDate = (date: string) => iso(utc(date)) === date;

export interface ParsedNotice {
  days: NoticeDay[];
  /** Lines not understood, numbered from 1. */
  errors: { line: number; text: string }[];
}

export function parseNoticeLines(text: string, kind: NoticeDay['kind']): ParsedNotice {
  const days: NoticeDay[] = [];
  const errors: ParsedNotice['errors'] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const m = LINE.exec(line);
    const first = m?.[1];
    const last = m?.[2] ?? first;
    if (!m || !first || !last || !isDate(first) || !isDate(last) || utc(last) < utc(first) || (utc(last) - utc(first)) / DAY_MS >= MAX_RANGE_DAYS) {
      errors.push({ line: i + 1, text: line });
      return;
    }
    for (let ms = utc(first); ms <= utc(last); ms += DAY_MS) days.push({ date: iso(ms), kind, name: m[3]!.trim() });
  });
  return { days, errors };
}

/** The days of one kind as lines, consecutive days of one festival as a range. */
export function formatNoticeLines(days: readonly NoticeDay[], kind: NoticeDay['kind']): string {
  const own = days.filter((d) => d.kind === kind).sort((a, b) => a.date.localeCompare(b.date));
  const lines: string[] = [];
  let start = 0;
  for (let i = 1; i <= own.length; i++) {
    const prev = own[i - 1]!;
    const cur = own[i];
    if (cur && cur.name === prev.name && utc(cur.date) - utc(prev.date) === DAY_MS) continue;
    const first = own[start]!;
    lines.push(first.date === prev.date ? `${first.date} ${first.name}` : `${first.date} ~ ${prev.date} ${first.name}`);
    start = i;
  }
  return lines.join('\n');
}
