/**
 * An appositive after a name that opens the sentence, with a clause of its own inside ("Odessa
 * Harlow, the drummer whose brushwork, light and restless, defined a decade of records, died
 * Monday at her home"), is skipped whole to the main verb: "Odessa Harlow died at her home". Its
 * commas are no ends of it: the relative clause runs until it has had its verb, and the main
 * verb is the first that opens a comma's phrase after that.
 */

import { isPastVerb } from '../happenings';
import { isRegion } from './places';
import { FINITE } from './words';

/** A name opening the sentence, and its comma: "Odessa Harlow, ". */
const OPENING_NAME = /^((?:\p{Lu}[\p{L}’'.-]*\s+){0,4}\p{Lu}[\p{L}’'.-]*),\s+/u;

/** An appositive's start: an article, or an age and then one ("84, a drummer"). */
const APPOSITIVE_START = /^(?:\d{1,3},\s+)?(?:a|an|the)\s/i;

const RELATIVE = /^(?:who|whose|whom|which|that)$/i;

const verb = (word: string | undefined) =>
	!!word && /^\p{Ll}/u.test(word) && (FINITE.has(word) || isPastVerb(word));

/** The sentence with its opening name's appositive skipped, or as it was. */
export function appositiveSkipped(s: string, targetMark: string): string {
	const name = OPENING_NAME.exec(s);
	if (!name) return s;
	const rest = s.slice(name[0].length);
	if (!APPOSITIVE_START.test(rest)) return s;
	const parts = rest.split(/,\s+/);
	let relative = false;
	let told = false;
	for (const [k, part] of parts.entries()) {
		const words = part.split(/\s+/);
		if (k > 0 && told && verb(words[0])) {
			// (A date inside the appositive is its own clause's: other rules title it.)
			if (parts.slice(0, k).join(', ').includes(targetMark)) return s;
			return `${name[1]} ${parts.slice(k).join(', ')}`;
		}
		for (const w of words) {
			if (RELATIVE.test(w)) relative = true;
			else if (relative && verb(w)) told = true;
		}
		// (No clause inside by its first comma: an appositive the other rules already skip.)
		if (!relative && k > 0) return s;
	}
	return s;
}

/**
 * A subject told first by its noun and a clause of its own, then named in apposition ("The
 * council member who proposed the ban, Ana Silva, said on Thursday …"; "The company that built
 * the stadium, Halvorsen Construction, collapsed in 2019"): the name is the subject, never a
 * noun inside the clause. A date inside the clause dates the clause, told of the name ("The
 * engineer who signed off the roof in 2018, Paul Grady, …" → "Paul Grady signed off the roof").
 */
const DESCRIBED_THEN_NAMED =
	/^(?:The|A|An)\s+(?:[\p{Ll}\d’'-]+\s+){0,3}[\p{Ll}-]+\s+(?:who|that)\s+([^,]{3,120}),\s+((?:\p{Lu}[\p{L}’'-]*\p{Ll}\s+){1,3}\p{Lu}[\p{L}’'-]*\p{Ll}),\s+(?=\p{Ll})/u;

/** Words a verb may follow before it opens a clause: "has", "also", "quickly". */
const BEFORE_VERB =
	/^(?:also|then|later|first|once|still|never|had|has|have|was|were|is|\p{Ll}+ly)$/u;

/** Whether `words` open with a verb, perhaps after an adverb or an auxiliary. */
function opensWithVerb(words: string[]): boolean {
	const [first, second] = words;
	return verb(first) || (!!first && BEFORE_VERB.test(first) && verb(second));
}

/** The sentence with its described subject named, or as it was. */
export function describedSubjectNamed(s: string, targetMark: string): string {
	const m = DESCRIBED_THEN_NAMED.exec(s);
	if (!m) return s;
	const [, clause, name] = m;
	// (Only a clause of the noun's own doing, "who proposed the ban", not one done to it: "that
	// the city hired".)
	if (!opensWithVerb(clause!.split(/\s+/))) return s;
	const rest = s.slice(m[0].length);
	if (!opensWithVerb(rest.split(/\s+/))) return s;
	return clause!.includes(targetMark) ? `${name} ${clause}` : `${name} ${rest}`;
}

/**
 * A subject told by its role and then named, with a second aside after the name ("The
 * chairwoman, Denise Okafor, a retired bus operator, said …"; "Margaret's son, David Hollins, 58,
 * had a heart attack"; "The superintendent, Karen Liu, who recommended the merger, met …"): the
 * name is the subject, whom the asides were cut around. (With no second aside, a role opening
 * the clause its date governs is named by `roleNamedAtStart`, below, once that clause is chosen.)
 */
const ROLE_NAME_ASIDE =
	/^(?:(?:The|Its|His|Her|Their)\s+|\p{Lu}[\p{L}’'-]*['’]s\s+)(?:[\p{Ll}’'-]+\s+){0,2}[\p{Ll}-]+,\s+((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]*\p{Ll}),\s+(\d{1,3}|(?:a|an|the)\s+[^,]{1,60}|who\s+[^,]{1,120}),\s+(?=\p{Ll})/u;

/** The sentence with its role's name as its subject, or as it was. */
export function roleNameSubject(s: string, targetMark: string): string {
	const m = ROLE_NAME_ASIDE.exec(s);
	if (!m || m[0].includes(targetMark)) return s;
	const [, name] = m;
	// (A full name: two capitalised words, no body's.)
	if (!/^\S+\s+\S+/.test(name!)) return s;
	const rest = s.slice(m[0].length);
	// (Not where the date governs a clause inside the rest, whose "it" or "he" the name would
	// then wrongly take: "The captain, Dale Merritt, 61, was at the helm when it capsized on …".)
	const at = rest.indexOf(targetMark);
	const inner =
		/\b(?:when|while|as|after|before|until|because|since|where|which|that|who|whom|and|but)\b/;
	if (at >= 0 && inner.test(rest.slice(0, at))) return s;
	return opensWithVerb(rest.split(/\s+/)) ? `${name} ${rest}` : s;
}

/**
 * A clause the date governs whose subject is a role named in apposition, with nothing after the
 * name but the verb (perhaps after the clause's own date): the name is the subject, as a headline
 * writes it. "…, and in April the authority's chairman, Luis Ortega, resigned" → "Luis Ortega
 * resigned"; "…, and its president, Greg Olmsted, said Tuesday that …" → "Greg Olmsted said …";
 * "By radio on Wednesday night, the army's regional commander, Maj. Gen. Ramon Cruz, told …".
 * Only a role told by "the", a possessive or an owner's name, and only a full name that is no
 * region ("the plant's home, São Paulo, Brazil," is no one).
 */
const ROLE_NAMED_AT_START = new RegExp(
	String.raw`^((?:(?:\p{L}+\s+){0,3}\u2063[TO]\d+\u2063,?\s+)?)` +
		String.raw`(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}’'-]*['’]s)\s+(?:[\p{Ll}’'-]+\s+){0,3}[\p{Ll}-]+,\s+` +
		String.raw`((?:\p{Lu}[\p{L}’'.-]*\s+){1,3}\p{Lu}[\p{L}’'-]*\p{Ll}),\s+` +
		String.raw`(?=(?:(?:on|in|at|late|early)\s+)?(?:\u2063[TO]\d+\u2063\s+)?(\p{Ll}+)\b)`,
	'u'
);

/** The clause with its role's name as its subject, or as it was. */
export function roleNamedAtStart(clause: string): string {
	const m = ROLE_NAMED_AT_START.exec(clause);
	if (!m) return clause;
	const [all, opening, name, verbWord] = m as unknown as [string, string, string, string];
	if (!verb(verbWord) || isRegion(name)) return clause;
	// (The words before the date open it, no clause of their own: "By radio on Wednesday night,".)
	if (opening.split(/\s+/).some((w) => verb(w))) return clause;
	return `${opening}${name} ${clause.slice(all.length)}`;
}
