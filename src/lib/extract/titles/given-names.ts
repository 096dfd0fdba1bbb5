/**
 * Given names (the table is data, given-names.json: several hundred across languages) that tell
 * a person, and most of them a sex, for "he" and "she": "Anna Brooks testified on Monday.
 * Her brother, Tom Brooks, was convicted in 2019. He fled to Mexico in 2020" is Tom Brooks, never
 * Anna. A name borne by women and men alike (Sam, Alex, Jordan, Dana, Kim, Jean, Andrea, Robin,
 * Leslie …) is in the table's "either" list, which tells a person and no sex: the table tells only
 * what a reader of the name would not doubt, and an unknown name tells nothing. (Names that are
 * as often a place's or a firm's, "Jordan", "Sydney", "Morgan", are in no list.) Words beside the name ("Mr.", "her daughter,") and a
 * pronoun the sentence gives it come first (`statedSex` in subjects.ts); this table is the last
 * word asked.
 */

import table from './given-names.json';

/** Each given name the table holds, with the sex it tells, or null for one borne by both. */
const GIVEN = new Map<string, 'female' | 'male' | null>([
	...table.female.map((n) => [n, 'female'] as const),
	...table.male.map((n) => [n, 'male'] as const),
	...table.either.map((n) => [n, null] as const)
]);

/**
 * The sex the first name of `person` tells ("Tom Brooks" → male), or null for a lone surname, a
 * name borne by both sexes, or one the table does not hold.
 */
export function givenNameSex(person: string): 'female' | 'male' | null {
	const words = person.trim().split(/\s+/);
	// (A lone word may be a surname: "Dale" in "Mr. Dale" is no first name.)
	if (words.length < 2) return null;
	return GIVEN.get(words[0]!) ?? null;
}

/**
 * Whether `person` opens with a given name the table holds, of either sex: a first and a last
 * name, "Ann Lee", "Sam Ortiz", which tells a person where nothing else in a thin passage does.
 * (Only what the text does not show to be a place or a body: `kindOf` asks that first.)
 */
export function hasGivenName(person: string): boolean {
	const words = person.trim().split(/\s+/);
	return words.length >= 2 && GIVEN.has(words[0]!);
}
