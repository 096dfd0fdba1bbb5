/**
 * Turns a sentence into a timeline label, the way a graphics editor would write one: the clause
 * that the date governs, in headline style (no date phrase, no attribution, no articles or
 * auxiliaries), short enough to sit on a timeline. This file is the order the steps run in;
 * each step's rules live in \`titles/\`, one file for each kind of step.
 */

import { NAMED_SPEAKER, withoutParentheticalSaying } from './titles/attribution';
import { DATE_APPOSITION, DATE_DESCRIBED, marker } from './titles/markers';
import { withDayList } from './titles/day-lists';
import { PLACE_COMMA, joinPlaces } from './titles/places';
import { pairedMarks, quotationsHeld } from './titles/quotations';
import { fault, otherClause } from './titles/readable';
import { closed } from './titles/dangling';
import { wholePhrases } from './titles/phrase-ends';
import { datedClauseWhole, ownClause, rebuilt, type Marked } from './titles/rebuild';
import { governedClause } from './titles/last-resort';
import { plainTitle } from './titles/headline';
import { untilDenied } from './titles/until-denied';
import { decidedTo } from './titles/decided';
import { titleOfMarked } from './titles/passes';
import { MARK, QUOTED_SPACE, hasFiniteVerb } from './titles/words';

/** A date phrase inside the sentence, as offsets relative to the sentence start. */
export interface Span {
	start: number;
	end: number;
}

/** A time of day that opens the sentence, no date of its own: "Just before dawn, a farmer …". */
const HOUR_SCENE =
	/^(?:(?:just|shortly|soon|right|long|well)\s+)?(?:before|after|at|by|around|until|toward|towards)\s+(?:the\s+)?(?:dawn|daybreak|sunrise|sunset|dusk|nightfall|midnight|noon|first\s+light)\s*,\s+(?=\S+\s+\S)/i;

/**
 * The title of the happening that the date phrase `target` governs; with `target` null, of the
 * sentence's main happening (an undated sentence whose date is inferred from its context).
 */
export function titleFor(sentence: string, target: Span | null, others: Span[] = []): string {
	const title = RETITLES.reduce(
		(t, { run }) => run(t, sentence, target),
		chosenTitle(sentence, target, others)
	);
	// Whichever rule made it, a title never stops inside a phrase its sentence goes on with, nor
	// ends on a word that opened one, nor starts inside one.
	return pairedMarks(
		wholePhrases(closed(title, markDates(sentence, target, others).s), sentence)
			.replaceAll(THOUSANDS, ',')
			.replaceAll(QUOTED_SPACE, ' ')
			.replaceAll(SAID_NAME, 'Said')
			.replaceAll(TO_WOULD, '')
	);
}

/**
 * The passes a finished title goes through, in order, after the sentence's passes
 * (titles/passes.ts) made it: each row's name, its rewrite, and why.
 */
const RETITLES: {
	name: string;
	why: string;
	run: (title: string, sentence: string, target: Span | null) => string;
}[] = [
	{
		name: 'decided',
		why: 'A decision\'s clause is what was decided to do: "Board decided to close depot" (decided.ts).',
		run: (title) => decidedTo(title)
	},
	{
		name: 'since denied',
		why: 'A denial since a date keeps its "since" and the date: "No legislator expelled since 1997".',
		run: sinceDenied
	},
	{
		name: 'until denied',
		why: 'A denial until the date tells the happening at the date: "did not return until July".',
		run: (title, sentence, target) =>
			target
				? untilDenied(title, sentence.slice(Math.max(0, target.start - 10), target.start))
				: title
	}
];

/**
 * A plan of a saying's second "would", its first made "to": "said the company would set aside
 * £9m and would publish a review by the end of the year" → "Company to publish review", never
 * "Company to would publish …".
 */
const TO_WOULD = /(?<=\bto )would (?=\p{Ll})/gu;

/**
 * A denial since a date ("No Oregon legislator has been expelled since 1997") tells of no
 * happening at that date, and its title without the date would say it did ("No Oregon
 * legislator expelled", on 1997): the title keeps its "since" and the date.
 */
function sinceDenied(title: string, sentence: string, target: Span | null): string {
	if (!target || !/\bsince\s+$/i.test(sentence.slice(Math.max(0, target.start - 10), target.start)))
		return title;
	if (!/^(?:No|Nobody|None|Nothing|Never)\b|\b(?:not|never|no)\b/.test(title)) return title;
	const date = sentence.slice(target.start, target.end);
	return title.includes(date) ? title : `${title} since ${date}`;
}

