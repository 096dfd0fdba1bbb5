/**
 * A cut title must still be a clause: it may not stop inside a phrase ("shut down its online |
 * banking"), on a verb that asks for more ("League plans | to hold a news conference"), after a
 * verb of saying whose clause has no verb yet ("said most of the new cases | were …"), or half
 * way into a relative clause ("seized two servers in Ohio that used"). A cut that does is moved:
 * back before the relative clause, or on to the next place where the clause is whole, at most
 * EXTENSION words past the length.
 */

import { isPastVerb } from '../happenings';
import { isParticiple } from '../verb-forms';
import { FINITE } from './words';

/** How many words past its length a title may run to end a clause whole. */
export const EXTENSION = 5;

/** Verbs that ask for what follows them: a modal's verb, a plan's "to", what was said. */
const ASKS_FOR_MORE =
	/^(?:would|could|will|can|may|might|must|should|shall|plans|planned|plan|expects|hopes|hoped|wants|wanted|agreed|decided|intends|intended|tried|promised|vowed|refused|seeks|sought|aims|said|says|told|announced|warned|reported|added|confirmed|disclosed|acknowledged|argued|testified|concluded|estimated|predicted|found|believe|believed)$/;

/** A vote told by its tally alone: "voted 6 to 3", "voted 5-2", "voted unanimously". */
const TALLY = /\bvoted\s+(?:\d[\d,]*\s+to\s+\d[\d,]*|\d+-\d+|unanimously)$/;

/** Verbs of saying, whose clause must have a verb of its own. */
const SAYING = /^(?:said|says|told|announced|warned|reported|confirmed|disclosed|testified)$/;

const RELATIVE = /^(?:who|whom|that|which)$/;

/**
 * Words that open a clause hanging off the main one: cut half way into it, the title goes back
 * before it ("Corvane said its profit fell 18 percent as cost | of cheese rose" → "… fell 18
 * percent").
 */
const SUBORDINATE = /^(?:as|because|while|although|though|whereas|when|until|unless)$/;

/** Words after "as" that make it no clause's: "implied as much", "as well", "as a result". */
const NOT_A_CLAUSE =
	/^(?:much|many|well|long|soon|far|part|if|though|usual|expected|planned|such|of|to|for|with|a|an)$/;

/** A verb of a clause's own: a finite or past form, or a participle. */
const isVerb = (w: string) =>
	/^\p{Ll}/u.test(w) && (FINITE.has(w) || isPastVerb(w) || isParticiple(w));

/**
 * Verbs that take an object and then what it is to do: "a bill that requires every public school
 * in the state | to install air filters". A relative clause of one cut before its "to" has lost
 * half its object and goes whole.
 */
const OBJECT_THEN_TO =
	/^(?:requires?|required|allows?|allowed|forces?|forced|orders?|ordered|bars?|barred|lets|asks?|asked|urges?|urged|compels?|compelled|permits?|permitted|enables?|enabled|obliges?|obliged|directs?|directed|encourages?|encouraged|tells|told|invites?|invited)$/;

/** Why a cut title is no whole clause, or null when it is one. */
export function fragment(title: string, next?: string): 'relative' | 'open' | null {
	const words = title.split(' ');
	const last = words.at(-1)!.toLowerCase();
	// A relative clause whose verb asks for an object and its "to", cut before the "to".
	const own = words.findLastIndex((w) => RELATIVE.test(w));
	if (
		next === 'to' &&
		own > 1 &&
		OBJECT_THEN_TO.test(words[own + 1] ?? '') &&
		own + 2 < words.length &&
		words.slice(1, own).some(isVerb)
	)
		return 'relative';
	// …and the main clause's: "Judge ordered Oak Ridge | to restore its pool" has lost what the
	// judge ordered.
	const verb = words.findIndex((w, i) => i > 0 && isVerb(w));
	if (
		next === 'to' &&
		verb > 0 &&
		OBJECT_THEN_TO.test(words[verb]!) &&
		verb < words.length - 1 &&
		!words.slice(verb + 1).some((w) => isVerb(w) || w === 'to')
	)
		return 'open';
	// A relative pronoun in the last three words, after the clause's own verb.
	const relative = words.findLastIndex((w) => RELATIVE.test(w));
	if (relative >= words.length - 3 && relative > 1 && words.slice(1, relative).some(isVerb))
		return 'relative';
	// (A closing attribution has its clause before it: "At least four people died, officials said".)
	const attribution = SAYING.test(last) && words.slice(-5, -1).some((w) => w.endsWith(','));
	if (ASKS_FOR_MORE.test(last) && !attribution) return 'open';
	// A vote's tally asks for what was voted: "Council voted 6 to 3 | to ban leaf blowers".
	if (TALLY.test(title)) return 'open';
	// A verb of saying, then words without a verb: "said most of the new cases".
	const said = words.findLastIndex((w) => SAYING.test(w));
	// (Not a noun and its purpose: "announced plan to replace all of city's lead pipes".)
	if (
		said > 0 &&
		said < words.length - 1 &&
		!words.slice(said + 1).some(isVerb) &&
		words[said + 2] !== 'to'
	)
		return 'open';
	return null;
}

/**
 * Whether a cut before word `cut` stops half way into a subordinate clause: its conjunction in
 * the last three words, after a verb, and a verb after the cut ("fell 18 percent as cost | of
 * cheese rose", not "stepped down as chairman | of the board"). (Between them a word may read
 * as a verb or a noun: "cost".)
 */
function subordinateCut(words: string[], cut: number): boolean {
	const at = words.slice(0, cut).findLastIndex((w) => SUBORDINATE.test(w));
	// ("as much", "as well", "as a result": no clause.)
	if (words[at] === 'as' && NOT_A_CLAUSE.test(words[at + 1] ?? '')) return false;
	return (
		at >= cut - 3 &&
		at > 1 &&
		words.slice(1, at).some(isVerb) &&
		words.slice(cut, cut + 4).some(isVerb)
	);
}

/**
 * The title `cut` words of `words` make, or a better cut when that one is no whole clause:
 * `made(end)` is the title of the first `end` words, `boundary(end)` whether a title may end
 * before word `end`, `ends(end)` whether the title made ended there by a cut of its own.
 */
export function wholeCut(
	words: string[],
	cut: number,
	maxWords: number,
	made: (end: number, pair?: boolean) => string,
	boundary: (end: number) => boolean,
	ends: (end: number) => boolean = boundary
): string {
	const title = made(cut);
	// (Where the title ends once its function words are gone: "quoted officer | in Amherst,".)
	const end = title.split(' ').length;
	const open = end < words.length && !ends(end) && !/^(?:and|or|but)$/.test(words[end]!);
	const why =
		fragment(title, words[end]) ??
		(subordinateCut(words, cut) ? 'subordinate' : null) ??
		(open ? 'open' : null);
	if (!why) return title;
	if (why === 'relative' || why === 'subordinate') {
		const opens = why === 'relative' ? RELATIVE : SUBORDINATE;
		const at = words.slice(0, cut).findLastIndex((w) => opens.test(w));
		// (A pair before the clause stays: "five Iraqis and a Libyan | who were questioned".)
		const back = at > 2 ? made(at, false) : null;
		if (back && !fragment(back)) return back;
		return title;
	}
	for (let longer = cut + 1; longer <= Math.min(words.length, maxWords + EXTENSION); longer++) {
		if (longer < words.length && !boundary(longer)) continue;
		const whole = made(longer);
		if (!fragment(whole)) return whole;
	}
	return title;
}
