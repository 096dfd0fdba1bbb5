/**
 * Guessing the publication date of an article that does not give one: a dateline near the top
 * ("WASHINGTON, June 26, 2020 —") wins; otherwise the latest full date the text states, unless
 * the text names a later month: then the story goes on past every full date it gives ("closed
 * on December 3, 2024 … construction started in April 2025 … reopened on Monday"), and a guess
 * would put every relative date in the wrong year. No guess is better than that one.
 */
import { tag } from './tagger';

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;
const DATELINE_WINDOW = 400;

export function inferPublished(text: string): { published: string; guessed: true } | null {
	const tagged = tag(text, undefined);
	const dates = tagged.filter((t) => FULL_DATE.test(t.value));
	if (dates.length === 0) return null;
	const dateline = dates.find((t) => t.start < DATELINE_WINDOW && isDateline(text, t.end));
	if (dateline) return { published: dateline.value, guessed: true };
	let latest = dates[0]!.value;
	for (const t of dates) if (t.value > latest) latest = t.value;
	const month = latest.slice(0, 7);
	if (tagged.some((t) => MONTH.test(t.value) && t.value > month)) return null;
	return { published: latest, guessed: true };
}

/** A dateline date is followed by a dash, or ends its line. */
function isDateline(text: string, end: number): boolean {
	let k = end;
	while (k < text.length && (text[k] === ' ' || text[k] === '\t' || text[k] === ')')) k++;
	const c = text[k];
	return (
		c === undefined || c === '\n' || c === '\u2014' || c === '\u2013' || c === '-' || c === ':'
	);
}
