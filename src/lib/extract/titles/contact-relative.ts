/**
 * A relative clause without its "that" (a contact clause) between a noun and its verb: "A tag
 * the team attached before the release showed him 12 miles offshore", "The report the agency
 * released on Monday found 40 violations". Its verb is no main verb: the sentence is "A tag …
 * showed him …", and a date inside the clause dates the clause's own happening, told in its own
 * order ("Team attached tag before release"). The clause is known by its shape: a noun after its
 * determiner, then straight away a second subject (a determiner's noun, a name or a pronoun) with
 * a past verb, then words that hold no verb of their own and no comma, then the sentence's verb.
 */

import { isPastVerb } from '../happenings';
import { ownSubject } from './fronted';
import { FINITE, MARK, PREPOSITION, subjectOf } from './words';

const DETERMINER = /^(?:the|a|an|this|that|its|his|her|their)$/i;
const SUBJECT_DETERMINER = /^(?:the|a|an|its|his|her|their)$/i;
const PRONOUN = /^(?:he|she|they|we|i|it)$/;
/** Words after which a noun phrase cannot run on: the clause's end. */
const BREAKS = /[,;:]$/;
const CLAUSE_WORDS = /^(?:and|but|or|that|which|who|when|while|because|as|if|so)$/i;

/**
 * Prepositions of place that PREPOSITIONS (words.ts) lacks, which end a noun phrase as any does: "A
 * sister plant near Saltillo closed" is no plant "near" that Saltillo closed.
 */
const PLACE_PREPOSITION =
	/^(?:near|outside|inside|beside|behind|beyond|along|above|below|beneath|off|opposite)$/;

const pastOrFinite = (w: string) => /^\p{Ll}/u.test(w) && (isPastVerb(w) || FINITE.has(w));

export function contactRelative(
	s: string,
	mark: string
): { happening: string } | { main: string } | null {
	const words = s.split(/\s+/);
	for (let d = 0; d < words.length - 4; d++) {
		if (!DETERMINER.test(words[d]!) || (d > 0 && pastOrFinite(words[d - 1]!))) continue;
		// The noun: one to three lower-case words, none a verb or a function word.
		for (let n = d + 1; n <= d + 3 && n < words.length - 3; n++) {
			const noun = words[n]!;
			if (
				!/^\p{Ll}[\p{Ll}-]+$/u.test(noun) ||
				pastOrFinite(noun) ||
				PREPOSITION.test(`${noun} `) ||
				PLACE_PREPOSITION.test(noun)
			)
				break;
			const at = n + 1;
			const clause = secondSubject(words, at);
			if (!clause) continue;
			const verb = words[clause]!;
			if (!/^\p{Ll}+$/u.test(verb) || !isPastVerb(verb) || FINITE.has(verb)) continue;
			// The sentence's verb: the next past or finite word, past no comma or clause word.
			let main = clause + 1;
			for (; main < words.length && main <= clause + 8; main++) {
				const w = words[main]!;
				if (pastOrFinite(w)) break;
				if (CLAUSE_WORDS.test(w) || BREAKS.test(w) || /^\p{Lu}/u.test(w)) return null;
			}
			if (main >= words.length || main > clause + 8 || !pastOrFinite(words[main]!)) return null;
			const relative = words.slice(at, main);
			if (BREAKS.test(words[main - 1]!)) return null;
			const head = words.slice(d + 1, n + 1).join(' ');
			if (relative.join(' ').includes(mark)) {
				const subject = words.slice(at, clause).join(' ');
				const after = words.slice(clause + 1, main).join(' ');
				return { happening: `${subject} ${verb} ${head}${after ? ` ${after}` : ''}` };
			}
			return { main: [...words.slice(0, at), ...words.slice(main)].join(' ') };
		}
	}
	return null;
}

