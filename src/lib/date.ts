import { LOCALE } from '../i18n/ko.ts';

/** A post date as the author wrote it: the instant and its UTC offset. */
export interface PostDate {
  /** The instant, comparable across posts. */
  instant: Date;
  /** The author's UTC offset, `+HH:MM` or `-HH:MM`. */
  offset: string;
  /** The original string, kept for `<time datetime>`. */
  iso: string;
}

/** ISO 8601 date-time with seconds optional and an explicit offset (`Z` or `±HH:MM`). */
const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Parses `2021-01-13T17:00:00+03:00`. Throws a `RangeError` that names the
 * value and shows the expected form when the offset is missing or the date
 * does not exist.
 */
export function parsePostDate(value: string): PostDate {
  const match = ISO_WITH_OFFSET.exec(value.trim());
  if (!match) {
    throw new RangeError(
      `Invalid date ${JSON.stringify(value)}: write an ISO 8601 date-time with its UTC offset, such as "2021-01-13T17:00:00+03:00".`,
    );
  }
  const [, year, month, day, hour, minute, , zone] = match;
  const instant = new Date(value.trim());
  const check = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute)));
  const sameCalendarDate =
    check.getUTCFullYear() === Number(year) && check.getUTCMonth() === Number(month) - 1 && check.getUTCDate() === Number(day);
  if (Number.isNaN(instant.getTime()) || !sameCalendarDate || Number(hour) > 23 || Number(minute) > 59) {
    throw new RangeError(`Invalid date ${JSON.stringify(value)}: that calendar date or time does not exist.`);
  }
  const offset = zone === 'Z' ? '+00:00' : (zone as string);
  return { instant, offset, iso: value.trim() };
}

/**
 * Formats a post date in Korean (`2021년 1월 13일`), on the calendar day of
 * the author's own offset, so a post written in the evening in Moscow does not
 * move to the next day for a build machine in Seoul.
 */
export function formatPostDate(date: PostDate): string {
  return new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeZone: date.offset }).format(date.instant);
}
