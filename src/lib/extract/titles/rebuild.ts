/**
 * Titles built again when a finished title fails the readability gate (`readable.ts`): from the
 * clause the date governs, with its subject found in the sentence, or from the main clause the
 * date's opening phrase dates. Each candidate is tried in turn; the first that reads as a clause
 * is the title.
 */

import { mainClause } from './clauses';
import { headline, plainTitle } from './headline';
import { withoutDates } from './markers';
import { CLAUSE_BREAK as BREAKS, OPENING_PREPOSITION, openerLength, type Fault } from './readable';
import {
	FINITE,
	MARK,
	PARTICIPLE,
	PREPOSITION,
	SUBORDINATORS,
	hasFiniteVerb,
	subjectOf
} from './words';
import { isPastVerb } from '../happenings';

/** A sentence with its dates as markers (`titles.ts`), and the words each marker stands for. */
export interface Marked {
	s: string;
	texts: Map<string, string>;
	targetMark: string;
	dates: number;
}

/** Where clauses meet: a semicolon, or a comma before "and", "but" or "while". */
const CLAUSE_BREAK = /;\s+|,\s+(?:and|but|while|yet)\s+/;

/** A relative clause, an age or a lone date: asides between a subject and its verb. */
const ASIDE = new RegExp(`^(?:(?:who|which|whose|whom|that)\\b|\\d{1,3}$|${MARK}[TO]\\d+${MARK}$)`);

