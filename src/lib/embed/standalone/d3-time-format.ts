/**
 * d3-time-format for the standalone embed bundle (scripts/embed-bundle.ts puts it in place of
 * the package). d3-scale's time scales make a default tick format from it when created;
 * Dateline labels its axis itself (src/lib/layout/axis.ts, in the page's language), so that
 * format is never shown. This does the few directives d3-scale asks for, with Intl for the
 * English names, instead of d3-time-format's own locale tables and parser.
 */
type Formatter = (date: Date) => string;

interface Fields {
	year: number;
	month: number;
	day: number;
	hours: number;
	minutes: number;
	seconds: number;
	milliseconds: number;
}

const utcFields = (d: Date): Fields => ({
	year: d.getUTCFullYear(),
	month: d.getUTCMonth(),
	day: d.getUTCDate(),
	hours: d.getUTCHours(),
	minutes: d.getUTCMinutes(),
	seconds: d.getUTCSeconds(),
	milliseconds: d.getUTCMilliseconds()
});

const localFields = (d: Date): Fields => ({
	year: d.getFullYear(),
	month: d.getMonth(),
	day: d.getDate(),
	hours: d.getHours(),
	minutes: d.getMinutes(),
	seconds: d.getSeconds(),
	milliseconds: d.getMilliseconds()
});

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** An English name (month, weekday) of a date, as Intl writes it in the given zone. */
function named(options: Intl.DateTimeFormatOptions, timeZone?: string): Formatter {
	let format: Intl.DateTimeFormat | undefined;
	return (date) =>
		(format ??= new Intl.DateTimeFormat('en-US', { ...options, timeZone })).format(date);
}

function directives(timeZone?: string): Record<string, (date: Date, f: Fields) => string> {
	const month = named({ month: 'long' }, timeZone);
	const shortMonth = named({ month: 'short' }, timeZone);
	const weekday = named({ weekday: 'short' }, timeZone);
	return {
		Y: (_, f) => pad(f.year % 10000, 4),
		B: (date) => month(date),
		b: (date) => shortMonth(date),
		a: (date) => weekday(date),
		d: (_, f) => pad(f.day, 2),
		I: (_, f) => pad(f.hours % 12 || 12, 2),
		p: (_, f) => (f.hours < 12 ? 'AM' : 'PM'),
		M: (_, f) => pad(f.minutes, 2),
		S: (_, f) => pad(f.seconds, 2),
		L: (_, f) => pad(f.milliseconds, 3)
	};
}

function formatter(specifier: string, utc: boolean): Formatter {
	const table = directives(utc ? 'UTC' : undefined);
	const fields = utc ? utcFields : localFields;
	const pieces = specifier.split(/(%.)/).filter(Boolean);
	return (date) => {
		const f = fields(date);
		return pieces.map((p) => (p[0] === '%' && table[p[1]!] ? table[p[1]!]!(date, f) : p)).join('');
	};
}

// A time scale asks for the same eight formats each time one is made: make each once.
const made = new Map<string, Formatter>();

function cached(specifier: string, utc: boolean): Formatter {
	const key = `${utc}:${specifier}`;
	let format = made.get(key);
	if (!format) made.set(key, (format = formatter(specifier, utc)));
	return format;
}

export const utcFormat = (specifier: string): Formatter => cached(specifier, true);
export const timeFormat = (specifier: string): Formatter => cached(specifier, false);
