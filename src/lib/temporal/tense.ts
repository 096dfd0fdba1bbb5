/**
 * A cheap guess at whether the clause around a token speaks of the past or the future, used
 * to place dates the text leaves open ("on Tuesday", "in March", "the fourth quarter").
 */
import { noPresentVerb, pastByAgreement } from './base-forms';
import { lowerAt, type Context } from './context';
import type { Token } from './tokens';
import { DETERMINERS, MONTHS, NUMBER_WORDS, UNITS, WEEKDAYS } from './lexicon';
import {
	BECAME,
	COMING_INTO,
	COMPARING,
	DONE_AT_ONCE,
	EDGES,
	FUTURE_CUES,
	INTENDED,
	IRREGULAR_PAST,
	LEADING,
	LEADING_UNLESS_PAST,
	LOOKS_AHEAD,
	NEW_PREDICATE,
	NOT_PLANNED,
	PAST_CUES,
	PLANNED,
	PLANNED_OBJECT_WORDS,
	PREPOSITIONS,
	PUTS_OFF,
	PUTS_OFF_REACH,
	REPORTING,
	DECIDING,
	SCHEDULED,
	SHORT_PAST_CUES,
	SCHEDULED_BASE,
	STATE_VERBS,
	STRONG_PAST,
	type Tense
} from './tense-cues';

export type { Tense } from './tense-cues';

const WINDOW = 10;

const PASSIVE = new Set(['be', 'been', 'being', 'is', 'are']);

/** Words before a participle that make it an adjective: "a still unspecified date". */
const ADJECTIVAL = new Set([...DETERMINERS, 'these', 'those', 'still', 'newly', 'yet']);

/** Parts of a period named as nouns: "the end of March". */
const PART_NOUNS = new Set(['end', 'beginning', 'start', 'middle', 'close']);

const NEGATIONS = new Set(['not', "n't", 'never']);

/** Reporting verbs in the past, read after a date. */
const SAID = new Set(['said', 'told', 'warned', 'urged', 'insisted', 'acknowledged']);

const MODALS = new Set(['could', 'might', 'may', 'must', 'should', 'would']);

/** Words after which "last" is a verb: "may last", "will last", "to last", "could last". */
const LAST_AS_VERB = new Set([...MODALS, 'will', 'll', 'can', 'to', 'not']);

/** Possessives before "last" as an adjective: "its last factory", "their last game". */
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

/** "n't" at token `k`: "'" or "’" then "t", unspaced. */
const contracted = (ctx: Context, k: number) =>
	["'", '’'].includes(ctx.tokens[k]?.text ?? '') &&
	!ctx.tokens[k]!.spaced &&
	ctx.tokens[k + 1]?.lower === 't';

