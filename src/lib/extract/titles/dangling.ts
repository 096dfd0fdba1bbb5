/**
 * A title never dangles: a cut that stops where its sentence's phrase goes on ("plans to sell
 * its assets and wind | down", "pushed the project back to pay | for repairs", "Residents of
 * three townships east | of Harrisburg") is moved on to the end of that phrase. Whatever rule
 * made the title, the test is the same: where its last word stands in the sentence, and what
 * the sentence says next. Words the title left out before that point (articles, auxiliaries,
 * asides, dates) do not matter; only the word after the cut does.
 */

import { isPastVerb } from '../happenings';
import { isParticiple } from '../verb-forms';
import { FREE_PARTICLES, finishesVerb } from '../../temporal/particles';
import { FINITE, MARK, PREPOSITIONS } from './words';

/** A word without the punctuation around it, in lower case. */
const bare = (word: string) => word.toLowerCase().replace(/^[‘“"'(]+|[,;:.!?)’”"']+$/g, '');

/** A word that closes its phrase by its punctuation: "assets," "Harrisburg." */
const CLOSES = /[,;:.!?)”"’—–]$/;

/** Words before a verb's bare form: "to sell", "would close", "and wind". */
const BEFORE_BARE = new Set([
	'to',
	'will',
	'would',
	'could',
	'can',
	'may',
	'might',
	'should',
	'must',
	'did',
	'does',
	'do',
	'and',
	'or',
	'not'
]);

/**
 * Adjectives and participles that are no whole phrase without their "to": "expected | to
 * reopen", "due | to", "able | to".
 */
const TAKES_TO = new Set(
	`able unable likely unlikely set due expected scheduled going about ready willing close next
	prior according eager poised slated supposed forced allowed ordered told asked required
	planned hoping trying seeking plans wants hopes expects intends aims needs seeks tries agrees
	promises threatens`.split(/\s+/)
);

/** Words that open what an object is: a determiner, a possessive, an object pronoun. */
const OBJECT_OPENS = new Set(
	'the a an its his her their our my your this these those him them it us me all some most'.split(
		' '
	)
);

/** Words where a phrase ends: a conjunction, a relative or subordinate clause's opener. */
const STOPS = new Set(
	'and or but nor that which who whom whose when while where because although though if unless after before since until as than'.split(
		' '
	)
);

/**
 * Nouns and words of place that are a part, a side or a share of what their "of" names:
 * "east | of Harrisburg", "far side | of the moon", "nearly a third | of its value", "the
 * source | of the outbreak", "top | of the table".
 */
const PART_NOUNS = new Set(
	`east west north south northeast northwest southeast southwest ahead top bottom side edge
	front back rear middle center centre heart end beginning start rest remainder part parts
	half third quarter fifth tenth fraction share majority minority most all some none many much
	each both one two three four five six seven eight nine ten dozens hundreds thousands
	millions first last source cause site scene outskirts corner base foot head tip instead because
	inside outside out ahead short`.split(/\s+/)
);

const PREPOSITION_WORDS = new Set(PREPOSITIONS.split('|'));

/** The longest run of words a phrase is closed by, before the cut stays as it is. */
const REACH = 7;

const isVerb = (word: string, before: string) =>
	FINITE.has(word) ||
	isPastVerb(word) ||
	isParticiple(word) ||
	// (A bare verb after "to", not a plural noun: "to harvest", not "opened to riders".)
	(BEFORE_BARE.has(before) &&
		/^\p{Ll}{2,}$/u.test(word) &&
		!/[^s]s$/.test(word) &&
		!PREPOSITION_WORDS.has(word));

/** Where each title word stands in the sentence's words, left to right; -1 when unmatched. */
function aligned(title: string[], words: string[]): number {
	let from = 0;
	let last = -1;
	for (const [i, t] of title.entries()) {
		const at = words.findIndex((w, j) => j >= from && bare(w) === t);
		if (at < 0) {
			if (i === title.length - 1) return -1;
			continue;
		}
		from = at + 1;
		last = at;
	}
	return last;
}

/** Whether word `j` ends its clause: punctuation on it, a date or nothing after it. */
const endsClause = (words: string[], j: number) =>
	CLOSES.test(words[j]!) || j === words.length - 1 || words[nextWord(words, j)] === undefined;

/**
 * The last word of a date aside that starts at word `from` and ends on a comma (", in December
 * 2018,"), or -1.
 */
function dateAside(words: string[], from: number): number {
	let j = from;
	if (PREPOSITION_WORDS.has(bare(words[j] ?? '')) || /^(?:late|early)$/.test(words[j] ?? '')) j++;
	return words[j]?.startsWith(MARK) && /,$/.test(words[j]!) ? j : -1;
}

/** The sentence's next word after word `k` that is no date (a date and its preposition go). */
function nextWord(words: string[], k: number): number {
	let j = k + 1;
	while (j < words.length) {
		if (words[j]!.includes(MARK)) j++;
		else if (PREPOSITION_WORDS.has(bare(words[j]!)) && words[j + 1]?.startsWith(MARK)) j += 2;
		else break;
	}
	return j;
}

/**
 * Why the phrase at the end of `title` is not finished in `sentence` (whose dates are markers),
 * with the index of the sentence's word that goes on with it; null when it ends whole.
 */
export function dangling(
	title: string,
	sentence: string
): { why: string; next: number; words: string[] } | null {
	// (A quotation ends where its speaker stopped.)
	if (/[‘’“”]/.test(title)) return null;
	const tw = title.split(' ').map(bare);
	const words = sentence.split(/\s+/).filter(Boolean);
	let k = aligned(tw, words);
	if (k < 0) return null;
	// A date set off by commas is no end of the phrase before it: "The last to do so alive, | in
	// December 2018, | died".
	const aside = /,$/.test(words[k]!) ? dateAside(words, k + 1) : -1;
	if (aside > 0) k = aside;
	else if (CLOSES.test(words[k]!)) return null;
	// (A date right after the cut ends its phrase if punctuation follows it: "began on Monday,".)
	const j = nextWord(words, k);
	if (j >= words.length || (j > k + 1 && CLOSES.test(words[j - 1]!))) return null;
	const next = bare(words[j]!);
	// (A capitalised word is a name, never a bare verb: "agents to Africa | to investigate".)
	const last = /^\p{Lu}/u.test(title.split(' ').at(-1)!) ? '' : tw.at(-1)!;
	const before = tw.at(-2) ?? '';
	if (!next) return null;
	// A subject without its verb: the title has none of its own, and the sentence's comes next.
	if (
		(FINITE.has(next) || isPastVerb(next)) &&
		!tw.some((w, i) => (FINITE.has(w) || isPastVerb(w)) && tw[i - 1] !== 'to')
	)
		return { why: 'verb cut', next: j, words };
	// A particle after the verb, or at its clause's end after the object ("turned the offer |
	// down."), where no preposition can stand, is the verb's; a preposition only without an
	// object, after a verb it finishes ("the roof caved | in.", not "prices fell | in the city").
	if (
		FREE_PARTICLES.has(next)
			? isVerb(last, before) || endsClause(words, j)
			: finishesVerb(next, last, true) && endsClause(words, j)
	)
		return { why: 'particle cut', next: j, words };
	// (Not a date's "than": "started on Sept. 21, a week earlier | than usual" compared the date,
	// which the title left out with it.)
	if (next === 'than' && j === k + 1) return { why: '"than" cut', next: j, words };
	// A noun that is only a part or a side of something, or a name that goes on ("Bureau | of
	// Investigation"), is nothing without its "of"; most nouns are ("trial | of 3,200 patients").
	if (
		next === 'of' &&
		(PART_NOUNS.has(last) || (/^\p{Lu}/u.test(words[k]!) && /^\p{Lu}/u.test(words[j + 1] ?? '')))
	)
		return { why: '"of" cut', next: j, words };
	// (After a verb, only an infinitive's "to": "were told | to leave", not "extended | to Aqaba".)
	const infinitive = /^\p{Ll}{2,}$/u.test(words[j + 1] ?? '') && !OBJECT_OPENS.has(words[j + 1]!);
	if (next === 'to' && (TAKES_TO.has(last) || (infinitive && isVerb(last, before))))
		return { why: '"to" cut', next: j, words };
	const verb = isVerb(last, before) && !FINITE.has(last);
	// An infinitive's object or phrase: "to pay | for repairs".
	if (verb && before === 'to' && !STOPS.has(next)) return { why: 'infinitive cut', next: j, words };
	// A verb's object: "paid | the consultant", "approved | a plan".
	if (verb && OBJECT_OPENS.has(next)) return { why: 'object cut', next: j, words };
	return null;
}

/** Words before a rate's article: "miles an hour", "$2 a share", "twice a year". */
const RATE = /^(?:[\d$].*|twice|once|times|percent|cents?|dollars?|miles|kilometers|feet|meters)$/;

/**
 * A word as a title ends or goes on with it: no quotation marks or brackets, no comma, and no
 * full stop but an abbreviation's ("U.S.", "Mont.").
 */
const clean = (w: string) =>
	w
		.replace(/^[“"‘(]+/, '')
		.replace(/[,;:!?)”"’—–]+$/, '')
		.replace(/(?<=^\p{Ll}+|^\p{Lu}\p{Ll}{4,}|\d)\.$/u, '');

/** Articles a headline leaves out of the words that close a phrase. */
const ARTICLE = /^(?:the|a|an)$/i;

/**
 * The title with its last phrase finished from the sentence: the words from the cut to the
 * phrase's end (a comma, a date, a conjunction or clause opener, a finite verb, or a second
 * preposition once the phrase has its noun). The title as it was when the phrase runs on past
 * `REACH` words.
 */
export function closed(title: string, sentence: string): string {
	for (let round = 0; round < 3; round++) {
		const cut = dangling(title, sentence);
		if (!cut) return title;
		const { words, next } = cut;
		const added: string[] = [];
		let noun = false;
		let end = false;
		for (let j = next; j < words.length && added.length <= REACH; j++) {
			const w = words[j]!;
			const b = bare(w);
			// A date ends the phrase, with its preposition ("turned it down | in March"); so does a
			// bracket, which opens an aside ("Federal Bureau of Investigation | (FBI)").
			if (
				w.includes(MARK) ||
				w.startsWith('(') ||
				(PREPOSITION_WORDS.has(b) && words[j + 1]?.startsWith(MARK))
			) {
				end = added.length > 0;
				break;
			}
			if (added.length) {
				if (STOPS.has(b) || (FINITE.has(b) && !added.every((a) => bare(a) === 'to'))) {
					end = true;
					break;
				}
				if (noun && PREPOSITION_WORDS.has(b)) {
					end = true;
					break;
				}
			}
			// (An article stays in a rate: "115 miles an hour".)
			if (!ARTICLE.test(w) || RATE.test(words[j - 1] ?? '')) added.push(clean(w));
			if (!PREPOSITION_WORDS.has(b) && !FREE_PARTICLES.has(b) && !OBJECT_OPENS.has(b)) noun = true;
			if (CLOSES.test(w)) {
				end = true;
				break;
			}
			if (j === words.length - 1) end = true;
		}
		if (!end || !added.length || added.length > REACH) return title;
		title = `${title} ${added.join(' ')}`;
	}
	return title;
}
