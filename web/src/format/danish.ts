// Danish formatting through Intl, always in Europe/Copenhagen whatever the browser's own zone
// (a cleaner on holiday abroad still sees Danish times). Money arrives from the API in øre.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

export const ZONE = 'Europe/Copenhagen';
const LOCALE = 'da-DK';

type DateInput = string | Date | null | undefined;

const toDate = (value: DateInput): Date | null => {
  if (value == null || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
};

const dateFormat = new Intl.DateTimeFormat(LOCALE, { timeZone: ZONE, day: 'numeric', month: 'long', year: 'numeric' });
const shortDateFormat = new Intl.DateTimeFormat(LOCALE, { timeZone: ZONE, day: 'numeric', month: 'short' });
const weekdayFormat = new Intl.DateTimeFormat(LOCALE, { timeZone: ZONE, weekday: 'long', day: 'numeric', month: 'long' });
const timeFormat = new Intl.DateTimeFormat(LOCALE, { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const isoDayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const kroner = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'DKK', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const number = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });

/** "24. marts 2026" */
export function formatDate(value: DateInput): string {
  const date = toDate(value);
  return date ? dateFormat.format(date) : '–';
}

/** "24. mar." */
export function formatShortDate(value: DateInput): string {
  const date = toDate(value);
  return date ? shortDateFormat.format(date) : '–';
}

/** "tirsdag 24. marts" */
export function formatWeekday(value: DateInput): string {
  const date = toDate(value);
  return date ? weekdayFormat.format(date) : '–';
}

/** "08:00" */
export function formatTime(value: DateInput): string {
  const date = toDate(value);
  return date ? timeFormat.format(date).replace('.', ':') : '–';
}

/** "24. marts 2026 kl. 08:00" */
export function formatDateTime(value: DateInput): string {
  const date = toDate(value);
  return date ? `${formatDate(date)} kl. ${formatTime(date)}` : '–';
}

/** "08:00–11:00" */
export function formatTimeRange(start: DateInput, end: DateInput): string {
  return `${formatTime(start)}–${formatTime(end)}`;
}

/** The calendar day in Copenhagen as "2026-03-24", for comparing days. */
export function copenhagenDay(value: DateInput): string | null {
  const date = toDate(value);
  return date ? isoDayFormat.format(date) : null;
}

/** True when the instant falls on today's date in Copenhagen. */
export function isToday(value: DateInput, now: Date = new Date()): boolean {
  const day = copenhagenDay(value);
  return day !== null && day === copenhagenDay(now);
}

/** Øre to "2.443,00 kr." — never through floating point kroner. */
export function formatKroner(ore: number | null | undefined): string {
  if (ore == null || !Number.isFinite(ore)) return '–';
  return kroner.format(ore / 100);
}

/** 3.5 → "3,5" */
export function formatNumber(value: number | null | undefined): string {
  return value == null ? '–' : number.format(value);
}

/** "+4522334455" or "22 33 44 55" → "+45 22 33 44 55"; anything unparseable is shown as given. */
export function formatPhone(value: string | null | undefined): string {
  if (!value) return '–';
  const phone = parsePhoneNumberFromString(value, 'DK');
  return phone?.isValid() ? phone.formatInternational() : value;
}

/** A tel: link target ("+4522334455"), or null when it is no phone number. */
export function phoneHref(value: string | null | undefined): string | null {
  if (!value) return null;
  const phone = parsePhoneNumberFromString(value, 'DK');
  return phone?.isValid() ? phone.getURI() : null;
}

/** The zone's offset from UTC (ms) at an instant, read from Intl (no time-zone library). */
function zoneOffset(instant: number): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: ZONE,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  const wall = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  return wall - instant;
}

/** Midnight starting a Copenhagen calendar day ("2026-03-24") as a UTC instant (ISO-8601). */
export function copenhagenStartOfDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new Error(`not a day: ${day}`);
  const guess = Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!);
  const instant = guess - zoneOffset(guess - zoneOffset(guess));
  return new Date(instant).toISOString();
}

/** The Copenhagen day after the given one ("2026-03-31" → "2026-04-01"). */
export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + 1)).toISOString().slice(0, 10);
}

/** A file size in Danish: "1,2 MB", "340 kB", "12 B". */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes == null) return '–';
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${number.format(Math.round(bytes / 100) / 10)} kB`;
  return `${number.format(Math.round(bytes / 100_000) / 10)} MB`;
}
