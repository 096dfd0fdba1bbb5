/**
 * Guessing the publication date of an article that does not give one: a dateline near the top
 * ("WASHINGTON, June 26, 2020 —") wins; otherwise the latest full date the text states.
 */
import { tag } from './tagger';

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATELINE_WINDOW = 400;

export function inferPublished(text: string): { published: string; guessed: true } | null {
	const dates = tag(text, undefined).filter((t) => FULL_DATE.test(t.value));
	if (dates.length === 0) return null;
	const dateline = dates.find((t) => t.start < DATELINE_WINDOW && isDateline(text, t.end));
	if (dateline) return { published: dateline.value, guessed: true };
	let latest = dates[0]!.value;
	for (const t of dates) if (t.value > latest) latest = t.value;
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
