/**
 * Whose a participle aside is. "Demolition of the old pier, built in 1921, began on Monday": the
 * pier was built, not its demolition, so the 1921 title is "Old pier built", never "Demolition of
 * old pier built". After a noun of doing to a thing ("demolition of", "sale of"), the aside
 * belongs to the thing; after any other noun ("The mayor of Springfield, elected in 2019") to
 * the head, as before. Each row of `DOINGS_TO` is such a noun, with the case that asked for it;
 * the nouns of `POSSESSED_HAPPENINGS` whose object opens with "of" count too.
 */

import { POSSESSED_HAPPENINGS } from './possessed';

export const DOINGS_TO: { noun: string; example: string }[] = [
	{ noun: 'demolition', example: 'Demolition of the old Carr Street pier, built in 1921, began' },
	{
		noun: 'renovation',
		example: 'Renovation of the theater, opened in 1927, will cost $40 million'
	},
	{ noun: 'restoration', example: 'Restoration of the mill, built in 1840, ended in June' },
	{ noun: 'construction', example: 'Construction of the dam, approved in 1958, took six years' },
	{ noun: 'rebuilding', example: 'Rebuilding of the church, burned in 2019, began this spring' },
	{ noun: 'repair', example: 'Repair of the bridge, closed in March, will take a year' },
	{ noun: 'removal', example: 'Removal of the statue, erected in 1911, was approved on Monday' },
	{ noun: 'reopening', example: 'The reopening of the line, shut in 2020, was delayed again' },
	{ noun: 'expansion', example: 'Expansion of the airport, opened in 1962, is due in 2030' },
	{ noun: 'redevelopment', example: 'Redevelopment of the site, bought in 2015, stalled' }
];

const NOUNS = new Set([
	...DOINGS_TO.map((row) => row.noun),
	...POSSESSED_HAPPENINGS.filter((row) => row.object === 'of').map((row) => row.noun)
]);

/** "Demolition of the old pier" → "the old pier"; a subject with no such noun stays. */
export function asideOwner(subject: string): string {
	const m = /^(?:(?:the|a|an|its|their|his|her)\s+)?([\p{L}-]+)\s+of\s+(.+)$/iu.exec(subject);
	return m && NOUNS.has(m[1]!.toLowerCase()) && !/\s(?:of|and)\s/.test(m[2]!) ? m[2]! : subject;
}

/**
 * Of an aside of two participles, the one the date is in: "built in 1921 and closed to the
 * public since 2019" is, for 2019, "closed to the public since 2019".
 */
export function ownParticiple(aside: string, mark: string, participle: RegExp): string {
	const parts = aside.split(/\s+and\s+(?=\S)/);
	if (parts.length < 2 || !parts.every((part) => participle.test(part))) return aside;
	return parts.find((part) => part.includes(mark)) ?? aside;
}
