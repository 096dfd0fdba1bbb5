/**
 * A title never ends inside a phrase its cut opened, nor starts inside one, whichever rule made
 * it: one test of where phrases open and close, asked last. A phrase is opened by a word that
 * needs what follows it (a determiner, a preposition, a coordinator, "than", a modal, "not", a
 * comma) or by a clause's opener (a relative or subordinating word, "what", "whether") that needs
 * its clause's verb. When the title stops after such an opener, the cut is moved back to before
 * where the phrase opened: "rose to more than double what analysts" → "rose to more than double",
 * "would add two daily flights to Denver and one" → "would add two daily flights to Denver",
 * "released album, which sold" → "released album". When it starts inside a fronted phrase, the
 * start is moved on past it: "Paris, chain opened its first store" (of "In Paris, the chain
 * opened …") → "Chain opened its first store". (`dangling.ts` closes a phrase the sentence goes
 * on with after the title's last whole word; this is the other half, the opener left at the end.)
 */

import { isPastVerb } from '../happenings';
import { isParticiple } from '../verb-forms';
import { finishesVerb } from '../../temporal/particles';
import { FINITE, PREPOSITIONS, hasVerb } from './words';

/** Words that open a phrase and are nothing without what follows them. */
const OPENERS = new Set(
	`a an the this these those its their our my your every each another no and or but nor than
	not will would could should can may might must shall ${PREPOSITIONS.replace(/\|/g, ' ')}
	among between onto upon via toward towards beside behind beyond near`.split(/\s+/)
);

/** Prepositions that may end a clause as a verb's particle ("took over", "was sworn in"). */
const PARTICLE_LIKE = new Set(
	'in on over off out up down back about through by along around behind ahead apart away aside forward together under'.split(
		' '
	)
);

/** Words that open a clause, which needs its own verb: "what analysts had forecast". */
const CLAUSE_OPENERS = new Set(
	'what which who whom whose whether because although though unless whereas'.split(' ')
);

/** Adverbs that open a phrase after a comma: "the bridge, first proposed by …". */
const PHRASE_ADVERB =
	/^(?:first|last|later|then|again|once|also|now|still|only|mostly|largely|finally|\p{Ll}+ly)$/u;

/** A count or a pronoun standing for a noun the sentence gives after it: "and one to Boise". */
const ELLIPTIC = /^(?:one|two|three|four|five|another|some|those|others?)$/i;

