/**
 * Intl formatters, made once per locale and options and kept. Making one costs about a
 * millisecond (more for the first, which loads the locale's data), using one microseconds:
 * the popup's first rows each formatted a deadline with formatters of their own, some
 * 20 ms of its first paint on a busy machine.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

export function dateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return kept(dateFormats, locale, options, () => new Intl.DateTimeFormat(locale, options));
}

export function relativeTimeFormat(locale: string | undefined, options: Intl.RelativeTimeFormatOptions): Intl.RelativeTimeFormat {
  return kept(relativeFormats, locale, options, () => new Intl.RelativeTimeFormat(locale, options));
}

function kept<F>(formats: Map<string, F>, locale: string | undefined, options: object, make: () => F): F {
  const key = `${locale ?? ''} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = make()));
  return format;
}
