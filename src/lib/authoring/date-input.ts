import { fuzzyOfParts } from '../interchange/calendar';
import { tagTimexes } from '../temporal';
import { formatBounds, formatFuzzyDate } from '../timeline/format';
import { fuzzyDate, parseCalendarDay } from '../timeline/fuzzy-date';
import type { FuzzyDate } from '../timeline/types';

/** What a typed date was understood as, or why it was not. */
export type DateReading =
	{ ok: true; date: FuzzyDate; reading: string } | { ok: false; message: string };

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

/**
 * Reads a date as an editor types it ("late March 2020", "2019", "spring 2018", "44 BC",
 * "last year") through the same normaliser that reads articles, against the story's
 * publication date, and says how it was understood ("late March 2020 · Mar 21 – Mar 31, 2020").
 * The whole entry must be one date: "March 3 or 4" is refused rather than half read.
 */
export function readTypedDate(input: string, published: string): DateReading {
	const text = input.trim();
	if (!text)
		return { ok: false, message: 'Type a date, such as “late March 2020”, “2019” or “44 BC”.' };
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
	const timexes = tagTimexes(text, { published }).filter(
		(t) => t.type === 'DATE' || t.type === 'TIME'
	);
	const timex = timexes[0];
	const leftover = timex ? (text.slice(0, timex.start) + text.slice(timex.end)).trim() : text;
	const approx = /^(?:about|around|circa|c\.|approximately)$/i.test(
		timex ? text.slice(0, timex.start).trim() : ''
	);
	if (!timex || timexes.length > 1 || (leftover && !approx)) {
		return {
			ok: false,
			message: `“${text}” is not a date Dateline can place; try “June 26, 2020”, “late March 2020”, “spring 2018” or “44 BC”.`
		};
	}
	const date = fuzzyDate(text, timex.value, approx ? 'APPROX' : timex.mod, reference);
	if (!date) {
		return {
			ok: false,
			message: `“${text}” names no point in time (${timex.value}); give a date.`
		};
	}
	return { ok: true, date, reading: describe(date) };
}

/** "late March 2020 · Mar 21 – Mar 31, 2020": the words and the days they stand for. */
export function describe(date: FuzzyDate): string {
	return `${formatFuzzyDate(date)} · ${formatBounds(date)}`;
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
 * The words a date field shows: the date's own words when they read as it, else the date as
 * Dateline writes it. A corrected date keeps the article's words ("last week") for readers, so
 * the field shows the editor's date ("Mar 3, 2020"): what the field says is what is stored.
 */
export function fieldWords(date: FuzzyDate, published: string): string {
	const reading = readTypedDate(date.text, published);
	return reading.ok && sameTime(reading.date, date) ? date.text : formatFuzzyDate(date);
}
