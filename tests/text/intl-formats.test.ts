import { describe, expect, it } from 'vitest';
import { dateFormat, relativeTimeFormat } from '../../lib/text/intl-formats';

describe('Intl formatters kept', () => {
  it('gives the same formatter back for the same locale and options, another for others', () => {
    const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
    expect(dateFormat('fr', { ...options })).toBe(dateFormat('fr', options));
    expect(dateFormat('en', options)).not.toBe(dateFormat('fr', options));
    expect(dateFormat('fr', { ...options, month: 'short' })).not.toBe(dateFormat('fr', options));
    expect(relativeTimeFormat('fr', { numeric: 'auto' })).toBe(relativeTimeFormat('fr', { numeric: 'auto' }));
  });

  it('formats as a formatter made for the call would', () => {
    const day = Date.UTC(2022, 6, 4);
    expect(dateFormat('fr', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(day)).toBe('4 juillet 2022');
    expect(dateFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'America/Montreal' }).format(day)).toBe('2022-07-03');
    expect(relativeTimeFormat('en', { numeric: 'auto' }).format(1, 'day')).toBe('tomorrow');
  });
});