/** The title of a date's clause, as the rules below make it (see titleFor). */
function chosenTitle(sentence: string, target: Span | null, others: Span[]): string {
	const title = finished(titleOf(sentence, target, others));
	const why = fault(title);
	if (!why) {
		// A title told by another clause than the date's is built from the date's own.
		if (!target || !otherClause(title, sentence, target.start)) return title;
		const own = ownClause(markDates(sentence, target, others));
		const again = own && finished(own);
		return again && again.includes(' ') && !fault(again) ? capitalised(again) : title;
	}
	// A title that fails the readability gate is built again from the clause the date governs,
	// or the main clause; a rebuilt title that reads no better leaves the first as it was.
	const afterOpening = () => {
		const from = sentence.indexOf(', ') + 2;
		const shift = (o: Span) => ({ start: o.start - from, end: o.end - from });
		// (Its first word a capital, as a sentence's: "the governor, Alan Brooks, said".)
		const rest = sentence.slice(from);
		return titleOf(
			rest.charAt(0).toUpperCase() + rest.slice(1),
			target && target.start >= from ? shift(target) : null,
			others.filter((o) => o.start >= from).map(shift)
		);
	};
	const marked = markDates(sentence, target, others);
	for (const candidate of rebuilt(title, why, marked, afterOpening)) {
		const again = finished(candidate);
		if (again.includes(' ') && !fault(again)) return capitalised(again);
	}
	// Never a broken title when the date's clause, whole, reads as one…
	const whole = datedClauseWhole(marked);
	const again = whole && finished(whole);
	if (again && again.includes(' ') && !fault(again)) return capitalised(again);
	// …nor when its own words, cut where it meets another clause, do (titles/last-resort.ts).
	// (A noun its date names is a title already: "August 7 bombings".)
	if (title.includes(marked.texts.get(marked.targetMark) ?? MARK)) return title;
	const own = governedClause(marked.s, marked.targetMark);
	const last = own && finished(plainTitle(own, marked.texts));
	return last && last.includes(' ') && !fault(last) ? capitalised(last) : title;
}

const capitalised = (title: string) => title.charAt(0).toUpperCase() + title.slice(1);

/** A title made, with the stand-ins of its making given back their words. */
function finished(title: string): string {
	return (
		capitalised(
			TRIMS.reduce((t, { pattern, by }) => t.replace(pattern, by), title).replace(HOUR_SCENE, '')
		)
			.trimEnd()
			// (A sentence's full stop left at the end: "… signs reading Save Lincoln."; an
			// abbreviation keeps its own, "… in Missoula, Mont.")
			.replace(/(?<=(?:^|\s)(?:\p{Ll}+|\p{Lu}\p{Ll}{5,}))\.$/u, '')
			.replaceAll(THOUSANDS, ',')
			.replaceAll(QUOTED_SPACE, ' ')
			.replaceAll(SAID_NAME, 'Said')
			.replaceAll(PLACE_COMMA, ', ')
			.replaceAll(NAMED_SPEAKER, '')
	);
}

/**
 * Words a finished title leaves out, each row with the case that asked for it: what stands only
 * for words elsewhere in the story, and what tells of the actor, not the happening.
 */
