/**
 * A date inside a part of the clause dates that part: a relative clause, a participle phrase,
 * a noun the date names ("the 2023 shooting of …").
 */

import { pastOfIng } from '../verb-forms';
import { markPatterns } from './markers';
import {
	FINITE,
	FUNCTION_WORDS,
	MARK,
	PREPOSITION,
	PREPOSITIONS,
	isPastVerb,
	subjectOf
} from './words';

/** Verbs of the present, the perfect or a plan, which date nothing in the past. */
const PRESENT = /^(?:is|are|am|has|have|will|can|may|might|must|should|would|could|remains?)$/i;

/** Whether a clause's first verb is of the present: "has eluded", "is not linked". */
export function tellsPresent(clause: string): boolean {
	const words = clause.split(/\s+/);
	const verb = words.find(
		(w, i) => i > 0 && (FINITE.has(w.toLowerCase()) || isPastVerb(w.toLowerCase()))
	);
	return verb !== undefined && PRESENT.test(verb);
}

/** Words that end a noun phrase: a preposition other than "of", a verb, a clause's start. */
const NOUN_ENDS = new Set(
	`${PREPOSITIONS.replace(/\|/g, ' ')} and or but that which who whom whose is are was were has have had will would`
		.split(' ')
		.filter((w) => w !== 'of')
);

const IN_A_PHRASE = new RegExp(
	`\\b(?:${PREPOSITIONS})\\s+(?:the|a|an|its|their|his|her)\\s+$`,
	'i'
);

/**
 * The noun phrase a date premodifies, with its "of" complement: "the 2023 shooting of an
 * unarmed man" → "2023 shooting of an unarmed man"; null when the date modifies no noun.
 */
