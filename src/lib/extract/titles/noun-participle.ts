/**
 * A participle's phrase on a verb's object, with the date in it, is that object's happening: "A
 * report published in 2000 blamed a dam built upstream in the 1960s" is, for the 1960s, "Dam
 * built upstream", never "Report blamed dam built upstream". The noun phrase opens with a
 * determiner, right after the verb. Its participle is a passive's, with no object of its own: a
 * preposition or a particle follows it ("taken from", "drawn up", "built upstream"), or the date
 * does.
 */

import { isPastVerb } from '../happenings';
import { isParticiple } from '../verb-forms';
import { FINITE, FUNCTION_WORDS, MARK, PARTICIPLE, PREPOSITION } from './words';

const DETERMINER = /^(?:the|a|an|its|their|his|her)$/i;

/** Words after a participle that leave it without an object: a particle or an adverb of place. */
const AFTER_PARTICIPLE =
	/^(?:up|down|out|off|back|away|upstream|downstream|abroad|overseas|locally|nearby|here|there)$/;

/**
 * Participles that tell what a thing is, not what befell it ("a computer based on the 486 chip"),
 * or a plan for it ("a NATO summit set for Washington in April", whose date the clause's verb
 * shares): no happening of their own.
 */
const NOT_HAPPENINGS = new Set(
	`based located situated priced valued dated aimed related linked tied set scheduled planned
	slated expected due`.split(/\s+/)
);

/** Words that open a clause: a participle after them is no noun's. */
const OPENS_CLAUSE =
	/^(?:that|which|who|whom|whose|when|where|while|after|before|because|as|if|and|or|but|since|until)$/i;

/** Auxiliaries and verbs of causing, after which a participle is the clause's own. */
const AUXILIARY =
	/^(?:is|are|was|were|am|be|been|being|has|have|had|having|do|does|did|get|gets|got)$/;

const SAYING = /^(?:said|says|told|tells|reported|announced|added|wrote|claimed|argued|testified)$/;

const verb = (w: string) => /^\p{Ll}/u.test(w) && (FINITE.has(w) || isPastVerb(w));

/**
 * Whether the noun phrase at `d` is the agent or means of a participle phrase on the clause's
 * object, after the clause's own verb: "opened a new plant, financed partly by a $2 million grant
 * awarded in May" (the grant's award is dated, not the financing). Never a subject's phrase, with
 * no verb before it: "A crane built by the same company tipped over in 2019".
 */
function agentOfParticiple(words: string[], d: number): boolean {
	if (d < 3 || !/^(?:by|with|from|through)$/.test(words[d - 1]!)) return false;
	// The participle the phrase hangs on, an adverb between: "financed partly by".
	const p = /^\p{Ll}+ly$/u.test(words[d - 2]!) ? d - 3 : d - 2;
	const participle = words[p] ?? '';
	if (!PARTICIPLE.test(participle) || !(isPastVerb(participle) || isParticiple(participle)))
		return false;
	// …after the clause's own verb, set off by a comma or right after its object.
	return words.slice(0, p).some((w, i) => i > 0 && verb(w.replace(/[,;]$/, '')));
}

/** The noun and its participle's phrase that hold the target date, or null. */
export function nounParticiple(s: string, mark: string): string | null {
	const words = s.split(/\s+/);
	// (The date a word of its own: "in Saturday night's debate" is a noun's.)
	const t = words.findIndex((w) => w.startsWith(mark));
	if (t < 2 || !new RegExp(`^${mark}[,.]?$`).test(words[t]!)) return null;
	const end = PREPOSITION.test(`${words[t - 1]} `) ? t - 1 : t;
	for (let q = end - 1; q >= Math.max(1, end - 7); q--) {
		const word = words[q]!;
		if (/[,;:]$/.test(word) || OPENS_CLAUSE.test(word) || word.includes(MARK)) return null;
		if (
			!/^\p{Ll}{3,}$/u.test(word) ||
			!PARTICIPLE.test(word) ||
			!(isPastVerb(word) || isParticiple(word)) ||
			FINITE.has(word) ||
			NOT_HAPPENINGS.has(word)
		) {
			// (No verb between the participle and its date: that would be a clause of its own.)
			if (verb(word)) return null;
			continue;
		}
		const next = words[q + 1]!;
		if (!(q + 1 === t || PREPOSITION.test(`${next} `) || AFTER_PARTICIPLE.test(next))) return null;
		// The noun phrase before it, from its determiner: nouns and their words only.
		let d = q - 1;
		while (d >= Math.max(0, q - 4) && !DETERMINER.test(words[d]!)) {
			const w = words[d]!;
			if (/[,;:]$/.test(w) || FUNCTION_WORDS.has(w.toLowerCase()) || verb(w) || w.includes(MARK))
				return null;
			d--;
		}
		if (d < 0 || !DETERMINER.test(words[d]!) || d === q - 1) return null;
		// The object of the verb right before it. (A subject's phrase is left to reducedRelative in
		// inner-clauses.ts: its date may only tell which one, "A ceasefire brokered by the African
		// Union in December 2024 lasted less than three weeks", and the clause is its happening.)
		// (A noun after a preposition may be an agent's, "built by the same company tipped over";
		// a verb right before the noun is the clause's, not an auxiliary's, "to have the fire
		// contained"; a bare verb after a modal or "to" counts, "will return a statue taken …".)
		if (d === 0) return null;
		const before = words[d - 1]!;
		const lexical =
			!AUXILIARY.test(before) &&
			(verb(before) ||
				(d > 1 &&
					(FINITE.has(words[d - 2]!) || words[d - 2] === 'to') &&
					/^\p{Ll}{2,}$/u.test(before) &&
					!FUNCTION_WORDS.has(before)));
		// (After a verb of saying, a noun and its past with no verb after the date are what was
		// said, a clause: "She said the house sold in 2019 for $1 million".)
		if (SAYING.test(before) && !verb(words[t + 1] ?? '')) return null;
		if (!lexical && !agentOfParticiple(words, d)) return null;
		return words.slice(d, t + 1).join(' ');
	}
	return null;
}