function cueAt(ctx: Context, j: number, schedules: boolean): Tense {
	const t = ctx.tokens[j];
	if (!t || t.kind !== 'word') return null;
	// "May" with a capital mid-sentence is the month, not the modal.
	if (t.lower === 'may' && t.text === 'May' && !t.sentenceStart) return null;
	// "set to", "set for" look ahead; "set aside", "set Friday as the deadline" are past acts.
	if (t.lower === 'set') {
		const next = ctx.tokens[j + 1]?.lower;
		return next === 'to' || next === 'for' ? 'future' : null;
	}
	// "The next year, on June 2, its lander touched down": "the next" counts from the story,
	// and looks ahead of it, not of the page (dev10).
	if (t.lower === 'next' && lowerAt(ctx, j - 1) === 'the') return null;
	// "an office building next to the U.S. embassy": a place, not a time to come (AQUAINT).
	if (t.lower === 'next' && lowerAt(ctx, j + 1) === 'to') return null;
	// "won't", "wo n't": the tokenizer leaves "won" before the contraction; it is "will not".
	if ((t.lower === 'won' || t.lower === 'wo') && contracted(ctx, j + 1)) return 'future';
	// "could have emerged", "may have left": a modal perfect looks back.
	if (MODALS.has(t.lower) && ctx.tokens[j + 1]?.lower === 'have') return 'past';
	// "had been due to expire Friday", "had planned": a plan whose day has passed in the telling.
	// "could not be reached Tuesday": an attempt already made.
	if ((t.lower === 'could' && NEGATIONS.has(lowerAt(ctx, j + 1))) || t.lower === 'couldn') {
		return 'past';
	}
	// "is expected to", "expected Tuesday": a forecast; but "few expected the talks would
	// collapse" is a past act of expecting, no cue.
	if (t.lower === 'expected' && !expectedAhead(ctx, j)) return null;
	// "vacation plans for the trip", "the forecast": nouns, not verbs of intent.
	if (NOUN_LIKE.has(t.lower) && !verbOfIntent(ctx, j)) return null;
	// "put Ostrowski ahead by 431 votes", "ahead by two goals": a lead, not a time to come.
	if (t.lower === 'ahead' && lowerAt(ctx, j + 1) === 'by') return null;
	if (FUTURE_CUES.has(t.lower)) return pluperfect(ctx, j) ? 'past' : 'future';
	// "the law takes effect in January", "goes into force in July": said of what is to come.
	if (COMING_INTO.has(t.lower) && ['effect', 'into'].includes(lowerAt(ctx, j + 1))) return 'future';
	// Regular past forms: "reached", "closed" (but not "need", "speed", nor the passive
	// participle in "to be completed" or "will be announced", which says nothing of time).
	// Not a name that happens to end so: "the United States", "Red Cross".
	const named = !t.sentenceStart && t.text[0] !== t.lower[0];
	const regular =
		t.lower.length > 4 && t.lower.endsWith('ed') && !t.lower.endsWith('eed') && !named;
	const participle = regular || IRREGULAR_PAST.has(t.lower) || SHORT_PAST_CUES.has(t.lower);
	// "will remain closed through Friday": a state whose time the verb before it tells.
	if (participle && STATE_VERBS.has(lowerAt(ctx, j - 1))) return null;
	if (participle && PASSIVE.has(ctx.tokens[j - 1]?.lower ?? '')) {
		// "to be completed around Nov. 1", "is to be announced Friday": what is still to be done.
		return ctx.tokens[j - 1]!.lower === 'be' && ctx.tokens[j - 2]?.lower === 'to' ? 'future' : null;
	}
	// "may last into October", "is expected to last until June": the verb "last", whose
	// modal before it tells the time, not the "last" of "last year".
	if (t.lower === 'last' && LAST_AS_VERB.has(lowerAt(ctx, j - 1))) return null;
	// "will close its last factory in March": after a possessive, "last" is the adjective of the
	// noun after it (the final one), not the "last" of "last year".
	if (t.lower === 'last' && POSSESSIVES.has(lowerAt(ctx, j - 1))) return null;
	if (PAST_CUES.has(t.lower)) return 'past';
	if (pastByAgreement(ctx, j)) return 'past';
	if (schedules && scheduled(ctx, j)) return 'future';
	// "a still unspecified date", "the proposed merger": a participle as adjective tells no time.
	if (regular && ADJECTIVAL.has(ctx.tokens[j - 1]?.lower ?? '')) return null;
	return participle ? 'past' : null;
}

/** "from Sept. 14 to": a "from" a few tokens before "to" opens a range that ends at the date. */
function rangeBefore(ctx: Context, to: number): boolean {
	// "the April-to-June period", "May 3 to June 30": a month or a day just before "to".
	const before = ctx.tokens[ctx.tokens[to - 1]?.text === '-' ? to - 2 : to - 1];
	if (before && (MONTHS.get(before.lower) !== undefined || before.kind === 'number')) return true;
	for (let j = to - 1; j >= 0 && j >= to - 5; j--) {
		// "from now to Election Day" runs forward.
		if (ctx.tokens[j]!.lower === 'from') return !['now', 'today'].includes(lowerAt(ctx, j + 1));
		if (ctx.tokens[j]!.sentenceStart) break;
	}
	return false;
}

/** Auxiliaries whose base verb is no present-tense schedule: "did not meet", "didn't meet". */
const AUXILIARIES = new Set(['did', 'didn', 'do', 'does', 'doesn', 'don', 'will', 'would', 'can']);

