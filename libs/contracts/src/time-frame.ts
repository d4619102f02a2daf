/**
 * A follow-up's time frame in words ("3 bulan", "6 months", "2 minggu", "30 hari", "1 tahun", "Triwulan II 2027",
 * "Q3 2027") turned into a deadline counted from the forum's date. Null when the words say no countable span.
 */
export function deadlineFromTimeFrame(timeFrame: string | null | undefined, forumDate: string): string | null {
  if (!timeFrame) return null;
  const text = timeFrame.trim().toLowerCase().replace(/\s+/g, ' ');
  const quarter = QUARTER.exec(text);
  if (quarter) {
    const index = quarterIndex(quarter[2]);
    const year = Number(quarter[3]);
    if (!index || year < 1900 || year > 2200) return null;
    return endOfMonth(year, index * 3);
  }
  const span = SPAN.exec(text);
  if (!span) return null;
  const amount = parseAmount(span[2]);
  const unit = UNITS[span[3]];
  if (!amount || !unit || amount > 1000) return null;
  if (unit === 'day') return addDays(forumDate, amount);
  if (unit === 'week') return addDays(forumDate, amount * 7);
  return addMonths(forumDate, unit === 'year' ? amount * 12 : amount);
}

const QUARTER = /^(triwulan|kuartal|quarter|tw|q) ?(i{1,3}|iv|[1-4])\b[ ,/-]*(?:tahun |year )?(\d{4})$/;
const SPAN =
  /^(dalam |within |paling lambat |at most |maks(?:imal)? )?(\d{1,4}|satu|se|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|dua belas|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: |-)?(hari|days?|minggu|pekan|weeks?|bulan|months?|tahun|years?)$/;

const UNITS: Record<string, 'day' | 'week' | 'month' | 'year'> = {
  hari: 'day',
  day: 'day',
  days: 'day',
  minggu: 'week',
  pekan: 'week',
  week: 'week',
  weeks: 'week',
  bulan: 'month',
  month: 'month',
  months: 'month',
  tahun: 'year',
  year: 'year',
  years: 'year',
};

const WORDS: Record<string, number> = {
  satu: 1,
  se: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
  sepuluh: 10,
  sebelas: 11,
  'dua belas': 12,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

function parseAmount(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return WORDS[word] ?? null;
}

function quarterIndex(roman: string): number | null {
  return ({ i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 } as Record<string, number>)[roman] ?? null;
}

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Calendar months later, clamped to the month's last day (31 January + 1 month = 28 or 29 February). */
function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
}

function endOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}