/** A word without the punctuation around it, in lower case. */
const bare = (word: string) => word.toLowerCase().replace(/^[‘“"'(]+|[,;:.!?)’”"']+$/g, '');

/** Whether a word is a verb that may close its clause: finite, past or a present "-s". */
const isVerb = (word: string) =>
	FINITE.has(word) || isPastVerb(word) || /^\p{Ll}{3,}[^s’']s$/u.test(word);

/**
 * Whether the title's last word finishes a verb before it: "took over", "was sworn in", and
 * after the verb's object, "turn them over", "turned the offer down".
 */
function particle(words: string[]): boolean {
	const last = bare(words.at(-1) ?? '');
	if (!PARTICLE_LIKE.has(last)) return false;
	const before = words.slice(-4, -1).map(bare);
	if (/^(?:it|them|him|her|us|me)$/.test(before.at(-1) ?? '')) return true;
	return before.some(
		(verb, i) =>
			finishesVerb(last, verb, isPastVerb(verb) || isParticiple(verb)) ||
			(i === before.length - 1 && isVerb(verb))
	);
}

/** The title without what it opened at its end and never closed. */
function endWhole(title: string): string {
	let words = title.split(' ');
	// A non-restrictive clause after a comma tells more of its noun: the title can do without it.
	const aside = words.findIndex(
		(w, i) => i >= 2 && /,$/.test(words[i - 1]!) && CLAUSE_OPENERS.has(bare(w))
	);
	if (aside > 0) words = words.slice(0, aside);
	// A clause's opener with no verb after it: the clause was cut before its verb.
	// (An infinitive is its clause: "decide whether to sell"; "because of" opens a phrase.)
	const open = words.findLastIndex(
		(w, i) => i >= 2 && CLAUSE_OPENERS.has(bare(w)) && !/^(?:to|of)$/.test(bare(words[i + 1] ?? ''))
	);
	// (Only a finite or past verb tells its clause is there: "what analysts" has a plural.)
	const finite = (w: string) => FINITE.has(bare(w)) || isPastVerb(bare(w));
	// (A relative right after the subject opens no trailing phrase: "Residents who live there
	// returned"; only one after the clause's own verb does.)
	if (open > 0 && !words.slice(open + 1).some(finite) && words.slice(1, open).some(finite))
		words = words.slice(0, open);
	for (let round = 0; round < 4 && words.length > 2; round++) {
		const last = words.at(-1)!;
		// (An auxiliary left by the cut is nothing without its verb: "… was | among".)
		if (round > 0 && /^(?:is|are|was|were|be|been|has|have|had)$/.test(bare(last))) {
			words = words.slice(0, -1);
			continue;
		}
		// "… to Denver and one": a count standing for a noun the title never gives.
		if (ELLIPTIC.test(bare(last)) && /^(?:and|or)$/.test(bare(words.at(-2)!))) {
			words = words.slice(0, -2);
			continue;
		}
		// "… on bridge, first": an adverb after a comma opened a phrase the cut left.
		if (words.length > 3 && /,$/.test(words.at(-2)!) && PHRASE_ADVERB.test(last)) {
			words = words.slice(0, -1);
			continue;
		}
		// (A comma goes, not its word: "… since 2010,".)
		if (/[,;:—–-]$/.test(last)) {
			words = [...words.slice(0, -1), last.replace(/[,;:—–-]+$/, '')];
			continue;
		}
		if ((OPENERS.has(bare(last)) || CLAUSE_OPENERS.has(bare(last))) && !particle(words)) {
			words = words.slice(0, -1);
			continue;
		}
		break;
	}
	return words.join(' ').replace(/[\s,;:—–-]+$/, '');
}

/** A title's opening phrase before its comma: "Paris, " of "Paris, chain opened …". */
const FRONTED = /^([^,]+),\s+(?=\S)/;

/**
 * The title without a phrase it starts inside: the rest of a fronted prepositional phrase whose
 * preposition the title left out ("Paris, chain opened" of "In Paris, the chain opened"), or a
 * fronted appositive before the name it tells of ("Former world champion in downhill, Greta
 * Lind lost her sponsorship").
 */
function startWhole(title: string, sentence: string): string {
	const m = FRONTED.exec(title);
	if (!m) return title;
	const front = m[1]!;
	const rest = title.slice(m[0].length);
	const words = rest.split(' ');
	// What stays must be a clause: words, a verb among them, and no comma before its verb.
	const verb = words.findIndex((w) => /^\p{Ll}/u.test(w) && isVerb(bare(w)));
	if (
		words.length < 2 ||
		verb < 1 ||
		!/^\p{L}/u.test(rest) ||
		words.slice(0, verb).some((w) => /,$/.test(w))
	)
		return title;
	// …and what goes, no clause of its own.
	if (front.split(' ').some((w, i) => i > 0 && /^\p{Ll}/u.test(w) && isVerb(bare(w)))) return title;
	const at = sentence.indexOf(front.split(' ')[0]!);
	const preposition = new RegExp(`\\b(?:${PREPOSITIONS})\\s+(?:the\\s+)?$`, 'i').test(
		sentence.slice(Math.max(0, at - 12), at)
	);
	// (A fronted appositive names its noun: what follows it opens with a name.)
	const appositive =
		/^(?:A|An|The)\s/.test(sentence.trimStart()) &&
		!/^(?:A|An|The)\s/.test(title) &&
		/^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(rest);
	if (!preposition && !appositive) return title;
	return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * `title` with every phrase it holds whole: none it starts inside, none its end left open.
 * Quotations are left as their speakers ended them.
 */
export function wholePhrases(title: string, sentence: string): string {
	if (/[‘’“”"]/.test(title) || !title.includes(' ')) return title;
	const whole = endWhole(startWhole(title, sentence));
	// A cut never leaves a title without the verb it had.
	return whole.includes(' ') && (hasVerb(whole) || !hasVerb(title)) ? whole : title;
}