/** The auxiliary before a base verb, past a negation ("did not", "didn't"). */
function auxiliaryBefore(ctx: Context, j: number): boolean {
	let k = j - 1;
	if (lowerAt(ctx, k) === 't' && ["'", '’'].includes(lowerAt(ctx, k - 1))) k -= 2;
	else if (NEGATIONS.has(lowerAt(ctx, k))) k--;
	return AUXILIARIES.has(lowerAt(ctx, k)) || MODALS.has(lowerAt(ctx, k));
}

/**
 * Whether the word at j is a plural noun by what stands before it: a number ("431 votes", "two
 * returns") or a determiner ("the votes", "its launches"), not a subject's verb ("the Senate
 * votes Tuesday").
 */
function countedNoun(ctx: Context, j: number): boolean {
	const before = ctx.tokens[j - 1];
	if (!before) return false;
	return (
		before.kind === 'number' || NUMBER_WORDS.has(before.lower) || DETERMINERS.has(before.lower)
	);
}

function scheduled(ctx: Context, j: number): boolean {
	const t = ctx.tokens[j]!;
	const w = t.lower;
	// "won the Madrid Open on Sunday", "the Senior Open": a capital mid-sentence is a name.
	if (!t.sentenceStart && t.text[0] !== w[0]) return false;
	// "ahead by 431 votes", "the plays", "its launches": a counted or determined plural noun.
	if (SCHEDULED.has(w)) return !countedNoun(ctx, j);
	if (!SCHEDULED_BASE.has(w)) return false;
	// "the vote on Sunday", "a visit Tuesday", "Arizona's open Senate seat", "over open water":
	// nouns and adjectives.
	if (DETERMINERS.has(lowerAt(ctx, j - 1)) || PREPOSITIONS.has(lowerAt(ctx, j - 1))) return false;
	if (lowerAt(ctx, j - 1) === 's' && ["'", '’'].includes(lowerAt(ctx, j - 2))) return false;
	// "did not meet until Wednesday": the auxiliary carries the tense, not the base verb.
	if (auxiliaryBefore(ctx, j)) return false;
	if (noPresentVerb(ctx, j)) return false;
	if (ctx.tokens[j - 1]?.lower !== 'to') return true;
	const be = ctx.tokens[j - 2]?.lower;
	return be === 'is' || be === 'are';
}

/**
 * The tense around a weekday. Present-tense schedules ("the talks resume Tuesday") count only
 * here: a weekday is at most six days off, while a month read ahead moves a whole year.
 */
export function weekdayTense(ctx: Context, start: number, end: number): Tense {
	return tenseAround(ctx, start, end, true);
}

/**
 * The tense around an expression: a strong past auxiliary first, then a preposition right
 * before it, then the nearest verb cue.
 */
