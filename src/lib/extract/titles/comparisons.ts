/**
 * A comparison set off after its clause ("Ferry crossings fell in July, lower than in any July
 * since 2013") measures the happening against another time or thing; it is no part of what
 * happened, and a cut leaves it a fragment ("Ferry crossings fell, lower than in any"). A title
 * leaves it out, as an editor's headline does. Each kind is a row of `COMPARISONS`, read by
 * `withoutComparisons`; a comparison that holds the title's own date is left to the yardstick
 * rules (`yardsticks.ts`).
 */

import { isPastVerb } from '../happenings';
import { FINITE, MARK } from './words';

/** Words of a measure before a comparative: "about 9 percent more", "three times higher". */
const MEASURE = String.raw`(?:(?:about|some|nearly|almost|roughly|around|just|only|far|much|slightly|still|even|well|a|an|[\d$][\d.,%]*|one|two|three|four|five|six|seven|eight|nine|ten|half|twice|third|quarter|percent|percentage|points?|times|weeks|days|months|years|hours|miles|feet|degrees|dollars|votes|seats|${MARK}O\d+${MARK})\s+){0,4}`;

/** Comparatives of degree that take "than". */
const COMPARATIVE = String.raw`(?:more|less|fewer|higher|lower|earlier|later|sooner|faster|slower|bigger|smaller|larger|greater|better|worse|longer|shorter|cheaper|warmer|colder|wetter|drier|busier|quieter|heavier|stronger|weaker|deeper|wider|older|younger)`;

/** Superlatives and firsts of a record: "the hottest", "its first", "their biggest one-day". */
const SUPERLATIVE = String.raw`(?:\p{Ll}{2,}est|most|least|fewest|first|worst|best)`;

export const COMPARISONS: { pattern: RegExp; example: string }[] = [
	{
		// A comparative and its "than", to the next comma: no quantity of a subject ("…, more than
		// 300 residents packed …" is a clause, and has its verb; see `isComparison`).
		// (A date may be the comparative itself: "…, five years later than its rivals".)
		pattern: new RegExp(
			`,\\s+(?:${MEASURE}${COMPARATIVE}|${MARK}[TO]\\d+${MARK})\\s+than\\s+[^,;]*(?=[,;]|$)`,
			'gu'
		),
		example:
			'Ferry crossings fell in July, lower than in any July since 2013 → Ferry crossings fell'
	},
	{
		// A record the happening sets, told by a superlative and the time it is measured over.
		pattern: new RegExp(
			`,\\s+(?:the|its|their|his|her)\\s+${SUPERLATIVE}\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:since|in|on\\s+record|ever)\\b[^,;]*(?=[,;]|$)`,
			'gu'
		),
		example:
			'The temperature reached 119 degrees on Tuesday, the hottest day there since June 2013 → Temperature reached 119 degrees'
	}
];

/** A word that makes the words after a comma a clause of their own: a finite or past verb. */
const verb = (word: string) => FINITE.has(word) || isPastVerb(word);

/** "more than 300", "fewer than a dozen": a quantity, which may be a clause's subject. */
const QUANTITY =
	/\bthan\s+(?:[\d$]|(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:dozen|hundred|thousand|million))\b)/;

/**
 * Whether the words matched are a comparison, not a clause that opens with a quantity: "…, more
 * than 300 residents packed a council meeting" has a verb of its own ("more than analysts had
 * expected" is a comparison with a clause in it).
 */
function isComparison(phrase: string): boolean {
	return !(
		QUANTITY.test(phrase) &&
		phrase
			.split(/\s+/)
			.slice(1)
			.some((w) => verb(w.toLowerCase()))
	);
}

/**
 * The sentence without the comparisons set off after its clauses, unless one holds the date the
 * title is for (`targetMark`).
 */
export function withoutComparisons(s: string, targetMark: string): string {
	if (!s.includes(' than ') && !s.includes(' since ') && !/\s(?:in|on|ever)\b/.test(s)) return s;
	return COMPARISONS.reduce(
		(text, { pattern }) =>
			text.replace(pattern, (m, at: number) =>
				m.includes(targetMark) || !isComparison(m) || !clauseBefore(text.slice(0, at)) ? m : ''
			),
		s
	);
}

/** Whether the words before a comparison end a clause with a verb of its own. */
function clauseBefore(before: string): boolean {
	return before
		.split(/[,;]\s+/)
		.at(-1)!
		.split(/\s+/)
		.slice(1)
		.some((w) => verb(w.toLowerCase()));
}
