import {
  copenhagenDay,
  formatDate,
  formatDateTime,
  formatKroner,
  formatNumber,
  formatPhone,
  formatTime,
  formatTimeRange,
  formatWeekday,
  isToday,
  phoneHref,
} from './danish';

describe('Danish formatting in Europe/Copenhagen', () => {
  it('shows winter times an hour after UTC and summer times two hours after', () => {
    expect(formatTime('2026-03-24T07:00:00Z')).toBe('08:00');
    expect(formatTime('2026-03-30T06:00:00Z')).toBe('08:00');
    expect(formatTimeRange('2026-03-24T07:00:00Z', '2026-03-24T10:00:00Z')).toBe('08:00–11:00');
  });

  it('writes dates the Danish way', () => {
    expect(formatDate('2026-03-24T07:00:00Z')).toBe('24. marts 2026');
    expect(formatWeekday('2026-03-24T07:00:00Z')).toBe('tirsdag 24. marts');
    expect(formatDateTime('2026-03-24T07:00:00Z')).toBe('24. marts 2026 kl. 08:00');
  });

  it('puts a late-evening UTC instant on the next Copenhagen day', () => {
    expect(copenhagenDay('2026-03-24T23:30:00Z')).toBe('2026-03-25');
    expect(isToday('2026-03-24T23:30:00Z', new Date('2026-03-25T10:00:00Z'))).toBe(true);
    expect(isToday('2026-03-24T22:30:00Z', new Date('2026-03-25T10:00:00Z'))).toBe(false);
  });

  it('shows a dash for missing or invalid instants', () => {
    expect(formatDate(null)).toBe('–');
    expect(formatTime('not a date')).toBe('–');
  });

  it('formats øre as kroner with Danish separators', () => {
    expect(formatKroner(244300)).toMatch(/^2\.443,00\s?kr\.$/);
    expect(formatKroner(180782)).toMatch(/^1\.807,82\s?kr\.$/);
    expect(formatKroner(5)).toMatch(/^0,05\s?kr\.$/);
    expect(formatKroner(null)).toBe('–');
  });

  it('formats decimal numbers with a comma', () => {
    expect(formatNumber(3.5)).toBe('3,5');
  });

  it('formats Danish phone numbers in pairs with the country code', () => {
    expect(formatPhone('+4522334455')).toBe('+45 22 33 44 55');
    expect(formatPhone('22 33 44 55')).toBe('+45 22 33 44 55');
    expect(formatPhone('ring efter kl. 16')).toBe('ring efter kl. 16');
    expect(formatPhone(null)).toBe('–');
    expect(phoneHref('+4522334455')).toBe('tel:+4522334455');
    expect(phoneHref('nope')).toBeNull();
  });
});

import { copenhagenStartOfDay, formatBytes, nextDay } from './danish';

describe('Copenhagen days as instants', () => {
  it('starts a winter day at 23:00 UTC the evening before and a summer day at 22:00', () => {
    expect(copenhagenStartOfDay('2026-01-15')).toBe('2026-01-14T23:00:00.000Z');
    expect(copenhagenStartOfDay('2026-07-01')).toBe('2026-06-30T22:00:00.000Z');
  });

  it('starts the days around the clock changes at their own offsets', () => {
    expect(copenhagenStartOfDay('2026-03-29')).toBe('2026-03-28T23:00:00.000Z');
    expect(copenhagenStartOfDay('2026-03-30')).toBe('2026-03-29T22:00:00.000Z');
    expect(copenhagenStartOfDay('2026-10-25')).toBe('2026-10-24T22:00:00.000Z');
    expect(copenhagenStartOfDay('2026-10-26')).toBe('2026-10-25T23:00:00.000Z');
  });

  it('steps to the next day across month and year ends', () => {
    expect(nextDay('2026-03-31')).toBe('2026-04-01');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
  });

  it('refuses something that is not a day', () => {
    expect(() => copenhagenStartOfDay('24-03-2026')).toThrow();
  });
});

describe('file sizes', () => {
  it('writes sizes with Danish decimals', () => {
    expect(formatBytes(12)).toBe('12 B');
    expect(formatBytes(234_000)).toBe('234 kB');
    expect(formatBytes(1_250_000)).toBe('1,3 MB');
    expect(formatBytes(null)).toBe('–');
  });
});