export function tenseAround(ctx: Context, start: number, end: number, schedules = false): Tense {
	const verb = verbTense(ctx, Math.min(start, ctx.outerStart ?? start), end, schedules);
	// A pluperfect or simple past auxiliary outweighs any preposition: "until Thursday, they had".
	if (verb.strong) return verb.tense;
	let k = start - 1;
	// "Thanksgiving is Thursday", "the deadline is Friday": a day still to come.
	if (schedules && (lowerAt(ctx, k) === 'is' || lowerAt(ctx, k) === 'are')) return 'future';
	// "until at least April 30": the qualifier stands between the preposition and the date.
	const atLeast = lowerAt(ctx, k) === 'least' && lowerAt(ctx, k - 1) === 'at';
	if (atLeast) k -= 2;
	// "until mid-November", "by early March": the preposition stands before the qualifier.
	if (ctx.tokens[k]?.text === '-') k--;
	if (EDGES.has(ctx.tokens[k]?.lower ?? '')) k--;
	// "by the end of March", "until the middle of May": the preposition stands before the part.
	// A past verb still tells a deadline met ("climbed to first place by the end of January").
	const part =
		lowerAt(ctx, k) === 'of' &&
		PART_NOUNS.has(lowerAt(ctx, k - 1)) &&
		lowerAt(ctx, k - 2) === 'the';
	if (part && verb.tense === 'past' && !aheadBefore(ctx, k - 3)) return 'past';
	if (part) k -= 3;
	if (ctx.tokens[k]?.lower === 'on' || ctx.tokens[k]?.lower === 'in') k--;
	// "said Monday that it will bid": the date is when it was said, whatever the clause says next.
	// But "will be announced Monday" is a passive, and says nothing of when.
	const passive = PASSIVE.has(ctx.tokens[k - 1]?.lower ?? '');
	if (REPORTING.has(ctx.tokens[k]?.lower ?? '') && !passive) return 'past';
	// "…, the transit board agreed on Tuesday": the same for a decision's day.
	if (DECIDING.has(ctx.tokens[k]?.lower ?? '') && !passive) return 'past';
	// "Bush on Tuesday said": the same, with the verb after the date.
	if (REPORTING.has(ctx.tokens[end]?.lower ?? '')) return 'past';
	// "payable Jan. 2 to holders of record Dec. 21": dividend dates are announced ahead.
	if (ctx.tokens[k]?.lower === 'record' && ctx.tokens[k - 1]?.lower === 'of') return 'future';
	// "a new pact effective June 1": a change takes effect after it is announced (unless it
	// "became effective" already).
	if (ctx.tokens[k]?.lower === 'effective' && !BECAME.has(ctx.tokens[k - 1]?.lower ?? '')) {
		return 'future';
	}
	// "the accession was planned for early March", "set sentencing for Feb. 12": a plan's date
	// lies ahead of the telling.
	// Told in the past ("was scheduled for March 3", "had been set for"), a month's day may
	// have passed: its nearest occurrence (no tense), not next year's. A weekday's schedule
	// still lies ahead ("the vote was scheduled for Friday").
	const plan = ctx.tokens[k]?.lower === 'for' ? plannedFor(ctx, k) : -1;
	if (plan >= 0)
		return toldInThePast(ctx, plan) && !namesAWeekday(ctx, start, end) ? null : 'future';
	const lead = LEADING.get(ctx.tokens[k]?.lower ?? '');
	const unlessPast = LEADING_UNLESS_PAST.get(ctx.tokens[k]?.lower ?? '');
	// (Not the end of a span named before it: "sales this year through August".)
	const spanEnd = rangeBefore(ctx, k) || UNITS.has(lowerAt(ctx, k - 1));
	if (unlessPast && verb.tense !== 'past' && !spanEnd) return unlessPast;
	// "by late Tuesday it had weakened": a deadline already passed in the telling.
	if (lead === 'future' && pluperfectAfter(ctx, end)) return 'past';
	// "By Tuesday morning, ice an inch thick coated trees": a "by" opening its sentence before a
	// clause told in the simple past is a time reached, not a deadline ahead.
	if (lead === 'future' && ctx.tokens[k]?.sentenceStart && verb.tense === 'past') return 'past';
	// "Residents were told to leave by 9 p.m. Tuesday", "the road was closed until 6 a.m.
	// Monday": a weekday's deadline in a clause told in the past is a day just gone, for the
	// clause's tense, not the preposition, tells which side of the page the day is on. Not a
	// day a verb put off to ("postponed until Tuesday", "gave them until Friday"), nor an end
	// not yet known, which goes on past the telling ("were told to boil water until at least
	// Friday", held-out-dates-4). A "by" told in the past is a time reached whatever the date
	// ("Sales recovered by October", WikiWars' "taking Iwo Jima by March"), unless a verb
	// before it looks ahead ("promised to hire 50 people by June").
	const byPast = lowerAt(ctx, k) === 'by' && !aheadBefore(ctx, k - 1);
	if (
		lead === 'future' &&
		(schedules || byPast) &&
		verb.tense === 'past' &&
		!atLeast &&
		!putOff(ctx, k)
	)
		return 'past';
	if (lead) return lead;
	// "as soon as Tuesday", "as early as next week" look ahead; "as late as June", "as recently
	// as 2009" look back ("trailed by double digits as late as June"), unless the clause itself
	// looks ahead ("could slip as late as June").
	if (ctx.tokens[k]?.lower === 'as' && ctx.tokens[k - 2]?.lower === 'as') {
		const edge = lowerAt(ctx, k - 1);
		if (edge === 'late' || edge === 'recently') return verb.tense === 'future' ? 'future' : 'past';
		return 'future';
	}
	// "to resume Monday", "extended to Nov. 6": an infinitive or a new deadline looks ahead.
	const to =
		ctx.tokens[start - 1]?.lower === 'to'
			? start - 1
			: ctx.tokens[start - 2]?.lower === 'to'
				? start - 2
				: -1;
	// Not a comparison or the end of a range: "in contrast to Thursday", "from Sept. 14 to Thursday".
	// Nor an act done at once: "declined to comment Thursday" (DONE_AT_ONCE).
	if (
		to >= 0 &&
		!COMPARING.has(ctx.tokens[to - 1]?.lower ?? '') &&
		!DONE_AT_ONCE.has(lowerAt(ctx, to - 1)) &&
		!rangeBefore(ctx, to)
	) {
		return 'future';
	}
	return verb.tense;
}

