/**
 * Milliseconds of an ISO 8601 instant as `Date.prototype.toISOString` writes it
 * (`2020-06-26T00:00:00.000Z`, or `+012345-…`/`-000044-…` for years outside 0–9999), read by
 * hand: an index of a million events reads two million of them, and `Date.parse` makes that
 * the index's main cost. Any other shape goes to `Date.parse`, so the result is always the same.
 * The fields read go to `Date.UTC`: the string, not the calendar arithmetic, was the cost, and
 * the embed's script has a budget (a days-from-civil of its own was 108 bytes of its gzip).
 */
export function isoTime(text: string): number {
	const n = text.length;
	// Four-digit years are 24 characters; signed six-digit years 27.
	const y0 = n === 24 ? 0 : n === 27 ? 1 : -1;
	if (y0 < 0 || text.charCodeAt(n - 1) !== 90 /* Z */) return Date.parse(text);
	let year = 0;
	const yearDigits = y0 ? 6 : 4;
	for (let i = y0; i < y0 + yearDigits; i++) {
		const d = text.charCodeAt(i) - 48;
		if (d < 0 || d > 9) return Date.parse(text);
		year = year * 10 + d;
	}
	if (y0) {
		const sign = text.charCodeAt(0);
		if (sign === 45 /* - */) year = -year;
		else if (sign !== 43 /* + */) return Date.parse(text);
	}
	const at = y0 + yearDigits;
	const month = two(text, at + 1);
	const day = two(text, at + 4);
	const hour = two(text, at + 7);
	const minute = two(text, at + 10);
	const second = two(text, at + 13);
	const ms = two(text, at + 16) * 10 + digit(text, at + 18);
	if (
		text.charCodeAt(at) !== 45 ||
		text.charCodeAt(at + 3) !== 45 ||
		text.charCodeAt(at + 6) !== 84 /* T */ ||
		text.charCodeAt(at + 9) !== 58 ||
		text.charCodeAt(at + 12) !== 58 ||
		text.charCodeAt(at + 15) !== 46 ||
		!(month >= 1 && month <= 12) ||
		!(day >= 1 && day <= daysInMonth(year, month)) ||
		!(hour <= 23 && minute <= 59 && second <= 59 && ms >= 0) ||
		// Date.UTC reads years 0–99 as 1900–1999 ("-000000" is no year at all).
		(year >= 0 && year < 100)
	)
		return Date.parse(text);
	return Date.UTC(year, month - 1, day, hour, minute, second, ms);
}

/** A digit's value; NaN for anything else, so a malformed field fails every check. */
function digit(text: string, i: number): number {
	const d = text.charCodeAt(i) - 48;
	return d >= 0 && d <= 9 ? d : NaN;
}

const two = (text: string, i: number) => digit(text, i) * 10 + digit(text, i + 1);

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

function daysInMonth(year: number, month: number): number {
	return month === 2 ? (isLeap(year) ? 29 : 28) : 30 + ((month + (month >> 3)) & 1);
}
