/**
 * A quotation's own "now": a speaker's "today", "tonight" or "this morning" dates what the
 * speaker says happened then ("Today we delivered food to 3,000 families"), but a quoted clause
 * that tells a state, a wish or a condition tells no happening of that day: "Today I just want
 * to walk in a straight line", "What we owe our members today is the truth", "Today you can hear
 * it from the school", "tonight is the hardest thing I have done", "If we do not act today, …"
 * (dev14). The clause's first verb decides; a clause with no verb the rules know is kept, and so
 * is a state the speaker says was reached ("Today I finally feel that someone listened").
 */
import { IRREGULAR_PARTICIPLE, isPastVerb } from './happenings';

/** Words of the speaker's now (a quotation's "today" is the day it was said). */
export const SAYING_NOW = /^(?:today|tonight|now|this\s+(?:morning|afternoon|evening))$/i;

/** A clause that is a condition: what would happen if, not what did. */
const CONDITION = /^(?:if|unless)$/;
/** Forms of "be": a state unless an "-ing" follows ("we are opening the bridge today"). */
const BE =
	/^(?:is|are|am|isn['’]t|aren['’]t|(?:it|that|there|here|what|he|she)['’]s|(?:we|you|they)['’]re|i['’]m)$/;
/** Modals of ability, possibility and duty: a state of things, not a happening. */
const MODAL = /^(?:can|could|may|might|must|should|would|cannot|can['’]t|couldn['’]t)$/;
/** Verbs that look ahead: a plan of the speaker's day ("we will vote tonight") is kept. */
const AHEAD = /^(?:will|won['’]t|shall|going|(?:i|we|you|they|he|she|it)['’]ll)$/;
/** Present verbs of states, wishes and thoughts. */
const STATE = new Set(
	`want wants need needs owe owes know knows think thinks believe believes hope hopes feel feels
	seem seems mean means like likes love loves wish wishes remain remains`.split(/\s+/)
);
/** "have", "has": a state, unless a participle follows ("we have delivered food today"). */
const HAVE = /^(?:have|has|haven['’]t|hasn['’]t|(?:i|we|you|they)['’]ve)$/;

/**
 * Words that make a state the speaker's news: a state reached that day is a change, which is a
 * happening ("Today I finally feel that someone listened", "Today we can finally give crews a
 * rest", dev11).
 */
const REACHED = /\b(?:finally|at\s+last|no\s+longer|for\s+the\s+first\s+time)\b/i;

/**
 * Words that open a clause inside the one being read: its verb is no longer the first one met,
 * and an unknown verb came before ("Today's verdict shows that no one is above the law").
 */
const INNER_CLAUSE =
	/^(?:that|which|who|whom|whose|because|when|where|while|since|although|though)$/;

const isParticiple = (w: string) => isPastVerb(w) || IRREGULAR_PARTICIPLE.has(w);

/** Whether a quoted clause tells a state, a wish or a condition rather than a happening. */
export function tellsAState(clause: string): boolean {
	const words = clause
		.toLowerCase()
		.split(/[^\p{L}'’]+/u)
		.filter(Boolean);
	if (CONDITION.test(words[0] ?? '')) return true;
	if (REACHED.test(clause)) return false;
	for (let i = 0; i < words.length; i++) {
		const w = words[i]!;
		const next = words[i + 1] ?? '';
		if (AHEAD.test(w)) return false;
		// "Today our only job is to get every bottle back": a duty done that day (dev11).
		if (BE.test(w)) return !/^to$|ing$/.test(next === 'not' ? (words[i + 2] ?? '') : next);
		if (HAVE.test(w)) return !isParticiple(next === 'not' ? (words[i + 2] ?? '') : next);
		if (MODAL.test(w) || STATE.has(w)) return true;
		if (isPastVerb(w) || INNER_CLAUSE.test(w)) return false;
	}
	return false;
}

/** Breaks between the clauses of a quotation. */
const BREAK = /[,;:—–“”"]/g;

/**
 * The clause of `text` that holds the words [start, end): from the last break before them (and
 * an "and" or "but" after it) to the first break after them, past an opener's comma ("Today,
 * we …").
 */
export function clauseAround(text: string, start: number, end: number): string {
	let from = 0;
	for (const m of text.slice(0, start).matchAll(BREAK)) from = m.index + m[0].length;
	const rest = text.slice(end);
	const breaks = [...rest.matchAll(BREAK)].map((m) => m.index);
	// "Today, we delivered …": an opener's comma ends no clause.
	const opener = !text.slice(from, start).trim() && !rest.slice(0, breaks[0]).trim();
	const to = opener ? breaks[1] : breaks[0];
	const clause = text.slice(from, to === undefined ? text.length : end + to);
	return clause.replace(/^\s*(?:and|but|so)\s+/i, '');
}

/** Whether a quoted "today" at [start, end) of a sentence stands in a clause of a state. */
export function quotesAStateOfNow(text: string, start: number, end: number): boolean {
	return SAYING_NOW.test(text.slice(start, end)) && tellsAState(clauseAround(text, start, end));
}