/** A verb of PUTS_OFF in the clause just before the preposition at k. */
function putOff(ctx: Context, k: number): boolean {
	for (let j = k - 1; j >= 0 && j >= k - PUTS_OFF_REACH; j--) {
		const t = ctx.tokens[j]!;
		if (PUTS_OFF.has(t.lower)) return true;
		if (t.sentenceStart || t.kind !== 'word') return false;
	}
	return false;
}

/** Prepositions that run a span up to a date: "until the fall", "till spring". */
const UNTIL = new Set(['until', 'till']);

/**
 * Whether the expression at [start, end) ends a span its clause told in the past: "students
 * held classes in churches until the fall". "until" looks ahead of the page, but a past clause
 * that retells an earlier year runs up to that year's season (the caller asks the story).
 */
export function pastUntil(ctx: Context, start: number, end: number): boolean {
	const k = start - 1;
	if (!UNTIL.has(lowerAt(ctx, k))) return false;
	return verbTense(ctx, k, end, false).tense === 'past';
}

/**
 * Where a verb of PLANNED stands before the "for" at token k (else -1), at most
 * PLANNED_OBJECT_WORDS words of its object between them: "was set for", "set sentencing for",
 * "scheduled the vote for"; not a noun ("a set of rules for"), a record ("set a record for") or a place ("planned at the
 * university for Saturday").
 */
function plannedFor(ctx: Context, k: number): number {
	for (let j = k - 1; j >= 0 && j >= k - 1 - PLANNED_OBJECT_WORDS; j--) {
		const t = ctx.tokens[j]!;
		if (t.kind !== 'word' || NOT_PLANNED.has(t.lower)) return -1;
		if (PLANNED.has(t.lower)) return DETERMINERS.has(lowerAt(ctx, j - 1)) ? -1 : j;
		// "A vigil planned at the university for Saturday was canceled": a place, not an object.
		if (PREPOSITIONS.has(t.lower)) return -1;
		if (t.sentenceStart) return -1;
	}
	return -1;
}

function namesAWeekday(ctx: Context, start: number, end: number): boolean {
	for (let j = start; j < end; j++) if (WEEKDAYS.has(lowerAt(ctx, j))) return true;
	return false;
}

/** A passive told in the past before the participle at j: "was scheduled", "had been set". */
function toldInThePast(ctx: Context, j: number): boolean {
	const before = lowerAt(ctx, j - 1);
	return (
		before === 'was' || before === 'were' || (before === 'been' && lowerAt(ctx, j - 2) === 'had')
	);
}

/** A verb looking ahead before token k in its sentence: "said it expected to take delivery by …". */
function aheadBefore(ctx: Context, k: number): boolean {
	for (let j = k; j >= 0 && j > k - WINDOW; j--) {
		if (LOOKS_AHEAD.has(ctx.tokens[j]!.lower)) return true;
		if (ctx.tokens[j]!.sentenceStart) break;
	}
	return false;
}

