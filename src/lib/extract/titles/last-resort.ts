/**
 * The last resort for a title that fails the readability gate (`readable.ts`) when no rebuild
 * (`rebuild.ts`) reads as a clause: the words of the clause the date is in, kept in the text's
 * order, cut where that clause meets another. A clause that opens with a relative pronoun or a
 * participle takes the noun before it as its subject; one that opens with "and" or "while" loses
 * that word. Each boundary is a row of `BOUNDARIES` with the sentence that asked for it.
 */

import { FINITE, ING_NOUNS, MARK, PREPOSITION, hasFiniteVerb } from './words';
import { isPastVerb } from '../happenings';

/** Where a clause meets the next: the cut falls before the match's `(?=…)` part. */
export const BOUNDARIES: { pattern: RegExp; example: string }[] = [
	{
		// A relative clause set off by a comma: "…in Singapore, | which open on Sept. 12".
		pattern: /,\s+(?=(?:which|who|whom|whose|where)\s)/g,
		example:
			'Lindqvist will race next at the world championships in Singapore, which open on Sept. 12.'
	},
	{
		// A participle's phrase set off by a comma: "…, | replaced during an overhaul in January,",
		// "…, | ending talks that began in 2022".
		pattern: /,\s+(?=\p{Ll}{3,}(?:ed|en|ing)\b)/gu,
		example: "The engine's fuel pump, replaced during an overhaul in January, failed."
	},
	{
		// A clause joined by ", and" or ", but" with a subject of its own: "…, and | the council
		// shelved it" (never a joint subject's "and": "he and his wife founded …").
		pattern:
			/,\s+(?:and|but|yet)\s+(?=(?:(?:the|a|an|his|her|its|their)\s+(?:\S+\s+){0,3}?|(?:he|she|it|they|we)\s+|\p{Lu}\S*\s+(?:\S+\s+){0,2}?)(?:was|were|is|are|had|has|have|will|would|could|\p{Ll}{3,}ed)\s)/gu,
		example: 'No one was charged, and the statute of limitations expired in 1999.'
	},
	{
		// A clause of time or contrast glued on: "…, | while prices rose", "…, | since when it has …".
		pattern:
			/,?\s+(?=(?:while|whereas|since\s+when|after\s+which|by\s+which\s+time|at\s+which\s+point|whereupon)\s)|,\s+(?=when\s)/g,
		example: 'The village first held the parade in 1894, since when it has been cancelled twice.'
	},
	{
		// A colon between two clauses, the second with a subject of its own: "…in 2023: | residents
		// marched on the town hall" (not a saying's words, which open with a capital or a quotation).
		pattern: /:\s+(?=\p{Ll})/gu,
		example: 'The council closed two leisure centres in 2023: residents marched on the town hall.'
	},
	{
		// An appositive after a name, which tells what the name is: "…by Bridger Timber Co., | a
		// family-owned company based in Missoula".
		pattern: /(?<=\p{Lu}[\p{L}’'.-]*),\s+(?=(?:a|an)\s)/gu,
		example: 'The mill was bought in January by Bridger Timber Co., a family-owned company.'
	},
	{
		// A dash or a semicolon.
		pattern: /\s+(?:--|—|–)\s+|;\s+/g,
		example: 'The plant closed in 2009 — its owners blamed cheap imports.'
	}
];

/** A sentence's opening subject and the comma after it: "The mill," "Martin Mercer,". */
const OPENING_SUBJECT =
	/^((?:The|A|An|Its|His|Her|Their)\s+[^,]{1,50}?|\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}),\s/u;

/**
 * A sentence's subject and the verb it meets after its asides, as one clause: "The mill, which …
 * closed in April 2023, blaming …, | was bought in January by Bridger Timber Co." → "The mill was
 * bought in January by Bridger Timber Co." (its title had been "Bought by Bridger Timber Co."). Null
 * when the sentence opens with no such subject, or no verb after an aside comes before the date.
 */
export function subjectAcrossAsides(s: string, target: string): string | null {
	const subject = OPENING_SUBJECT.exec(s)?.[1];
	if (
		!subject ||
		subject.includes(MARK) ||
		hasFiniteVerb(subject) ||
		PREPOSITION.test(`${subject} `)
	)
		return null;
	const at = s.indexOf(target);
	let verb = -1;
	for (const m of s.matchAll(/,\s+(?=(\p{Ll}+)\s)/gu)) {
		if (m.index <= subject.length) continue;
		if (m.index > at) break;
		if (FINITE.has(m[1]!) || isPastVerb(m[1]!)) verb = m.index + m[0].length;
	}
	if (verb < 0) return null;
	// (Only asides between them, no clause of their own: "…, and the council …" is one.)
	if (/[;:—–]|\s--\s|,\s+(?:and|but|while|yet|or)\s/.test(s.slice(subject.length, verb)))
		return null;
	return `${subject} ${s.slice(verb)}`;
}

/**
 * A "when" clause holding the date inside the opening subject's aside tells what that subject
 * did then: "The ferry, the largest in the fleet when it entered service on May 3, 1988, had
 * carried …" → "The ferry entered service on May 3, 1988" (its title had been "Ferry, largest in
 * fleet when it entered service").
 */
export function whenInAside(s: string, target: string): string | null {
	const subject = OPENING_SUBJECT.exec(s)?.[1];
	if (!subject || subject.includes(MARK) || hasFiniteVerb(subject)) return null;
	const aside = s.slice(subject.length + 1).split(',')[0] ?? '';
	const when = /\swhen\s+(?:it|he|she|they)\s+(\p{Ll}+\s[^,]*)$/u.exec(aside);
	const rest = s.slice(subject.length + 1 + aside.length);
	// (The date in the clause, the clause ended by the aside's comma.)
	if (!when || !(when[1]! + rest.split(/,\s/)[0]).includes(target)) return null;
	const clause = `${when[1]}${rest.startsWith(',') ? '' : rest.split(/,\s/)[0]}`;
	if (
		!clause.includes(target) ||
		!(FINITE.has(when[1]!.split(' ')[0]!) || isPastVerb(when[1]!.split(' ')[0]!))
	)
		return null;
	return `${subject} ${clause}`;
}

/** Words that open a clause and leave it: its own subject follows them. */
const OPENER =
	/^(?:(?:and|but|yet|while|whereas|whereupon)\s+|(?:since\s+when|after\s+which|by\s+which\s+time|at\s+which\s+point|when)\s+)/i;

/** The pieces of a sentence, cut at every boundary, in order. */
export function clausePieces(s: string): string[] {
	const cuts = new Set<number>([0]);
	for (const { pattern } of BOUNDARIES)
		for (const m of s.matchAll(pattern)) cuts.add(m.index + m[0].length);
	const at = [...cuts].sort((a, b) => a - b);
	return at.map((c, i) =>
		s
			.slice(c, at[i + 1] ?? s.length)
			.replace(/[\s,;–—-]+$/u, '')
			// (An abbreviation keeps its full stop, "Bridger Timber Co."; the title's finish drops a
			// sentence's.)
			.replace(/(?<!(?:^|\s)\p{Lu}\p{L}{0,3})\.$/u, '')
	);
}

/** Words that end a noun phrase read backwards: a verb of its clause or a preposition. */
const STOPS = /^(?:said|says|told|found|and|or|but|that|which|who)$/;

/**
 * The noun phrase ending `text`, from its determiner or from the word after the verb or
 * preposition before it: "Investigators said | the left engine's fuel pump" (a "left" before a
 * noun is no verb), "the world championships in Singapore".
 */
function nounEnding(text: string): string | null {
	const words = text.trim().split(/\s+/);
	for (let k = words.length - 1; k >= Math.max(0, words.length - 7); k--) {
		const w = words[k]!;
		if (/^(?:the|a|an|its|their|his|her)$/i.test(w)) return words.slice(k).join(' ');
		// (A preposition inside the phrase stays: "championships in Singapore".)
		if (PREPOSITION.test(`${w} `) && k < words.length - 1 && /^\p{Lu}/u.test(words[k + 1]!))
			continue;
		if (
			FINITE.has(w) ||
			STOPS.test(w) ||
			PREPOSITION.test(`${w} `) ||
			/[,;:]$/.test(w) ||
			(/^\p{Ll}{3,}ing$/u.test(w) && !ING_NOUNS.has(w))
		)
			return k < words.length - 1 ? words.slice(k + 1).join(' ') : null;
		if (k === 0 && /^\p{Lu}/u.test(w)) return words.join(' ');
	}
	return null;
}

/**
 * The clause a date is in, in its own words, as a subject and its verb: null when that clause
 * has no verb a title can tell by. `target` is the date's marker in the marked sentence `s`.
 */
export function governedClause(s: string, target: string): string | null {
	const pieces = clausePieces(whenInAside(s, target) ?? subjectAcrossAsides(s, target) ?? s);
	const k = pieces.findIndex((p) => p.includes(target));
	// (Not a list's lines nor a clause held by underscores: no one clause to cut.)
	if (k < 0 || /[\n_]|\s-\s/.test(pieces[k]!)) return null;
	let clause = pieces[k]!.replace(OPENER, '');
	let before = pieces.slice(0, k).join(', ');
	// A relative clause without commas that holds the date: "ending talks | that began in 2022".
	const at = clause.indexOf(target);
	const relative = [...clause.matchAll(/\s(?:that|which|who)\s+(\p{Ll}+)/gu)]
		.filter((m) => m.index < at && (isPastVerb(m[1]!) || FINITE.has(m[1]!)))
		.at(-1);
	if (relative) {
		// (Its noun is the object of a participle that opens the piece: "ending | talks".)
		const head = clause.slice(0, relative.index).replace(/^\p{Ll}{3,}ing\s+/u, '');
		before = before ? `${before}, ${head}` : head;
		clause = clause.slice(relative.index + 1);
	}
	const first = clause.split(/\s+/)[0]!;
	if (/^(?:which|who|that)$/i.test(first) || (isPastVerb(first) && /^\p{Ll}/u.test(first))) {
		// A relative clause or a participle's phrase tells of the noun before it.
		const noun = nounEnding(before);
		if (!noun || noun.includes(MARK)) return null;
		clause = `${noun} ${clause.replace(/^(?:which|who|that)\s+/i, '')}`;
	} else if (/^(?:whom|whose|where|\p{Ll}+ing)$/u.test(first)) return null;
	// (A long clause is cut by the headline where it may break: no last resort.)
	if (clause.split(/\s+/).length > 16) return null;
	// A clause with no verb of its own after its subject is no clause.
	if (!hasFiniteVerb(clause) && !/\s\p{Ll}{3,}(?:ed|en)\b/u.test(clause)) return null;
	return clause;
}
