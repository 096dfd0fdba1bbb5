/** A state dated by "since": the title tells its beginning ("has lived in" → "moved to"). */

import { markPatterns } from './markers';

/**
 * A clause after "since" that opens with its noun phrase: "since the club was founded in 2009",
 * or with a bare plural, "lost money since sales fell by half in 2023".
 */
export const SINCE_CLAUSE =
	/\bsince\s+((?:(?:the|a|an|its|their|his|her)\s+|(?=\p{Ll}{3,}s\s+\p{Ll}))[^,;]+)/iu;

/**
 * A state dated by "since" began at its date: the title tells the beginning. Each row: the
 * state's words, the beginning's, and the example that called for it.
 */
const SINCE_STATES: { state: RegExp; began: string; example: string }[] = [
	{
		state: /\b(?:has|have|had)\s+been\s+(?=[a-z]+ing\b)/i,
		began: 'began ',
		example: 'Investigators have been searching for Kopp since shortly after the Oct. 23 slaying.'
	},
	{
		state: /\b(?:has|have|had)\s+been\s+in\s+power\b/i,
		began: 'came to power',
		example: 'The party has been in power since 1999.'
	},
	{
		state: /\b(?:has|have|had)\s+been\s+in\s+office\b/i,
		began: 'took office',
		example: 'The mayor has been in office since January.'
	},
	{
		state: /\b(?:has|have|had)\s+(?:been|served\s+as)\s+(?=(?:a|an|the|its|their|his|her)\s)/i,
		began: 'became ',
		example: 'Ruiz has been the county engineer since 2019.'
	},
	{
		state: /\b(?:has|have|had)\s+lived\s+in\b/i,
		began: 'moved to',
		example: 'The family has lived in Miami since 1999.'
	}
];

export function sinceThen(clause: string, mark: string): string {
	const since = markPatterns(mark).since.exec(clause);
	if (!since) return clause;
	const state = clause.slice(0, since.index);
	for (const { state: words, began } of SINCE_STATES) {
		if (words.test(state)) return state.replace(words, began);
	}
	return clause;
}