/**
 * A plan told in the past: "planned to leave", "hoped to finish", "planned a rally", "would be
 * traveling". Not "agreed to a proposal" (a preposition) nor a "would" of another verb.
 */
function plansAhead(ctx: Context, j: number): boolean {
	const w = ctx.tokens[j]!.lower;
	const next = lowerAt(ctx, j + 1);
	if (w === 'would') {
		if (next === 'be') return lowerAt(ctx, j + 2).endsWith('ing');
		// "said the storm would hit the coast on Wednesday": a forecast, told in the past.
		const verb = ctx.tokens[j + 1];
		return (
			verb?.kind === 'word' &&
			/^[a-z]+$/.test(verb.text) &&
			!['have', 'not', 'also', 'still', 'never', 'be'].includes(verb.lower)
		);
	}
	if (!INTENDED.has(w)) return false;
	if (next === 'to') return !DETERMINERS.has(lowerAt(ctx, j + 2));
	return w === 'planned' && DETERMINERS.has(next);
}

function expectedAhead(ctx: Context, j: number): boolean {
	const next = lowerAt(ctx, j + 1);
	return next === 'to' || !DETERMINERS.has(next) || PASSIVE.has(lowerAt(ctx, j - 1));
}

/** Future cues that are as often nouns: "plans", "hopes", "aims", "forecast". */
const NOUN_LIKE = new Set(['plans', 'hopes', 'aims', 'forecast']);

/** "plans to", "hopes the", "is forecast for": the word as a verb, not "the forecast". */
function verbOfIntent(ctx: Context, j: number): boolean {
	if (DETERMINERS.has(lowerAt(ctx, j - 1))) return false;
	if (ctx.tokens[j]!.lower === 'forecast') return true;
	const next = lowerAt(ctx, j + 1);
	return next === 'to' || next === 'that' || DETERMINERS.has(next);
}

function pluperfect(ctx: Context, j: number): boolean {
	const before = lowerAt(ctx, j - 1);
	return before === 'had' || (before === 'been' && lowerAt(ctx, j - 2) === 'had');
}

/** "had" or "was", or a participle right after "had" ("had filed reports by Wednesday"). */
function strongPast(ctx: Context, j: number): boolean {
	return STRONG_PAST.has(ctx.tokens[j]!.lower) || pluperfect(ctx, j);
}

/** A "had" in the clause after the expression, before the sentence ends. */
function pluperfectAfter(ctx: Context, end: number): boolean {
	for (let j = end; j < ctx.tokens.length && j < end + WINDOW; j++) {
		if (ctx.tokens[j]!.sentenceStart) break;
		if (ctx.tokens[j]!.lower === 'had') return true;
	}
	return false;
}

/** Token j is a number joined to the one before it by a separator: the "000" of "200,000". */
function numberGroup(ctx: Context, j: number): boolean {
	const [t, sep, before] = [ctx.tokens[j], ctx.tokens[j - 1], ctx.tokens[j - 2]];
	return (
		t?.kind === 'number' &&
		!t.spaced &&
		sep?.kind === 'punct' &&
		!sep.spaced &&
		before?.kind === 'number'
	);
}

/**
 * Token j goes on the name the token before it began: a capitalised word after one ("St.
 * Louis", "Women's Championship"), an abbreviation's full stop or initial ("U.S."), a
 * possessive's apostrophe and "s" ("Women's").
 */
function inName(ctx: Context, j: number): boolean {
	const [t, before, next] = [ctx.tokens[j], ctx.tokens[j - 1], ctx.tokens[j + 1]];
	if (!t || !before || t.sentenceStart) return false;
	if (t.text === '.') return !t.spaced && nameWord(before) && next?.sentenceStart === false;
	if (t.lower === 's' && !t.spaced && APOSTROPHES.has(before.text))
		return nameWord(ctx.tokens[j - 2]);
	if (APOSTROPHES.has(t.text)) return !t.spaced && nameWord(before) && next?.lower === 's';
	if (!nameWord(t)) return false;
	// After a name's word, its full stop or its possessive.
	const possessive = before.lower === 's' && APOSTROPHES.has(lowerAt(ctx, j - 2));
	return nameWord(before) || (before.text === '.' && !before.spaced) || possessive;
}
const nameWord = (t: Token | undefined) =>
	t !== undefined && t.kind === 'word' && t.text[0] !== t.lower[0];
