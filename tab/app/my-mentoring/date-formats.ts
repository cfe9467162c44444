/** Dates in the reader's locale (from Teams, or the browser's). */
export interface DateFormats {
  /** "3 March 2025": a calendar date (yyyy-mm-dd) or the day of an instant. */
  date(value: string): string;
  /** "20 March 2025 at 18:00": an instant, in the reader's time zone. */
  dateTime(value: string): string;
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function dateFormats(locale: string): DateFormats {
  const dayOfInstant = formatter(locale, { dateStyle: "long" });
  // A calendar date has no time zone: format it as written, not shifted into the reader's zone.
  const calendarDay = formatter(locale, { dateStyle: "long", timeZone: "UTC" });
  const moment = formatter(locale, { dateStyle: "long", timeStyle: "short" });
  return {
    date: (value) => format(CALENDAR_DATE.test(value) ? calendarDay : dayOfInstant, value),
    dateTime: (value) => format(moment, value),
  };
}

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, options);
  } catch {
    return new Intl.DateTimeFormat(undefined, options); // an invalid locale tag from the host
  }
}

function format(formatter: Intl.DateTimeFormat, value: string): string {
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : formatter.format(time);
}