/** A name: capitalised words, with the "of", "and" or "de" some names hold. */
const NAME =
	/^(?:(?:Dr|Mr|Mrs|Ms|Gov|Sen|Rep|Gen|Capt|Sgt|Lt|St)\.\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:(?:of|de|van|von|and|the)\s+)?\p{Lu}[\p{L}’'.-]*){0,4}$/u;

/** Nouns of a happening that a date right after them dates: "the summit in 2018", "talks Monday". */
const HAPPENING_NOUNS =
	/^(?:summit|talks|session|vote|election|speech|statement|interview|conference|match|game|race|trial|debate|visit|strike|attack|raid|ceremony|auction|sale|deal)$/;

const ADVERB = /^(?:still|also|then|later|now|already|once|first|never|again|\p{Ll}{3,}ly)$/u;

const lowerFirst = (title: string) =>
	/^\p{Lu}\p{Ll}/u.test(title) ? title.charAt(0).toLowerCase() + title.slice(1) : title;

/**
 * The subject of a verb, from the words before it in the sentence: a name set off after its role
 * ("Northwind's chief executive, Karen Holt, promised"), the noun phrase before a relative
 * clause, or the subject of the clause a second verb phrase shares ("The authority broke ground
 * … and had promised"). Null when none is found soundly.
 */
export function subjectBefore(before: string): string | null {
	let text = before.replace(/[\s,]+$/, '');
	// A second verb phrase shares the subject of its clause's first.
	const and = /\s+and(?:\s+(?:had|has|have|was|were|also|then|later))?$/.exec(text);
	if (and) {
		text = text.slice(0, and.index);
		const clause = text.split(CLAUSE_BREAK).at(-1)!;
		const pieces = clause.split(/,\s+/);
		// (After an opening phrase: "Last year, the council …".)
		const main = pieces.find((p) => hasFiniteVerb(p) || /^(?:he|she|it|they|we)\s/i.test(p));
		if (!main) return null;
		const words = main.split(/\s+/);
		// (Its verb may be a present one: "He still owns a third of the shares and said …".)
		const verb = words.findIndex(
			(w, i) =>
				i > 0 &&
				(FINITE.has(w.toLowerCase()) ||
					isPastVerb(w.toLowerCase()) ||
					/^\p{Ll}{2,}[^s\W]s$/u.test(w))
		);
		// (An adverb before the verb is none of the subject: "He still owns".)
		let end = verb;
		while (end > 1 && ADVERB.test(words[end - 1]!)) end--;
		return verb > 0 ? sound(words.slice(0, end).join(' ')) : null;
	}
	const pieces = text.split(CLAUSE_BREAK).at(-1)!.split(/,\s+/);
	for (let k = pieces.length - 1; k >= 0; k--) {
		const piece = pieces[k]!.trim();
		if (ASIDE.test(piece) || !piece) continue;
		// A name in apposition after its role names the subject: "its chief executive, Karen Holt".
		if (NAME.test(piece) && !PREPOSITION.test(`${piece} `)) return sound(piece);
		return sound(piece);
	}
	return null;
}

/** A subject that is one noun phrase: no verb of its own, no opening preposition, a few words. */
function sound(subject: string): string | null {
	const s = subject.replace(/^(?:but|and|so|then)\s+/i, '').trim();
	if (!s || s.split(/\s+/).length > 7) return null;
	if (PREPOSITION.test(`${s} `) || SUBORDINATORS.test(s) || s.includes(MARK)) return null;
	if (hasFiniteVerb(s) && !/^(?:he|she|it|they|we)$/i.test(s)) return null;
	if (!/^(?:\p{Lu}|(?:the|a|an|his|her|its|their)\s)/u.test(s)) return null;
	return s;
}

/**
 * The candidates for a title that failed the gate, best first. `afterOpening()` titles the
 * sentence after its opening phrase (the phrase's date dating the rest).
 */
/**
 * The title of the clause the date is in, for a title told by another clause: "…, and the council
 * shelved the plan last spring" → "Council shelved plan" (a second verb phrase with its clause's
 * subject).
 */
export function ownClause({ s, texts, targetMark }: Marked): string | null {
	const breaks = [...s.matchAll(BREAKS)];
	const at = s.indexOf(targetMark);
	const k = breaks.findLastIndex((m) => m.index + m[0].length <= at);
	if (k < 0) return null;
	const from = breaks[k]!.index + breaks[k]![0].length;
	let clause = s.slice(from, breaks[k + 1]?.index ?? s.length).replace(/[\s.;,]+$/, '');
	// (A second verb phrase takes its clause's subject: "… and had promised it would open".)
	if (/^\p{Ll}+ed\b/u.test(clause)) {
		const subject = subjectBefore(`${s.slice(0, breaks[k]!.index)} and `);
		if (!subject) return null;
		clause = `${subject} ${clause}`;
	}
	return plainTitle(clause, texts);
}

/**
 * The last candidate for a title that failed the gate, whatever its fault: the clause the date is
 * in, whole, without the date set off by commas inside it ("The last to do so alive, in
 * December 2018, died the next day" → "Last to do so alive died", not "Last alive").
 */
export function datedClauseWhole({ s, texts, targetMark }: Marked): string | null {
	const own = s.split(CLAUSE_BREAK).find((c) => c.includes(targetMark));
	// (Only a short clause of one subject and verb, which no cut can break: no quotation, no
	// relative clause, no list of sayings.)
	if (!own || /[“”"‘’]|\b(?:which|who|whom|that|said|says)\b/.test(own)) return null;
	if (own.split(/\s+/).length > 16) return null;
	const clause = own
		.replace(
			new RegExp(
				`,\\s+(?:(?:in|on|at|during|by|late|early)\\s+)?${MARK}[TO]\\d+${MARK},\\s+`,
				'gu'
			),
			' '
		)
		.replace(/[\s.]+$/, '');
	return plainTitle(clause, texts);
}

export function* rebuilt(
	title: string,
	why: Fault,
	{ s, texts, targetMark }: Marked,
	afterOpening: () => string
): Generator<string> {
	const at = s.indexOf(targetMark);
	if (why === 'adverbial opener') {
		// The clause after the phrase: "At its peak, Coalridge employed 700 workers" → "Coalridge
		// employed 700 workers".
		// (Not a phrase whose noun the date dates, the happening it names: "In over-the-counter
		// trading yesterday, Benjamin Franklin rose 25 cents", TimeBank's.)
		const opening = s.slice(0, Math.max(0, s.indexOf(', ')));
		const dated = new RegExp(`(\\p{Ll}+)\\s+(?:(?:on|in|at|during)\\s+)?${targetMark}`, 'u').exec(
			opening
		)?.[1];
		if (dated && (HAPPENING_NOUNS.test(dated) || /^\p{Ll}{3,}ing$/u.test(dated))) return;
		const words = title.split(' ');
		yield words.slice(openerLength(title, words)).join(' ');
		return;
	}
	if (why === 'subordinate opener') {
		// The subordinate clause is the date's own when the date lies in it before its comma;
		// else the main clause after it is.
		// (Without a comma, the main clause opens with its pronoun: "once Gonzalez arrives in the
		// United States it will begin the process".)
		const sub = SUBORDINATORS.exec(title)![0];
		const comma = title.indexOf(', ');
		const pronoun = / (?:it|he|she|they|we) /.exec(title.slice(sub.length));
		const end = comma > 0 ? comma : pronoun ? sub.length + pronoun.index : -1;
		if (end < 0) return;
		const main = title.slice(end + (comma > 0 ? 2 : 1));
		const opens = new RegExp(`\\b${sub}\\s`, 'i').exec(s);
		const mainAt = s.indexOf(main.split(' ').slice(0, 2).join(' '));
		const own =
			opens &&
			at > opens.index &&
			(mainAt < 0 || at < mainAt) &&
			!s.slice(opens.index, at).includes(',');
		yield own ? title.slice(sub.length + 1, end) : main;
		return;
	}
	if (why === 'no subject' || why === 'possessive opener') {
		// An opening phrase with no subject after it ("Ahead of the vote on Thursday, the union's
		// president, Ana Ruiz, said, …" titled "Ahead of vote on Thursday said, …"): the sentence
		// after that phrase.
		// (Its participle is no verb of the sentence's: "In a poll completed on Saturday, …".)
		// (…and so is a participle's: "Speaking to reporters on Monday, the governor, Alan Brooks,
		// said …", "Asked on Saturday whether he would run again, Mayor Luis Ortega said …".)
		const opening = /^[^,]{3,80},\s+/.exec(s);
		if (opening && (OPENING_PREPOSITION.test(s) || /^\p{Lu}\p{Ll}{2,}(?:ing|ed)\s/u.test(s))) {
			const rest = afterOpening();
			// (A date of the phrase's own noun dates no clause of the present after it: "With the
			// finding of a buried rifle 11 days ago, the authorities … say they have gathered …".)
			const present = /^(?:\S+\s+){0,6}?(?:say|says|is|are|has|have|do|does)\b/.test(rest);
			if (!(at >= 0 && at < opening[0].length && present)) yield rest;
		}
		// A verb with no subject ("Said he had voted for the sale"): its subject, from the
		// words before it in the sentence.
		const verb = why === 'no subject' ? title.split(' ')[0]!.toLowerCase() : null;
		if (verb && (FINITE.has(verb) || isPastVerb(verb))) {
			const uses = [...s.matchAll(new RegExp(`\\b${verb}\\b`, 'g'))].map((m) => m.index);
			const use = uses.filter((i) => i < at).at(-1) ?? uses[0];
			const subject = use === undefined ? null : subjectBefore(s.slice(0, use));
			if (subject) yield `${headline(withoutDates(subject, texts))} ${lowerFirst(title)}`;
		}
		return;
	}
	if (why === 'object first') {
		// The clause in its own order, the object after its verb: "It had first performed Mahler's
		// Second Symphony" (its "it" named after), the object as the sentence writes it.
		const m = /^(.+?) (it|he|she|they|we) (.+)$/.exec(title)!;
		const found = new RegExp(m[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i').exec(s);
		// (A thing's "it" or "they" is the main clause's subject: "the orchestra played Mahler's
		// Second Symphony, which it had first performed" → "Orchestra had first performed …".)
		const main =
			found && /^(?:it|they)$/.test(m[2]!)
				? subjectOf(s.slice(0, found.index).split(/,\s+/).at(-1)!)
				: '';
		const subject =
			main && sound(main)
				? headline(withoutDates(main, texts))
				: `${m[2]!.charAt(0).toUpperCase()}${m[2]!.slice(1)}`;
		yield headline(`${subject} ${m[3]} ${found?.[0] ?? m[1]}`);
		return;
	}
	if (why === 'no verb') {
		// A noun and the participle the date governs: "Her book “The Friendly Ones,” published
		// in 1989, described …" → "Lowell's book Friendly Ones published".
		const participle = new RegExp(
			`(?:^|[,\\s])(\\p{Ll}{3,})\\s+(?:(?:in|on|at|during|by)\\s+)?${targetMark}`,
			'u'
		).exec(s)?.[1];
		if (participle && (isPastVerb(participle) || PARTICIPLE.test(participle)))
			yield `${title} ${participle}`;
		// A dated noun with a clause of its own: "recovering from the February storm that closed 40
		// stores" → "Storm closed 40 stores".
		const described = new RegExp(
			`\\b(?:the|a|an|its|their|his|her)\\s+${targetMark}\\s+((?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+)\\s+(?:that|which|who)\\s+(\\p{Ll}+)([^,;.]*)`,
			'u'
		).exec(s);
		if (described && (isPastVerb(described[2]!) || FINITE.has(described[2]!)))
			yield headline(withoutDates(`${described[1]} ${described[2]}${described[3]}`, texts));
		// The clause the date is in, whole: "… and the club fired its coach, Ian Mercer, on Sept.
		// 2" → "Club fired its coach, Ian Mercer".
		const clauses = s.split(CLAUSE_BREAK);
		const own = clauses.find((c) => c.includes(targetMark));
		if (own && clauses.length > 1) yield plainTitle(own.replace(/[\s.]+$/, ''), texts);
		// A date in an opening phrase dates the main clause: "In January, a week after the
		// anniversary of …, a bombing in Birmingham killed a guard".
		const first = s.indexOf(', ');
		if (first > 0 && at >= 0 && at < first && !hasFiniteVerb(s.slice(0, first))) {
			yield afterOpening();
			const main = mainClause(s, texts);
			if (main) yield main;
		}
	}
}