export function nounOfDate(clause: string, mark: string): string | null {
	const at = clause.indexOf(mark);
	if (at < 0) return null;
	const before = clause.slice(Math.max(0, at - 40), at);
	const after = clause.slice(at + mark.length);
	const possessive = /^['’]s\s/.test(after);
	// Only a noun in a prepositional phrase ("guilty of manslaughter in the 2023 shooting"): a
	// dated subject or object ("posted a third-quarter loss") is the clause's own happening.
	if (!IN_A_PHRASE.test(before)) return null;
	const words = after
		.replace(/^['’]s/, '')
		.trim()
		.split(/\s+/);
	const noun: string[] = [];
	for (const w of words) {
		const bare = w.replace(/[,;:.]+$/, '');
		if (!/^[\p{L}\d-]+$/u.test(bare) || bare.includes(MARK)) break;
		const lower = bare.toLowerCase();
		if (NOUN_ENDS.has(lower) || lower === 'of' || isPastVerb(lower) || FUNCTION_WORDS.has(lower))
			break;
		noun.push(bare);
		if (bare !== w || noun.length === 4) break;
	}
	if (noun.length === 0) return null;
	// "the" keeps the date in the title: withoutDates reads it as the noun's modifier.
	let phrase = `the ${mark}${possessive ? '’s' : ''} ${noun.join(' ')}`;
	const of =
		/^of\s+((?:the|a|an)\s+)?(?:\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}|[\p{L}\d-]+(?:\s+(?!(?:and|or|but|that|which|who)\b)[\p{L}\d-]+)?)/u.exec(
			words.slice(noun.length).join(' ')
		);
	if (of && noun[noun.length - 1] === words[noun.length - 1]) phrase += ` ${of[0]}`;
	return phrase;
}

/**
 * Nouns that name a happening on their own, so that a date before them reads as a headline
 * ("1998 bombing", "2016 election"); "the 2021 campaign" alone does not.
 */
const HAPPENING_NOUNS = new Set(
	`shooting bombing killing slaying murder attack attacks assassination massacre explosion blast
	crash collapse fire blaze flood floods earthquake quake storm hurricane war invasion coup
	riot riots uprising election elections vote referendum strike merger recession crisis
	disaster spill outbreak eruption derailment accident`.split(/\s+/)
);

/** Whether a dated noun phrase from nounOfDate names a happening: a happening noun, or "… of …". */
export function namesHappening(phrase: string): boolean {
	if (/\sof\s/.test(phrase)) return true;
	const head = phrase.split(/\s+/).at(-1)!.toLowerCase();
	return HAPPENING_NOUNS.has(head) || HAPPENING_NOUNS.has(head.replace(/s$/, ''));
}

/**
 * A date inside a participle phrase of the clause dates that phrase, whose subject is the
 * clause's: "Spanberger served three terms before announcing her run in November 2023" →
 * "Spanberger announced her run".
 */
export function participlePhrase(clause: string, mark: string): string {
	if (!clause.includes(mark)) return clause;
	const m = markPatterns(mark).participle.exec(clause);
	if (!m || m[1]!.includes(MARK)) return clause;
	const subject = subjectOf(m[1]!);
	return subject ? `${subject} ${pastOfIng(m[2]!)}${m[3]}` : clause;
}

/** Participles that say what someone is held to have done: "suspected of blowing up …". */
const HELD_TO = new RegExp(
	String.raw`(?:^|\s)((?:[\p{L}\d’'.-]+\s+){1,4}?)(suspected|accused|convicted|charged|acquitted|cleared|indicted|jailed|blamed|credited|known|sued|fined)\s+(of|for|with)\s+([a-z]+ing\b.*)$`,
	'u'
);

const HELD_TO_HINT =
	/(?:suspected|accused|convicted|charged|acquitted|cleared|indicted|jailed|blamed|credited|known|sued|fined)\s+(?:of|for|with)\s/;

/** Words that end what comes before the person a "suspected of" phrase describes. */
const BEFORE_PERSON = /^(?:over|to|up|in|on|of|for|with|by|from|at|the)$/i;

/**
 * A date inside a nested participle ("handed over two men suspected of blowing up Pan Am
 * Flight 103 over Lockerbie in 1988") dates what they are suspected of, not the handing over:
 * "Two men suspected of blowing up Pan Am Flight 103".
 */
export function nestedParticiple(clause: string, mark: string): string {
	// HELD_TO tries every word as the phrase's start: a cheap test for its verb goes first.
	if (!HELD_TO_HINT.test(clause)) return clause;
	const m = HELD_TO.exec(clause);
	if (!m || !m[4]!.includes(mark)) return clause;
	const before = m[1]!.trim().split(/\s+/);
	let from = before.length;
	while (
		from > 0 &&
		!BEFORE_PERSON.test(before[from - 1]!) &&
		!isPastVerb(before[from - 1]!.toLowerCase()) &&
		!before[from - 1]!.includes(MARK)
	)
		from--;
	const person = before.slice(from).join(' ');
	return person ? `${person} ${m[2]} ${m[3]} ${m[4]}` : clause;
}

/** A name, then a description whose relative clause says what that person did. */
const DESCRIBED_NAME =
	/((?:\p{Lu}[\p{L}’'.-]+\s+){0,3}\p{Lu}[\p{L}’'-]+),\s+(?:a|an|the)\s+[^,]{1,50}?\s+who\s+([^,;]+)/u;

/** Words that end a relative clause's antecedent on the left: "placed on | the FBI's list". */
const ANTECEDENT_STOPS = new RegExp(
	`^(?:${PREPOSITIONS}|but|that|is|are|was|were|be|been|has|have|had|said|says|told)$`,
	'i'
);

/**
 * The date inside a non-restrictive relative clause dates that clause, whose subject is its
 * antecedent: "…placed on the FBI's most wanted list, which began in 1950" → "the FBI's most
 * wanted list began in 1950"; "…arrest of Kopp, who is charged with killing a doctor last fall"
 * → "Kopp is charged with killing a doctor".
 */
export function relativeClause(s: string, mark: string): string {
	// "featuring Emily Lyons, a nurse who was badly wounded earlier this year in the bombing"
	// → "Emily Lyons was badly wounded in the bombing".
	if (/\swho\s/.test(s)) {
		const described = DESCRIBED_NAME.exec(s);
		if (described?.[2]?.includes(mark)) return `${described[1]} ${described[2]}`;
	}
	if (!/,\s+(?:which|who)\s/i.test(s)) return s;
	const m = markPatterns(mark).relative.exec(s);
	if (!m) return s;
	const words = s.slice(0, m.index).split(/\s+/);
	let k = words.length;
	// A name is its own antecedent: "He succeeds James A. Taylor, who …" → "James A. Taylor".
	const named = /^\p{Lu}/u.test(words[words.length - 1] ?? '');
	while (
		k > 0 &&
		words.length - k < 9 &&
		!ANTECEDENT_STOPS.test(words[k - 1]!) &&
		!(named && !/^(?:\p{Lu}|(?:and|the|of)$)/u.test(words[k - 1]!))
	)
		k--;
	const antecedent = words.slice(k).join(' ');
	if (!antecedent || antecedent.includes(MARK)) return s;
	return withObject(antecedent, m[1]!) ?? `${antecedent} ${m[1]}`;
}

/**
 * A relative clause with a subject of its own and a gap where its object would be is about
 * its antecedent as that object: "the deal, which both boards approved over the weekend" →
 * "both boards approved the deal"; "work that officials credited this week with keeping roads
 * open" → "officials credited work with keeping roads open". Null for any other clause.
 */
export function withObject(antecedent: string, relative: string): string | null {
	const words = relative.split(/\s+/);
	const verb = words.findIndex((w, i) => i > 0 && i <= 4 && isPastVerb(w.toLowerCase()));
	if (verb < 0) return null;
	const subject = words.slice(0, verb);
	// The subject: a pronoun, a name or a noun phrase, without a date, a verb or a preposition.
	if (
		subject.some(
			(w) =>
				w.includes(MARK) ||
				FINITE.has(w.toLowerCase()) ||
				isPastVerb(w.toLowerCase()) ||
				PREPOSITION.test(`${w} `) ||
				/^(?:that|which|who|not|never)$/i.test(w) ||
				!/^[\p{L}’'.-]+$/u.test(w)
		)
	)
		return null;
	// The gap: nothing but a date between the verb and a preposition (or the clause's end).
	const after = words.slice(verb + 1).filter((w) => !w.includes(MARK));
	// ("expected to finish": "to" may open the verb's infinitive, no gap.)
	if (after.length > 0 && (!PREPOSITION.test(`${after[0]} `) || after[0] === 'to')) return null;
	// (Nor a clause the sentence's own verb follows: "the vitriol that the issue aroused in the
	// 1990s remains".)
	if (after.some((w) => FINITE.has(w) || isPastVerb(w) || /^(?:remains?|stays?)$/.test(w)))
		return null;
	const rest = words.slice(verb + 1).join(' ');
	return `${subject.join(' ')} ${words[verb]} ${antecedent}${rest ? ` ${rest}` : ''}`;
}
