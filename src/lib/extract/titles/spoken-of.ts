/**
 * A sentence in which someone tells of someone else ("Frost later wrote that Mr. Atherley could
 * frighten a room", "Hallam's manager, Tom Bell, said the club had watched him for two seasons")
 * is about the one told of as much as about its speaker: the "he" of the next sentence is as
 * often the one spoken of, and in a piece about one person (an obituary, a profile) it is that
 * person. So the speaker of such a sentence is no sure "he" or "she" of the pronoun's sex after
 * it: the search for who the pronoun is goes on past that sentence, as it does past a quotation
 * about a "she" (`quotesOf` in subjects.ts) or a kin who tells of the dead (`OWN_KIN_SAYS`).
 *
 * Only signs that the one told of is not the speaker count: an object "him" or "her", or someone
 * named with a courtesy title of that sex. A subject "he" in the saying does not ("Mayor Tom Reed
 * said he would not run" tells of himself).
 */

import type { Sex } from './antecedents';

/** A verb of saying, and what stands between it and what was said. */
const SAYING =
	/^((?:[^,;:“”"]|,\s[^,;:“”"]{1,60},){1,90}?)\s+(?:later\s+|once\s+|also\s+)?(?:said|says|wrote|writes|recalled|recalls|remembered|added|noted|told\s+\p{Ll}+)\s+(?:that\s+)?(.+)$/u;

/**
 * What in a saying tells that it is of someone of a sex other than its speaker, one row for each
 * sign, with the example that called for it. `$name` in a pattern is the speaker's surname.
 */
const SIGNS: { sex: Sex; pattern: RegExp; example: string }[] = [
	{
		sex: 'male',
		pattern: /\bhim\b/,
		example: 'Hallam’s manager, Tom Bell, said the club had watched him for two seasons.'
	},
	{
		sex: 'female',
		pattern: /\bher(?=\s+(?:to|for|with|in|on|at|as|and|after|before|from|by|since)\b|[,.;”"]|$)/,
		example: 'Her coach, Marta Gil, said the club had signed her at 15.'
	},
	{
		sex: 'male',
		pattern: /\bMr\.?\s+(\p{Lu}[\p{L}’'-]+)/u,
		example: 'Frost later wrote that Mr. Atherley “could frighten a room by standing still.”'
	},
	{
		sex: 'female',
		pattern: /\b(?:Mrs|Ms|Miss)\.?\s+(\p{Lu}[\p{L}’'-]+)/u,
		example: 'Kline said Ms. Okafor-Hale had read every budget since 1970.'
	}
];

/**
 * The speaker of `sentence` (its words before the verb of saying: "Hallam's manager, Tom Bell,")
 * when it opens with one who tells of someone else of `sex`, what was said holding one of
 * `SIGNS` that is not the speaker; else null.
 */
export function speakerOfAnother(sentence: string, sex: Sex): string | null {
	const quoted = quotedSpeakerOfAnother(sentence.trim(), sex);
	if (quoted) return quoted;
	const m = SAYING.exec(sentence.trim());
	if (!m) return null;
	const [, speaker, said] = m;
	// (A subject that is a pronoun is no speaker found surely.)
	if (/^(?:he|she|they|it|we|i)\b/i.test(speaker!)) return null;
	const told = SIGNS.some((sign) => {
		if (sign.sex !== sex) return false;
		const found = sign.pattern.exec(said!);
		// (A courtesy title before the speaker's own surname is the speaker: "Bell said Mr. Bell …".)
		return !!found && !(found[1] && speaker!.includes(found[1]));
	});
	return told ? speaker! : null;
}

/**
 * A quotation and its speaker after it: "“He has worked so hard for this,” said the manager, Tom
 * Wells." (group 1 what was said, group 2 or 3 the speaker).
 */
const QUOTED_FIRST =
	/^[“"]([^“”"]+)[”"]\s*,?\s+(?:(?:said|says|added|recalled)\s+([^“”"]+?)|([^“”"]+?)\s+(?:said|says|added|recalled)\b[^“”"]*?)\.?$/u;

/**
 * A pronoun of a sex in what a speaker says in their own words: a speaker tells of themself as
 * "I", so a "he" or "him" quoted is someone else.
 */
const QUOTED_PRONOUN: Record<Sex, RegExp> = {
	male: /\b(?:[Hh]e|him|[Hh]is)\b/,
	female: /\b(?:[Ss]he|her|[Hh]er)\b/
};

/**
 * The speaker after a quotation that tells of someone of `sex` by a pronoun: "“He has worked so
 * hard,” said the manager, Tom Wells." is about the player the story is about, not its speaker.
 */
function quotedSpeakerOfAnother(sentence: string, sex: Sex): string | null {
	const m = QUOTED_FIRST.exec(sentence);
	if (!m) return null;
	const speaker = (m[2] ?? m[3])!.trim();
	if (/^(?:he|she|they|it|we|i)\b/i.test(speaker)) return null;
	return QUOTED_PRONOUN[sex].test(m[1]!) ? speaker : null;
}

/**
 * The speaker of a sentence that opens with one who says something ("The conductor Simon Hale
 * said he had never heard a finer player"), or null: a pronoun opens it, or it tells no saying.
 */
export function sayingSpeaker(sentence: string): string | null {
	const m = SAYING.exec(sentence.trim());
	if (!m || /^(?:he|she|they|it|we|i)\b/i.test(m[1]!)) return null;
	return m[1]!;
}
