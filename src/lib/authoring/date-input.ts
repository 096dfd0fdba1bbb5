import { fuzzyOfParts } from '../interchange/calendar';
import { tagTimexes } from '../temporal';
import type { DateLocale } from '../i18n/dates';
import { refused, type DateProblem } from '../i18n/date-problems/en';
import { DEFAULT_LANG } from '../i18n/lang';
import { formatBounds, formatFuzzyDate } from '../timeline/format';
import { BOUNDS, boundOnPart, readBound } from './date-bounds';
import { LEADING_WORDS, readYearOf } from './date-phrases';
import { readSpan, weekOfMonthWords } from './date-spans';
import { fuzzyDate, parseCalendarDay } from '../timeline/fuzzy-date';
import type { FuzzyDate } from '../timeline/types';

/** What a typed date was understood as, or why it was not. */
export type DateReading =
	| { ok: true; date: FuzzyDate; reading: string }
	| { ok: false; message: string; problem: DateProblem };

const BC =
	/^\s*(?:(early|mid|late|about|around|c\.|circa)\s+)?(\d{1,6})\s*(?:BC|BCE|B\.C\.|B\.C\.E\.)\s*$/i;
const MODS: Record<string, FuzzyDate['mod']> = {
	early: 'START',
	mid: 'MID',
	late: 'END',
	about: 'APPROX',
	around: 'APPROX',
	'c.': 'APPROX',
	circa: 'APPROX'
};

/** Words that make a date approximate ("c. 1850", "circa 1850", "around 1850"). */
const APPROX = /^(?:about|around|roughly|circa|ca\.?|c\.?|approx\.?|approximately)$/i;

/**
 * Reads a date as an editor types it ("late March 2020", "2019", "spring 2018", "44 BC",
 * "last year", "before 2031", "by mid-1993", "c. 1850") through the same normaliser that reads
 * articles, against the story's publication date, and says how it was understood
 * ("late March 2020 · Mar 21 – Mar 31, 2020"). The whole entry must be one date: "March 3 or
 * 4" is refused rather than half read, in one line naming what was not read and where.
 */
export function readTypedDate(input: string, published: string): DateReading {
	const text = input.trim();
	if (!text) return refused({ kind: 'empty' });
	const bounded = readBound(text);
	if (!bounded) return readPlainDate(text, published);
	const { bound, rest } = bounded;
	const inner = rest ? readPlainDate(rest, published) : null;
	if (!inner) return refused({ kind: 'nothing-after', text, said: text.slice(0, -1).trim() });
	if (!inner.ok) return inner;
	const part = inner.date.mod;
	const plain = part ? boundOnPart(bound.mod, part, inner.date.value) : inner.date;
	const reference = parseCalendarDay(published) ?? undefined;
	const date = plain && fuzzyDate(text, plain.value, bound.mod, reference);
	if (!date) {
		const said = text.slice(0, text.length - rest.length).trim();
		const whole = fuzzyDate(rest, inner.date.value, undefined, reference);
		const unit = whole ? formatFuzzyDate(whole) : rest;
		return refused({ kind: 'bounded-twice', text, rest, said, unit });
	}
	return {
		ok: true,
		date,
		reading: `${bound.says} ${formatFuzzyDate(inner.date)} · ${formatBounds(date)}`
	};
}

/** One date with no bound before it: the normaliser's reading of the whole entry. */
function readPlainDate(text: string, published: string): DateReading {
	// A winter across two years, a week of a month: read whole, or refused saying why.
	const span = readSpan(text, (words) => readPlainDate(words, published));
	if (span) return span;
	// A date whose year is said apart from it: "January of this year".
	const yearOf = readYearOf(text, (words) => readPlainDate(words, published));
	if (yearOf) return yearOf;
	const reference = parseCalendarDay(published) ?? undefined;
	const bc = BC.exec(text);
	if (bc) {
		const base = fuzzyOfParts({ year: -Number(bc[2]) }, text);
		const mod = bc[1] ? MODS[bc[1].toLowerCase()] : undefined;
		// fuzzy-date reads BC values where it knows them; otherwise the plain year's bounds stand.
		const date = fuzzyDate(text, base.value, mod) ?? (mod ? { ...base, mod } : base);
		return { ok: true, date, reading: `${Number(bc[2])} BC${mod ? ` (${bc[1]})` : ''}` };
	}
	// ISO dates pass straight through, so a pasted "2020-03-21" means that day.
	const tagged = tagTimexes(text, { published });
	const timexes = tagged.filter((t) => t.type === 'DATE' || t.type === 'TIME');
	const timex = timexes[0];
	if (!timex) {
		const other = tagged[0];
		const is = !other ? 'nothing' : other.type === 'SET' ? 'repeats' : 'length';
		return refused({ kind: 'not-a-date', text, is });
	}
	if (timexes.length > 1) {
		const [a, b] = timexes.map((t) => text.slice(t.start, t.end));
		return refused({ kind: 'two-dates', text, a: a!, b: b! });
	}
	const before = text.slice(0, timex.start).trim();
	const after = text.slice(timex.end).trim();
	const approx = APPROX.test(before);
	const unsaid = approx || LEADING_WORDS.test(before);
	if ((before && !unsaid) || after) {
		return refused({
			kind: 'words-left',
			text,
			read: text.slice(timex.start, timex.end),
			before: unsaid ? '' : before,
			after
		});
	}
	const date = fuzzyDate(text, timex.value, approx ? 'APPROX' : timex.mod, reference);
	if (!date) {
		return refused({ kind: 'no-point', text, value: timex.value });
	}
	return { ok: true, date, reading: describe(date) };
}

/**
 * "late March 2020 · Mar 21 – Mar 31, 2020": the words and the days they stand for, in the
 * page's language ("Ende März 2020 · 21. März 2020 – 31. März 2020"), as the reader's card says them.
 */
export function describe(date: FuzzyDate, lang: DateLocale = DEFAULT_LANG): string {
	return `${formatFuzzyDate(date, lang)} · ${formatBounds(date, lang)}`;
}

/** Whether two dates stand for the same time, whatever their words or how they were found. */
export function sameTime(a: FuzzyDate, b: FuzzyDate): boolean {
	return (
		a.value === b.value &&
		a.mod === b.mod &&
		a.earliest === b.earliest &&
		a.latest === b.latest &&
		a.precision === b.precision
	);
}

/**
 * The words a date field shows: the date's own words when they read as it, else words that
 * read back as it. A corrected date keeps the article's words ("last week") for readers, so
 * the field shows the editor's date ("Mar 3, 2020", "by mid-1993"): what the field
 * says is what is stored, and leaving it as it is changes nothing.
 */
export function fieldWords(date: FuzzyDate, published: string): string {
	const same = (words: string) => {
		const reading = readTypedDate(words, published);
		return reading.ok && sameTime(reading.date, date);
	};
	if (same(date.text)) return date.text;
	// A reader's words for it ("by mid-1993"), when the field reads them back the same.
	const said = formatFuzzyDate(date);
	if (same(said)) return said;
	const bound = BOUNDS.find((b) => b.mod === date.mod);
	if (bound) {
		const plain = { ...date };
		delete plain.mod;
		const words = `${bound.writes} ${formatFuzzyDate(plain)}`;
		if (same(words)) return words;
	}
	const week = weekOfMonthWords(date, formatFuzzyDate({ ...date, precision: 'month' }));
	if (week && same(week)) return week;
	return formatFuzzyDate(date);
}
