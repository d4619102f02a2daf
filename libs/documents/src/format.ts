/** Date and number formatting for one document: one locale, one time zone. */
export interface DocumentFormatter {
  /** "Senin, 24 November 2025, 09.00 WIB" */
  dateTime(iso: string): string;
  /** "Senin, 24 November 2025" */
  date(iso: string): string;
  /** "24 November 2025", as a signing date is written */
  longDate(iso: string): string;
  /** "09.00 WIB" */
  zonedTime(iso: string): string;
  /** "09.00" */
  time(iso: string): string;
  /** "24 Nov 2025 09.03", for table cells */
  shortDateTime(iso: string): string;
  /** "2025-11-24 09:03" in the forum's zone: sorts as text in a spreadsheet. */
  sortableDateTime(iso: string): string;
  /** A calendar date without a zone ("2025-12-31"), printed as "31 Desember 2025". */
  calendarDate(ymd: string): string;
  /** Fixed decimals in the locale's notation ("3,21" in Indonesian). */
  decimal(value: number, digits: number): string;
}

export function documentFormatter(locale: string, timeZone: string): DocumentFormatter {
  const date = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const long = new Intl.DateTimeFormat(locale, { timeZone, day: 'numeric', month: 'long', year: 'numeric' });
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const zoned = new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  });
  const short = new Intl.DateTimeFormat(locale, {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  // en-CA prints ISO-like dates; the parts are reassembled so the separator never depends on ICU data.
  const sortable = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  // Calendar dates carry no zone: format them at UTC midnight so no offset can move them a day.
  const calendar = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

  return {
    dateTime: (iso) => `${date.format(new Date(iso))}, ${zoned.format(new Date(iso))}`,
    date: (iso) => date.format(new Date(iso)),
    longDate: (iso) => long.format(new Date(iso)),
    zonedTime: (iso) => zoned.format(new Date(iso)),
    time: (iso) => time.format(new Date(iso)),
    shortDateTime: (iso) => short.format(new Date(iso)),
    sortableDateTime: (iso) => {
      const parts = Object.fromEntries(sortable.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
      return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
    },
    calendarDate: (ymd) => {
      const parsed = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
      if (!parsed) return ymd;
      return calendar.format(new Date(Date.UTC(Number(parsed[1]), Number(parsed[2]) - 1, Number(parsed[3]))));
    },
    decimal: (value, digits) => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value),
  };
}
