/**
 * d3-time-format for the standalone embed bundle (scripts/embed-bundle.js puts it in place of
 * the package). d3-scale's time scales make a default tick format from it when created;
 * Dateline labels its axis itself (src/lib/layout/axis.ts, in the page's language), so that
 * format is never shown. This does the few directives d3-scale asks for, with Intl for the
 * English names, instead of d3-time-format's locale tables and parser.
 */
type Formatter = (date: Date) => string;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function formatter(specifier: string, timeZone?: string): Formatter {
	const names = new Map<string, Intl.DateTimeFormat>();
	const name = (date: Date, options: Intl.DateTimeFormatOptions, key: string) => {
		let format = names.get(key);
		if (!format)
			names.set(key, (format = new Intl.DateTimeFormat('en-US', { ...options, timeZone })));
		return format.format(date);
	};
	return (date) => {
		// The date's wall clock in the zone: UTC, or the machine's for timeFormat.
		const local = timeZone ? date : new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
		const [y, , d, h, mi, s, ms] = local
			.toISOString()
			.split(/[-T:.Z]/)
			.map(Number) as number[];
		const directives: Record<string, () => string> = {
			Y: () => pad(y! % 10000, 4),
			B: () => name(date, { month: 'long' }, 'B'),
			b: () => name(date, { month: 'short' }, 'b'),
			a: () => name(date, { weekday: 'short' }, 'a'),
			d: () => pad(d!),
			I: () => pad(h! % 12 || 12),
			p: () => (h! < 12 ? 'AM' : 'PM'),
			M: () => pad(mi!),
			S: () => pad(s!),
			L: () => pad(ms!, 3)
		};
		return specifier.replace(/%(.)/g, (all, code: string) => directives[code]?.() ?? all);
	};
}

export const utcFormat = (specifier: string): Formatter => formatter(specifier, 'UTC');
export const timeFormat = (specifier: string): Formatter => formatter(specifier);
