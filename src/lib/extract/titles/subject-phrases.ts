/**
 * A participle's phrase on a long clause's subject, between its noun and its verb ("A lunar
 * lander carrying nine instruments for NASA touched down …"), is no verb of the clause: a
 * headline over its length drops the phrase and keeps the verb, where a cut after the
 * participle would leave "Lunar lander carrying nine instruments" with no verb at all. Each row
 * is a kind of phrase, with the case that asked for it.
 */

import { isPastVerb } from '../happenings';
import { isParticiple } from '../verb-forms';
import { FINITE, FUNCTION_WORDS, ING_NOUNS, PREPOSITION } from './words';

/** The agent of a passive, never a measure: "led by engineers", not "rose by 5 percent". */
const AGENT =
	/^(?!(?:\d|\$|half|one|two|three|four|five|six|seven|eight|nine|ten|more|less|about|nearly|some|as|far|much|up)\b)[\p{L}’'-]/u;

/** A simple past that is no participle ("rose", "fell", "took"): always a clause's own verb. */
const PAST_ONLY = new Set(
	`rose fell grew took gave began ran came went became wrote spoke broke chose drew flew knew
	threw drove rode swam saw stole swore tore withdrew ate forgot hid sang rang drank sank shrank
	sprang did shook woke arose mistook overcame undertook overtook forgave`.split(/\s+/)
);

/**
 * Words that open a clause of its own: a verb after them is not the subject's. ("to" opens a
 * phrase inside the subject's: "carrying crude oil from North Dakota to a refinery".)
 */
const OPENS_CLAUSE =
	/^(?:that|which|who|whom|whose|when|where|while|because|as|if|or|but|after|before|since|until|once|he|she|it|they|we|i)$/i;

/**
 * Words in "-ing" that are no verb's phrase: adjectives that may follow a noun ("hikers missing
 * for three nights") and a kind in a compound noun ("thrift holding company", "acting chairman").
 */
const ING_NOT_VERBS = new Set(
	`missing remaining outstanding pending ongoing holding operating acting ruling governing
	managing presiding leading`.split(/\s+/)
);

/** Whether a word may be a participle: "-ed", or an irregular one ("built", "led", "grown"). */
function participle(word: string): boolean {
	return (
		/^\p{Ll}{3,}$/u.test(word) &&
		!PAST_ONLY.has(word) &&
		!FINITE.has(word) &&
		(isPastVerb(word) || isParticiple(word))
	);
}

export const SUBJECT_PHRASES: {
	opens: (words: string[], i: number) => boolean;
	example: string;
}[] = [
	{
		// An "-ing" form after the subject's noun is never the clause's verb. (An adjective in
		// "-ing" stays: "Two hikers missing for three nights on Mount Sorrel found alive".)
		opens: (w, i) =>
			/^\p{Ll}{3,}ing$/u.test(w[i]!) && !ING_NOUNS.has(w[i]!) && !ING_NOT_VERBS.has(w[i]!),
		example:
			'Lunar lander carrying nine scientific instruments for NASA touched down near Schrödinger crater → Lunar lander touched down near Schrödinger crater'
	},
	{
		// A participle told with its agent: "led by", "operated by", "paid for by".
		opens: (w, i) =>
			participle(w[i]!) &&
			(w[i + 1] === 'by' || (w[i + 1] === 'for' && w[i + 2] === 'by')) &&
			AGENT.test(w[w[i + 1] === 'by' ? i + 2 : i + 3] ?? ''),
		example:
			'Report commissioned by state education department from panel of outside experts was published → Report was published'
	}
];

/** A clause's verb after its subject: a finite or past form in lower case, not in "-ing". */
function verbOfClause(word: string): boolean {
	return /^\p{Ll}/u.test(word) && !/ing$/.test(word) && (FINITE.has(word) || isPastVerb(word));
}

/**
 * A participle before the subject's noun is part of it: "Privately built lunar lander", "Newly
 * elected council" (only adverbs in "-ly" before it, a noun's word after it).
 */
function beforeNoun(words: string[], i: number): boolean {
	return (
		words.slice(0, i).every((w) => /^\p{L}+ly$/u.test(w)) &&
		/^\p{Ll}[\p{Ll}-]+$/u.test(words[i + 1] ?? '') &&
		!FUNCTION_WORDS.has(words[i + 1]!)
	);
}

/**
 * The words of a clause without a participle's phrase on its subject (see SUBJECT_PHRASES):
 * only a phrase right after a noun, before any verb of the clause, without a comma or a clause
 * of its own, and only when a verb of the clause follows it within twelve words. `passives` are
 * the words a passive's auxiliary stood before ("was flown"), which are the clause's verb.
 */
export function withoutSubjectPhrase(words: string[], passives = new Set<string>()): string[] {
	const opensAt = (i: number) =>
		!passives.has(words[i]!) && SUBJECT_PHRASES.some((row) => row.opens(words, i));
	for (let p = 1; p < Math.min(words.length, 8); p++) {
		const word = words[p]!;
		// (A passive's participle, its auxiliary gone, is the clause's own verb.)
		if (passives.has(word)) return words;
		if (!opensAt(p)) {
			// (The clause's own verb came first: nothing of the subject is left to drop.)
			if (verbOfClause(word) && !beforeNoun(words, p)) return words;
			if (/[,;:]$/.test(word)) return words;
			continue;
		}
		// (A noun before it: no possessive, whose "-ing" is a noun, "Friday's profittaking"; no
		// "not" or verb, "executives not staying with the company".)
		const noun = words[p - 1]!;
		const lower = noun.toLowerCase();
		if (!/^[\p{L}\d-]+$/u.test(noun) || FUNCTION_WORDS.has(lower) || /ly$/.test(noun)) return words;
		if (/^(?:not|never|no)$/.test(lower) || verbOfClause(lower)) return words;
		for (let v = p + 1; v < words.length && v <= p + 12; v++) {
			const before = words[v - 1]!;
			const w = words[v]!;
			if (/[,;:()]$/.test(before) || /^[“"‘(]/.test(w)) return words;
			// (A second phrase of the subject's goes with the first: "wearing masks and carrying".)
			if (w === 'and' && /^\p{Ll}{3,}ing$/u.test(words[v + 1] ?? '')) continue;
			// (…and so does a pair of names: "hospitals in Europe and Asia".)
			if (w === 'and' && /^\p{Lu}/u.test(before) && /^\p{Lu}/u.test(words[v + 1] ?? '')) continue;
			if (w === 'and' || OPENS_CLAUSE.test(w)) return words;
			// (A second participle with its agent is the first phrase's: "challenged by a group led
			// by Tom Barrett".)
			if (verbOfClause(w) && !opensAt(v)) {
				// (An "-ing" right before the verb is a noun: "Latest restructuring affected".)
				if (v === p + 1) return words;
				// (Not a verb after a preposition: "hoping to be heard".)
				if (PREPOSITION.test(`${before} `)) return words;
				return [...words.slice(0, p), ...words.slice(v)];
			}
		}
		return words;
	}
	return words;
}
