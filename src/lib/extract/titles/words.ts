/**
 * Words the title rules share: prepositions, subordinators, function words, finite verbs, and
 * the tests built on them (does a title have a verb, what is a clause's subject).
 */

import { isPastVerb } from '../happenings';

export const MAX_WORDS = 11;

export const MARK = '\u2063'; // invisible separator: cannot occur in prose, so marks survive regexes
/**
 * Stands for a space inside a quotation while a title is made, so that no rule cutting at a
 * comma, an "and" or a clause opener cuts what was said: "called the scheme “brazen, cruel and
 * calculated”" was "called scheme brazen, cruel". `headline` gives the spaces back.
 */
export const QUOTED_SPACE = '\u2069';

export const PREPOSITIONS =
	'in|on|at|during|since|by|until|till|from|through|throughout|of|for|before|after|around|about|between|to|into|with|against|amid|over|under|within|without|across|toward|towards|as';

/** "Ten years after", "Two days before", "Months after": a lapse measured from another time. */
export const LAPSE = String.raw`(?:(?:[\w-]+\s+){1,2}(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|generations?)|years|months|weeks|days|hours|decades|moments|minutes)\s+(?:after|before|since)`;

export const SUBORDINATORS = new RegExp(
	`^(?:while|although|though|if|as|when|because|(?:ever\\s+)?since|after|before|once|unless|whereas|despite|${LAPSE})\\b`,
	'i'
);

export const NOT_ADVERBS = new Set([
	'only',
	'family',
	'italy',
	'july',
	'early',
	'supply',
	'rally',
	'ally',
	'holy',
	'daily',
	'weekly',
	'monthly',
	'yearly',
	'likely',
	'reply',
	'assembly',
	'fly',
	'apply',
	'july'
]);

export const FUNCTION_WORDS = new Set(
	`a an the and or but of ${PREPOSITIONS.replace(/\|/g, ' ')} that which who whom whose only also just still even up down out than more less some such about its their his her our your my is are was were be been has have had will would could should may might can this these those`.split(
		' '
	)
);

/** The noun phrase ending `text`, from its determiner: "… to screen a television advertisement". */
export function nounBefore(text: string): string | null {
	const words = text.trimEnd().split(/\s+/);
	for (let k = words.length - 1; k >= Math.max(0, words.length - 5); k--) {
		if (/^(?:the|a|an|its|their|his|her)$/i.test(words[k]!)) {
			if (k === words.length - 1) return null;
			// (A work told by its maker is the work: "a painting by the Dutch master Jan Steen that
			// was stolen" → "a painting by the Dutch master Jan Steen".)
			if (
				k >= 3 &&
				/^(?:by|of)$/.test(words[k - 1]!) &&
				/^(?:painting|portrait|sculpture|statue|novel|book|album|film|song|poem|play|work|letter|manuscript|photograph)$/.test(
					words[k - 2]!
				) &&
				/^(?:the|a|an)$/i.test(words[k - 3]!)
			)
				return words.slice(k - 3).join(' ');
			return words.slice(k).join(' ');
		}
		// A bare plural after a preposition: "a suspect in | sniper shootings".
		if (PREPOSITION.test(`${words[k]} `))
			return k < words.length - 1 ? words.slice(k + 1).join(' ') : null;
		// (A name may hold a number: "the Brightnest View 2 monitor".)
		if (!/^[\p{L}\d’'-]+$/u.test(words[k]!) || isPastVerb(words[k]!.toLowerCase())) return null;
	}
	return null;
}

/** Words in "-ing" that news uses as nouns, which may end a title: "… asylum hearing". */
export const ING_NOUNS = new Set(
	`hearing meeting building funding ruling spending warning opening ceiling evening morning
	wedding offering filing briefing shooting bombing killing landing rating ranking training
	housing setting listing trading uprising beginning ending gathering
	sentencing polling clothing boxing sibling painting drawing recording crossing carving
	engraving proceeding dwelling filling`.split(/\s+/)
);

/** Words a title never ends on: function words, and a subject pronoun left by a cut. */
// ("her" may end one: at the end it is an object, "did not charge her".)
// ("least" and "nearly" are a measure's start, left by a cut: "killed at least", "rose nearly".)
export const ENDS_NOT = new Set(
	[
		...FUNCTION_WORDS,
		'he',
		'she',
		'they',
		'we',
		'i',
		'least',
		'nearly',
		'almost',
		'roughly',
		'approximately'
	].filter((w) => w !== 'her')
);

export const PREPOSITION = new RegExp(`^(?:${PREPOSITIONS})\\s`, 'i');

export const HELD_TO_WORDS =
	/^(?:suspected|accused|convicted|charged|acquitted|cleared|indicted|jailed|blamed|credited|known|sued|fined)$/;

/** Finite verbs and auxiliaries that make a clause of a title; past forms count too. */
export const FINITE = new Set(
	'is are was were am be been has have had will would can could must may might shall should do does did says said tells told'.split(
		' '
	)
);

/**
 * Whether a title has a verb: a past form, an auxiliary, or a present "-s" after its start.
 * A title opening with a preposition ("In efforts to prevent …") needs a past form or an
 * auxiliary: its "-s" words are plural nouns.
 */
export function hasVerb(title: string): boolean {
	// A title without a verb is asked again by mainClause: the last answer is kept.
	if (title === lastVerbTest.title) return lastVerbTest.verb;
	lastVerbTest.title = title;
	return (lastVerbTest.verb = verbIn(title));
}

const lastVerbTest = { title: '', verb: false };

function verbIn(title: string): boolean {
	const opening =
		PREPOSITION.test(title) || /^(?:contrary|according|thanks|due|prior|close)\s+to\b/i.test(title);
	return title.split(' ').some((w, i) => {
		const lower = w.toLowerCase();
		return (
			FINITE.has(lower) || isPastVerb(lower) || (!opening && i > 0 && /^[a-z]{3,}[^s']s$/.test(w))
		);
	});
}

// (…and one made again: "the town's pier, rebuilt in 2006" → "Town's pier rebuilt".)
export const PARTICIPLE =
	/^(?:\w+ed|born|founded|set|(?:re)?(?:built|made|sold|written|taken|paid|drawn|grown)|shown|known|held|run|led|bought|seen|given|found|caught|shot|struck|sent|brought|kept|thrown|driven|hidden|stolen|chosen|frozen|broken|beaten|sworn|torn|sunk|won|lost|spent|begun|flown)\b/;

/**
 * Whether words before a comma hold a finite verb after their first ("A quake struck southern
 * Peru"): then they are a clause, not a subject with an aside after it.
 */
export function hasFiniteVerb(words: string): boolean {
	// "He succeeds James A. Taylor": a pronoun is a subject, so what follows it is its verb.
	if (/^(?:he|she|it|they|we|i)\s+\S/i.test(words)) return true;
	return words
		.split(/\s+/)
		.slice(1)
		.some((w) => /^\p{Ll}/u.test(w) && (isPastVerb(w) || FINITE.has(w)));
}

/** A word of prose, or a date's marker standing in for one. */
export const W = `[\\w’'.${MARK}-]`;

/** The words of a clause before its first past-tense verb: "the scheme" of "the scheme began". */
export function subjectOf(clause: string): string {
	const words = clause.split(/\s+/);
	const verb = words.findIndex(
		(w, i) => i > 0 && (isPastVerb(w.toLowerCase()) || FINITE.has(w.toLowerCase()))
	);
	return verb > 0 ? words.slice(0, verb).join(' ') : '';
}
