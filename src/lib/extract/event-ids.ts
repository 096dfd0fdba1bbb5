import type { FuzzyDate } from '../timeline/types';
import { slugify } from './article';

/** A calendar day, month or year as digits ("2019", "2020-03", "2020-06-26T15:00"). */
const CALENDAR_VALUE = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?)?)?$/;
const YEAR_OF = /^(\d{4})-/;

/**
 * The date part of an event's id, in words a reader of a link can read. A calendar value is
 * kept as it was ("2020-03"), so the ids of most events stay what they were; any other value
 * is a TIMEX3 code ("PAST_REF", "2019-SU", "BC0500", "2020-06-26TMO") that a link must not
 * show, so the id takes the date as written ("months-ago", "summer-2019") or, for a date
 * inferred from other words, its year when it lies in one.
 */
export function idDate(date: FuzzyDate): string {
	// A clock time's colon ("2026-03-09T15:00") is no id character: the store refused every
	// save of a draft holding one.
	if (CALENDAR_VALUE.test(date.value)) return date.value.toLowerCase().replace(/:/g, '-');
	const written = date.inferred ? '' : slugify(date.text, 24);
	if (/[a-z]/.test(written)) return written;
	const year = YEAR_OF.exec(date.earliest)?.[1];
	if (year && year === YEAR_OF.exec(date.latest)?.[1]) return year;
	return written;
}

/** An event's id: its date in words and its title's slug ("months-ago-united-states-concluded"). */
export function eventId(date: FuzzyDate, title: string): string {
	return [idDate(date), slugify(title, 40)].filter(Boolean).join('-');
}
