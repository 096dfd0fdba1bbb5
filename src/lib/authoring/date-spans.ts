import { formatBounds } from '../timeline/format';
import { fuzzyDate } from '../timeline/fuzzy-date';
import type { FuzzyDate } from '../timeline/types';
import { refused } from '../i18n/date-problems/en';
import type { DateReading as Reading } from './date-input';

/**
 * Spans editors type that the article normaliser reads only in part: a winter across two
 * years ("the winter of 2018-19") and a week of a month ("the first week of May 2021"). Each
 * row is a pattern and what it makes; `readPlain` reads the month a week is of. A row that
 * matches but cannot be read honestly refuses in one line naming what and where.
 */
interface SpanForm {
	pattern: RegExp;
	read: (m: RegExpExecArray, text: string, readPlain: (words: string) => Reading) => Reading;
	/** The entries that motivated the row, with what they read as (tested in date-input.test.ts). */
	examples: string[];
}

const WEEKS: Record<string, number> = {
	first: 1,
	'1st': 1,
	second: 2,
	'2nd': 2,
	third: 3,
	'3rd': 3,
	fourth: 4,
	'4th': 4,
	// A month holds four whole weeks and a few days: a fifth is refused, saying what to type.
	fifth: 0,
	'5th': 0,
	last: -1
};
const DAY = 86_400_000;

export const SPAN_FORMS: SpanForm[] = [
	{
		// A northern winter runs from December into the next year: "winter 2018" is already
		// Dec 2018 – Feb 2019, so "2018-19" names the same winter; other seasons sit in one year.
		pattern:
			/^(?:the\s+)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(\d{4})\s*[-–—/]\s*(\d{2}|\d{4})$/i,
		read: (m, text) => {
			const season = m[1]!.toLowerCase();
			const first = Number(m[2]);
			const second =
				m[3]!.length === 2 ? Math.floor(first / 100) * 100 + Number(m[3]) : Number(m[3]);
			if (season !== 'winter')
				return refused({ kind: 'season-in-one-year', text, season, first, second });
			if (second !== first + 1) return refused({ kind: 'not-one-winter', text, first, second });
			const date = fuzzyDate(text, `${first}-WI`)!;
			const tail = second % 100 === 0 ? String(second) : String(second).slice(-2);
			return { ok: true, date, reading: `winter ${first}–${tail} · ${formatBounds(date)}` };
		},
		examples: ['the winter of 2018-19', 'winter 2019/20', 'winter 1999-2000']
	},
	{
		// A week of a month, counted from its first day: the first week of May is May 1–7, the
		// last its final seven days. Its value is the month (TIMEX3 has no week of a month); its
		// bounds are the seven days.
		pattern:
			/^(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last)\s+week\s+(?:of|in)\s+(.+)$/i,
		read: (m, text, readPlain) => {
			const which = m[1]!.toLowerCase();
			const month = readPlain(m[2]!);
			const whereMonth = text.length - m[2]!.length;
			if (!month.ok || month.date.precision !== 'month' || month.date.mod)
				return refused({ kind: 'not-a-month', text, words: text.slice(whereMonth), which });
			if (!WEEKS[which]) return refused({ kind: 'four-weeks', text, month: m[2]! });
			const monthStart = Date.parse(month.date.earliest);
			const monthEnd = Date.parse(month.date.latest);
			const n = WEEKS[which]!;
			const from = n > 0 ? monthStart + (n - 1) * 7 * DAY : monthEnd + 1 - 7 * DAY;
			const date: FuzzyDate = {
				text,
				value: month.date.value,
				earliest: new Date(from).toISOString(),
				latest: new Date(from + 7 * DAY - 1).toISOString(),
				precision: 'week'
			};
			const words = text.replace(/^the\s+/i, '');
			return { ok: true, date, reading: `${words} · ${formatBounds(date)}` };
		},
		examples: [
			'the first week of May 2021',
			'the last week of February 2020',
			'2nd week of June 2019'
		]
	}
];

/** The reading of a span form the entry is, or null when it is none of them. */
export function readSpan(text: string, readPlain: (words: string) => Reading): Reading | null {
	for (const form of SPAN_FORMS) {
		const m = form.pattern.exec(text);
		if (m) return form.read(m, text, readPlain);
	}
	return null;
}

const ORDINALS = ['first', 'second', 'third', 'fourth'];

/**
 * Words for a week of a month that read back as it ("first week of May 2021"), for the field
 * to show once the editor's date is stored; null for any other date.
 */
export function weekOfMonthWords(date: FuzzyDate, monthWords: string): string | null {
	if (date.precision !== 'week' || !/^\d{4}-\d\d$/.test(date.value)) return null;
	const day = new Date(date.earliest).getUTCDate();
	const n = (day - 1) / 7;
	if (Number.isInteger(n) && ORDINALS[n]) return `${ORDINALS[n]} week of ${monthWords}`;
	return `last week of ${monthWords}`;
}