export const TRIMS: { pattern: RegExp; by: string; example: string }[] = [
	{
		// A person's age after the name, at the end or before the verb.
		pattern: /(\p{Lu}[\p{L}’'.-]*\p{Ll}),\s+\d{1,3}(?:$|,\s+(?=\p{Ll}))/u,
		by: '$1 ',
		example: 'Police arrested Tom Hale, 34 → Police arrested Tom Hale'
	},
	{
		// …and one left before a past verb by a clause cut after it ("Ann Lowe, 71, who lost her
		// husband in the storm of January 2005, still …").
		pattern:
			/(\p{Lu}[\p{L}’'.-]*\p{Ll}),\s+\d{1,3}\s+(?=\p{Ll}+(?:ed|en|wn|lt|ft|pt|ught|ost|on|ew|ame|ave|ook|old|ent|id)\b)/u,
		by: '$1 ',
		example: 'Ann Lowe, 71 lost her husband in storm → Ann Lowe lost her husband in storm'
	},
	{
		// A reflexive that only stresses the subject goes, as a headline drops it: "The fountain
		// itself was repainted". (Only right after a title's opening name or noun, so an object's
		// reflexive stays: "He found himself alone".)
		pattern:
			/^(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2})\s+(?:itself|himself|herself|themselves)(?=\s|’s|'s)/u,
		by: '$1',
		example: 'Fountain itself repainted → Fountain repainted'
	},
	{
		// A purpose told by the sentence before: "A bill to do so was introduced in March".
		// (Not after a rank, which it completes: "The last to do so alive died".)
		pattern:
			/(?<=^(?!(?:First|Last|Second|Third|Only|Next|Latest|Youngest|Oldest)\s)\p{Lu}\p{Ll}+)\s+to\s+do\s+(?:so|that|this)\b/u,
		by: '',
		example: 'Bill to do so introduced → Bill introduced'
	}
];

/**
 * Stands for the comma of "1,200" while a title is made, so that no rule cutting at commas
 * cuts a number ("The company, which cut 1,200 jobs, …" read "Company200 jobs").
 */
const THOUSANDS = '\u2064';

/**
 * A number that is part of a name, which a tagger may read as a year: "Local 1207", "LHS 1140 b",
 * "Route 15". A capitalised word right before it that is no preposition, month or season.
 */
const NAME_BEFORE =
	/(?<![\p{L}’'.-])(?!(?:In|On|At|By|Of|For|From|Since|Until|Through|Before|After|During|Around|About|Circa|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Spring|Summer|Fall|Autumn|Winter|AD|BC|CE|BCE)\s)\p{Lu}[\p{L}\d-]*\s$/u;

/** Whether a date span of the sentence is a name's number rather than a date. */
function namesNumber(sentence: string, span: Span): boolean {
	return (
		/^\d{2,4}$/.test(sentence.slice(span.start, span.end)) &&
		NAME_BEFORE.test(sentence.slice(Math.max(0, span.start - 30), span.start))
	);
}

/**
 * A race time ("won the mile on Saturday in 5:34", "ran the marathon in 2:08:41") is what was
 * run, no clock time: after "in", "of" or a verb of racing, with no "a.m." or "p.m." after it, it
 * stays in the title as written ("Lena Okoro won girls' mile in 5:34", was "… won girls' mile").
 */
const RACE_TIME = /^\d{1,2}:\d{2}(?::\d{2})?(?:\.\d{1,2})?$/;
const BEFORE_RACE_TIME =
	/\b(?:in|of|clocked|ran|swam|rowed|finished|timed\s+at|record\s+of|best\s+of)\s+$/i;
const AFTER_CLOCK = /^\s*(?:a\.?m\.?|p\.?m\.?|o['’]clock|GMT|UTC|EST|EDT|[CMP][SD]T)\b/i;

function racesTime(sentence: string, span: Span): boolean {
	return (
		RACE_TIME.test(sentence.slice(span.start, span.end)) &&
		BEFORE_RACE_TIME.test(sentence.slice(Math.max(0, span.start - 15), span.start)) &&
		!AFTER_CLOCK.test(sentence.slice(span.end, span.end + 8))
	);
}

/**
 * A surname "Said" ("Dr. Omar Said founded …") is no verb of saying: after a capitalised word it
 * is written with a Cyrillic "а", which no rule of saying matches, while the title is made, and
 * given back its own letter after (one code unit for one, so the date's offsets hold).
 */
const SAID_NAME = 'S\u0430id';
const SURNAME_SAID = /(?<=\p{Lu}[\p{L}.’'-]*\s)Said\b/gu;

/**
 * The sentence with its date phrases replaced by markers (the date the title is for marked as
 * the target), and the words each marker stands for.
 */
function markDates(sentence: string, target: Span | null, others: Span[]): Marked {
	sentence = sentence.replace(SURNAME_SAID, SAID_NAME);
	// Replace the date phrases by markers, from the end so offsets stay valid.
	// (A name's number stays as written: "Their union, Local 1207, reached …".)
	// (…and so does a race time, "in 5:34": what was run, no date.)
	if (target && racesTime(sentence, target)) target = null;
	// (A list of days in one month is one date phrase: "on 21 and 22 March", titles/day-lists.ts.)
	const spans = [
		...(target ? [{ ...target, target: true }] : []),
		...others
			.filter((o) => !namesNumber(sentence, o) && !racesTime(sentence, o))
			.map((s) => ({ ...s, target: false }))
	]
		.map((span) => withDayList(sentence, span))
		.sort((a, b) => b.start - a.start)
		.reduce<(Span & { target: boolean })[]>(joinOverlapping, []);
	const texts = new Map<string, string>();
	let s = sentence;
	spans.forEach((span, i) => {
		const m = marker(i, span.target);
		texts.set(m, sentence.slice(span.start, span.end));
		s = s.slice(0, span.start) + m + s.slice(span.end);
	});
	const targetMark = [...texts.keys()].find((k) => k.includes('T')) ?? `${MARK}none${MARK}`;
	s = joinPlaces(
		quotationsHeld(withoutParentheticalSaying(s))
			.replace(/(?<=\d),(?=\d{3}\b)/g, THOUSANDS)
			.replace(DATE_DESCRIBED, (m, date: string, clause: string) =>
				hasFiniteVerb(clause) ? date : m
			)
			.replace(DATE_APPOSITION, '$1')
	);
	return { s, texts, targetMark, dates: spans.length };
}

/** Spans from the end, overlapping ones joined (a day list and its day tagged alone). */
function joinOverlapping<S extends Span & { target: boolean }>(spans: S[], span: S): S[] {
	const last = spans.at(-1);
	if (!last || span.end <= last.start) return [...spans, span];
	const joined = {
		...last,
		start: Math.min(last.start, span.start),
		end: Math.max(last.end, span.end),
		target: last.target || span.target
	};
	return [...spans.slice(0, -1), joined];
}

function titleOf(sentence: string, target: Span | null, others: Span[]): string {
	// The passes, in order, are rows of one table (titles/passes.ts).
	return titleOfMarked(markDates(sentence, target, others));
}