const APOSTROPHES = new Set(["'", '’']);

/** Conjunctions that, after a comma, open a clause of their own: ", and", ", but". */
const NEW_CLAUSE = new Set(['and', 'but']);

/**
 * Whether the conjunction at j, after a comma, opens a clause with the date at `start` at its
 * head (", and on Dec. 8 …", ", but in March …"; not ", and leave the city on Friday").
 */
function opensClause(ctx: Context, j: number, start: number): boolean {
	if (!NEW_CLAUSE.has(lowerAt(ctx, j)) || ctx.tokens[j - 1]?.text !== ',') return false;
	return j === start - 1 || (j === start - 2 && PREPOSITIONS.has(lowerAt(ctx, start - 1)));
}

/** The nearest verb cue before the expression in its sentence, else the nearest after it. */
function verbTense(
	ctx: Context,
	start: number,
	end: number,
	schedules: boolean
): { tense: Tense; strong: boolean } {
	const opensSentence = ctx.tokens[start]?.sentenceStart === true;
	const preposed = opensSentence || ctx.tokens[start - 1]?.sentenceStart === true;
	let clause = true;
	let reach = start - WINDOW;
	for (let j = start - 1; !opensSentence && j >= 0 && j >= reach; j--) {
		// A number's groups ("200,000", "6:12") are one word of the window: "would stop feeding
		// about 200,000 people at the end of April" keeps its "would".
		if (numberGroup(ctx, j)) reach -= 2;
		// So is a name, its full stops and possessives included: "will play in the U.S. Women's
		// Championship in St. Louis in October" keeps its "will".
		if (inName(ctx, j)) reach--;
		// "Protesters planned a demonstration on Saturday", "would be traveling Thursday": a plan
		// told in the past for a day still ahead (but "Wednesday's ruling" is a thing done).
		// A plan counts within the date's own clause only ("…would collapse, but on Monday…"),
		// and for a month only in a report: a history's "would" is ahead of its story, not of
		// the page ("said the government would present a budget in February", told in December).
		if (ctx.tokens[j]!.text === ',' && !numberGroup(ctx, j + 1)) clause = false;
		const plans = clause && (schedules || ctx.genre === 'news') && plansAhead(ctx, j);
		if (plans && !["'", '’'].includes(lowerAt(ctx, end))) {
			return { tense: 'future', strong: false };
		}
		const cue = cueAt(ctx, j, schedules);
		if (cue) return { tense: cue, strong: cue === 'past' && strongPast(ctx, j) };
		if (ctx.tokens[j]?.sentenceStart) break;
		// ", and on Dec. 8 the recount ended": the date opens a clause of its own, whose verb
		// follows it; the clause before ("ruled that the ballots must be counted") has its own.
		if (opensClause(ctx, j, start)) break;
	}
	for (let j = end; j < ctx.tokens.length && j < end + WINDOW; j++) {
		if (ctx.tokens[j]?.sentenceStart) break;
		// "… on Sunday and Monday and is expected to weaken": another predicate's time.
		const w = ctx.tokens[j]!.lower;
		if ((w === 'and' || w === 'but') && NEW_PREDICATE.has(lowerAt(ctx, j + 1))) break;
		// "On Wednesday, Bernanke said the bank could …": the date is when it was said, whatever
		// the reported clause goes on to say.
		// (Only for a date opening its sentence: "… in early March, an official said" dates the
		// reported clause.)
		if (preposed && SAID.has(ctx.tokens[j]!.lower)) return { tense: 'past', strong: false };
		const cue = cueAt(ctx, j, schedules);
		if (cue) return { tense: cue, strong: cue === 'past' && strongPast(ctx, j) };
	}
	return { tense: null, strong: false };
}