/** Where the verb of a second subject that starts at word `at` is, or null: "the team | attached". */
function secondSubject(words: string[], at: number): number | null {
	const first = words[at];
	if (!first) return null;
	if (PRONOUN.test(first)) return at + 1;
	if (SUBJECT_DETERMINER.test(first)) {
		for (let k = at + 1; k <= at + 3 && k < words.length; k++) {
			if (BREAKS.test(words[k]!) || words[k]!.includes(MARK)) return null;
			if (k > at + 1 && pastOrFinite(words[k]!)) return k;
		}
		return null;
	}
	// A name: one to three capitalised words.
	if (/^\p{Lu}[\p{L}’'.-]+$/u.test(first)) {
		for (let k = at + 1; k <= at + 3 && k < words.length; k++) {
			if (pastOrFinite(words[k]!)) return k;
			if (!/^\p{Lu}[\p{L}’'.-]+$/u.test(words[k]!)) return null;
		}
	}
	return null;
}

/** Verbs whose object a clause follows, no relative: "told the board he resigned in May". */
const TAKES_CLAUSE =
	/^(?:said|says|told|tells|asked|warned|informed|reminded|assured|convinced|persuaded|notified|promised|showed|taught|wrote|reported|announced|believed|thought|knew|felt|hoped|feared|learned|found|argued|claimed|insisted|noted|added)$/;

/** Nouns a "that" clause may tell the content of: "the news that the plant closed in May". */
const CONTENT_NOUN =
	/^(?:news|fact|claim|claims|idea|belief|report|reports|word|rumor|rumors|rumour|hope|fear|fears|sign|signs|notion|view|assurance|promise|warning|argument|allegation|allegations|suggestion|evidence|possibility|chance|risk|question)$/;

/** What may follow a relative's verb whose object is the noun: no object of its own. */
const GAP = /^(?:in|on|at|by|during|last|early|late|before|after|until|since|\p{Ll}+ly)$/u;

/** A rate's "a": "16 cents a share", "a $13 a barrel level", no noun of its own. */
const RATE = /^(?:[$\d].*|cents?|dollars?|percent|euros?|pounds?|yen|times|once|twice)$/i;

/**
 * A relative clause that ends its clause, its noun the object of its verb, "that" said or not:
 * "The agency cited the report it released in January" → "It released report"; "She took over
 * the team that her father had founded in 1971" → "Her father founded team". A date inside it
 * dates the relative's happening, not the main verb's. (Not a clause a verb of saying takes
 * after its object, "told the board he resigned in May", nor one that tells a noun's content,
 * "the news that the company sold the plant in May".)
 */
export function endingRelative(s: string, mark: string): string | null {
	if (!s.includes(mark)) return null;
	const words = s.split(/\s+/);
	for (let d = 1; d < words.length - 3; d++) {
		if (!SUBJECT_DETERMINER.test(words[d]!) || RATE.test(words[d - 1]!)) continue;
		// (Only after the main clause's verb: "Little of the vitriol that the issue aroused in the
		// 1990s remains" is a subject's relative, whose verb comes after it.)
		if (!words.slice(0, d).some(pastOrFinite)) continue;
		// (A verb of saying a few words before takes a clause: "told analysts on a call that …".)
		if (words.slice(Math.max(0, d - 4), d).some((w) => TAKES_CLAUSE.test(w))) continue;
		for (let n = d + 1; n <= d + 3 && n < words.length - 2; n++) {
			const noun = words[n]!;
			if (
				!/^\p{Ll}[\p{Ll}-]+$/u.test(noun) ||
				pastOrFinite(noun) ||
				PREPOSITION.test(`${noun} `) ||
				PLACE_PREPOSITION.test(noun)
			)
				break;
			const that = /^(?:that|which|whom)$/.test(words[n + 1]!);
			if (that && CONTENT_NOUN.test(noun)) break;
			const at = n + 1 + (that ? 1 : 0);
			let clause = secondSubject(words, at);
			if (!clause) continue;
			// (A perfect or a passive's participle: "had founded", "was given".)
			if (/^(?:had|has|have)$/.test(words[clause]!) && isPastVerb(words[clause + 1] ?? ''))
				clause++;
			const verb = words[clause]!;
			if (!/^\p{Ll}+$/u.test(verb) || !isPastVerb(verb) || FINITE.has(verb)) continue;
			if (!GAP.test(words[clause + 1] ?? '') && !words[clause + 1]?.startsWith(MARK)) break;
			// The relative runs to the clause's end, with no verb or clause word of its own but a
			// second verb phrase of its subject ("a house Ms. Pritchett bought in 2019 and sold last
			// year": each phrase is the house's happening at its own date).
			let end = clause + 1;
			let second = -1;
			for (; end < words.length; end++) {
				const w = words[end]!;
				const next = words[end + 1] ?? '';
				if (w === 'and' && second < 0 && isPastVerb(next) && !FINITE.has(next)) {
					second = end++;
					continue;
				}
				if (pastOrFinite(w) || CLAUSE_WORDS.test(w)) return null;
				if (BREAKS.test(w)) {
					end++;
					break;
				}
			}
			const first = words.slice(clause + 1, second < 0 ? end : second).join(' ');
			// (A second phrase with an object of its own is no phrase of the noun: "and sold the car".)
			const gap = words[second + 2] ?? '';
			const phrase =
				second >= 0 && !first.includes(mark) && (GAP.test(gap) || gap.startsWith(MARK));
			const relative = phrase ? words.slice(second + 2, end).join(' ') : first;
			if (!relative.includes(mark)) break;
			const subject = words
				.slice(at, clause)
				.join(' ')
				.replace(/\s+(?:had|has|have)$/, '');
			const head = words.slice(d + 1, n + 1).join(' ');
			// (Its pronoun is the main clause's subject when the noun is that clause's object: "The
			// agency cited the report it released". Not further off: "Its budget grew, much of it
			// from a state contract it won" is no budget's winning.)
			const told = `${subject} ${phrase ? words[second + 1] : verb} ${head} ${relative.replace(/[,;:]$/, '')}`;
			const main = words.slice(0, d).join(' ');
			return subjectOf(main) && subjectOf(main).split(' ').length === d - 1
				? ownSubject(told, main)
				: told;
		}
	}
	return null;
}
