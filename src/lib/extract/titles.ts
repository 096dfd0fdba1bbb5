/**
 * Turns a sentence into a timeline label, the way a graphics editor would write one: the clause
 * that the date governs, in headline style (no date phrase, no attribution, no articles or
 * auxiliaries), short enough to sit on a timeline. This file is the order the steps run in;
 * each step's rules live in \`titles/\`, one file for each kind of step.
 */

import { DATELINE } from './sentences';
import {
	NAMED_SPEAKER,
	chooseComplement,
	stripAttribution,
	withoutParentheticalSaying
} from './titles/attribution';
import { CLEFT, DASH_ASIDE, REPORTING_PERIOD, backgroundOff, tellsPlan } from './titles/background';
import { chooseClause, mainClause, splitClauses, stateThenHappening } from './titles/clauses';
import { headline, plainTitle } from './titles/headline';
import {
	namesHappening,
	nestedParticiple,
	nounOfDate,
	participlePhrase,
	reducedRelative,
	relativeClause,
	tellsPresent,
	trailingParticiple
} from './titles/inner-clauses';
import {
	DATE_APPOSITION,
	DATE_DESCRIBED,
	ENTRY,
	markPatterns,
	marker,
	withoutDates
} from './titles/markers';
import {
	APPOSITION,
	NAMED_SCENE,
	ROLE_APPOSITION,
	asides,
	doingOpener,
	participleOpener,
	placeLast
} from './titles/openers';
import { PLACE_COMMA, joinPlaces, withoutFullStop } from './titles/places';
import {
	pairedMarks,
	quoteLed,
	quotationsHeld,
	sayingThenQuote,
	wholeQuotation
} from './titles/quotations';
import { SINCE_CLAUSE, sinceThen } from './titles/since';
import { whoseClause } from './titles/whose';
import { asideWhen } from './titles/aside-when';
import { fault, otherClause } from './titles/readable';
import { closed } from './titles/dangling';
import { wholePhrases } from './titles/phrase-ends';
import { datedClauseWhole, ownClause, rebuilt, type Marked } from './titles/rebuild';
import { afterClause } from './titles/after-clause';
import { frontedClause } from './titles/fronted';
import { namedKind } from './titles/named-kind';
import { contactRelative, endingRelative } from './titles/contact-relative';
import { oneReport } from './titles/reported-clauses';
import { appositiveSkipped, describedSubjectNamed, roleNameSubject } from './titles/appositive';
import { untilDenied } from './titles/until-denied';
import { possessedHappening } from './titles/possessed';
import { withoutTrailingSubordinates } from './titles/trailing-subordinate';
import { withoutComparisons } from './titles/comparisons';
import { joinedState, withoutJoinedStates } from './titles/joined-states';
import { reportedAside } from './titles/reported-asides';
import { happeningOf } from './titles/happening-of';
import { nounParticiple } from './titles/noun-participle';
import { happenedIn, subjectRelative } from './titles/subject-relative';
import { sameThing } from './titles/same-thing';
import { decidedTo } from './titles/decided';
import { isPastVerb } from './happenings';
import {
	FUNCTION_WORDS,
	MARK,
	MAX_WORDS,
	PARTICIPLE,
	QUOTED_SPACE,
	hasFiniteVerb,
	hasVerb,
	nounBefore,
	subjectOf
} from './titles/words';

/** A date phrase inside the sentence, as offsets relative to the sentence start. */
export interface Span {
	start: number;
	end: number;
}

/**
 * Where something was said, opening the sentence with its date: "In a statement on Wednesday, the
 * agency said it had fined the airline" → "Agency said it had fined airline $2 million" (the
 * saying is the clause the date governs).
 */
const SAYING_SCENE =
	/^(?:In|At|During|Through)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:statement|interview|release|filing|letter|conference|hearing|speech|post|briefing|email|memo|video|call)\s+(?:(?:on|late|early)\s+)?(?:\u2063[TO]\d+\u2063\s*)?,\s+(?=(?:the\s+)?\p{L})/u;

/** A time of day that opens the sentence, no date of its own: "Just before dawn, a farmer …". */
const HOUR_SCENE =
	/^(?:(?:just|shortly|soon|right|long|well)\s+)?(?:before|after|at|by|around|until|toward|towards)\s+(?:the\s+)?(?:dawn|daybreak|sunrise|sunset|dusk|nightfall|midnight|noon|first\s+light)\s*,\s+(?=\S+\s+\S)/i;

/** A kind before a name it was given: "a farmer named Walt Decker" → "Walt Decker". */
const NAMED_KIND =
	/(?<=^|\s)(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+\s+(?:named|called)\s+(?=\p{Lu}[\p{L}’'.-]*\s+\p{Lu})/giu;

/** A noun's description between commas, before the noun's verb: "the driver, a man from Dayton, had". */
const NOUN_APPOSITION =
	/\b((?:the|its|their|his|her)\s+[\p{Ll}-]+),\s+(?:a|an|the)\s+([^,]{1,50}),\s+(?=(?:had|has|have|was|were|is|are|will|would|could)\b)/gu;

/** An object pronoun as the subject it becomes: "gave him until Jan. 15 to report" → "He to report". */
const OBJECT_AS_SUBJECT: Record<string, string> = { him: 'He', her: 'She', them: 'They' };

/** A noun, its participle, the date and its agent: "a lawsuit filed on Tuesday by a group of …". */
const BY_AGENT =
	/\b(?:a|an|the)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+(\p{Ll}{3,}ed)\s+(?:(?:on|in|at)\s+)?(\u2063T\d+\u2063)\s+by\s+((?:a|an|the)\s+[^,;]+?|\p{Lu}[^,;]+?)(?:$|,\s+(?=(?:the|a|an|its|his|her|their)\s|\p{Lu}))/u;

/** A noun, then a clause of its own without "that": "a sample she gave in February tested …". */
const CONTACT_RELATIVE =
	/\b(?:a|an|the)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+(he|she|they|we)\s+(\p{Ll}{3,})\s+(?:(?:on|in|at)\s+)?(\u2063T\d+\u2063)\s+\p{Ll}/u;

/** A period the date is, and the day or month it ended: "the quarter that ended in June". */
const PERIOD_ENDED =
	/(\u2063T\d+\u2063)\s+(?:that\s+)?(?:ended|ending|ends)\s+(?:(?:on|in)\s+)?\u2063O\d+\u2063/g;

/**
 * A date that only places a "when" clause: after a verb of coming to pass, after "since" ("after",
 * "before": "Attendance fell by half after 2015, when animal acts were banned"; "until", a span's
 * end: "It showed films until 2017, when part of its roof collapsed"; opening the
 * sentence too, "Since 2019, when a landslide buried the track, …"), or in a phrase set off after
 * the clause ("…, most recently on April 2, when …").
 */
const WHEN_TELLS =
	/(\b(?:came|occurred|happened|took\s+place)\s+(?:\S+\s+){0,2}?|\b(?:[Ss]ince|[Aa]fter|[Bb]efore|[Uu]ntil)\s+|,\s+(?:most\s+recently|last|again|first|once)\s+(?:(?:on|in|at)\s+)?)(\u2063T\d+\u2063),\s+when\s+([^;]+)$/;
/** "…has been closed since 2019 when a landslide buried the track": "since" only, no comma. */
const SINCE_WHEN = /(\bsince\s+)(\u2063T\d+\u2063)\s+when\s+([^;,]+)$/;
/**
 * Where a state's "when" clause gives way to the state again: its second verb ("…, when
 * inspectors found cracks, and will not reopen until 2027"), or, after an opening "Since 2019,
 * when a landslide buried the track,", the main clause (dev17e).
 */
const BACK_TO_STATE =
	/,\s+(?:and|but)\s+(?=(?:will|would|has|have|had|is|are|was|were|remains?|remained|could|can|may|might|must|should|still|not|never)\b)/i;

/** A trailing participle of saying: ", saying the district had lost 900 students …". */
const SAYING_AFTER =
	/,\s+(saying|adding|arguing|noting|claiming|warning|insisting)\s+(?:that\s+)?([^;]+)$/;

/**
 * The title of the happening that the date phrase `target` governs; with `target` null, of the
 * sentence's main happening (an undated sentence whose date is inferred from its context).
 */
export function titleFor(sentence: string, target: Span | null, others: Span[] = []): string {
	// (A decision's clause as what was decided to do: "Board decided to close depot", decided.ts.)
	let title = sinceDenied(decidedTo(chosenTitle(sentence, target, others)), sentence, target);
	// A denial until the date tells the happening at the date: "did not return until July".
	if (target)
		title = untilDenied(title, sentence.slice(Math.max(0, target.start - 10), target.start));
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
	// Never a broken title when the date's clause, whole, reads as one.
	const whole = datedClauseWhole(marked);
	const again = whole && finished(whole);
	return again && again.includes(' ') && !fault(again) ? capitalised(again) : title;
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
	const spans = [
		...(target ? [{ ...target, target: true }] : []),
		...others
			.filter((o) => !namesNumber(sentence, o) && !racesTime(sentence, o))
			.map((s) => ({ ...s, target: false }))
	].sort((a, b) => b.start - a.start);
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

/** A second verb phrase of saying, after a first that did something: "…, and said it would …". */
const AND_SAID = /^(.+?)(?:,\s+|\s+)and\s+(said|says|announced|told\s+\S+)\s+(?:that\s+)?(.+)$/;

function sayingAfterDeed(s: string, targetMark: string): string {
	const m = AND_SAID.exec(s);
	if (!m || !m[3]!.includes(targetMark) || m[1]!.includes(targetMark)) return s;
	if (!/\b(?:would|will|plans?\s+to|intends?\s+to|expects?\s+to)\b/.test(m[3]!)) return s;
	const subject = subjectOf(m[1]!);
	if (!subject || subject.includes(MARK) || subject.split(' ').length > 5) return s;
	return `${subject} ${m[2]} ${m[3]}`;
}

function titleOf(sentence: string, target: Span | null, others: Span[]): string {
	const marked = markDates(sentence, target, others);
	let s = marked.s;
	const { texts, targetMark } = marked;

	// (A place's abbreviation keeps its full stop: "died at his home in Portland, Ore.")
	s = withoutFullStop(s);
	// A chronology's entry ("Aug. 30, 2011 — Boeing launches the 737 Max"): the date heads
	// the line and the whole line after its separator is the happening.
	const entry = ENTRY.exec(s);
	if (entry && entry[1] === targetMark) s = s.slice(entry[0].length);
	// A dateline ("WASHINGTON —") says where the report was filed: no clause of the happening.
	const dateline = DATELINE.exec(s);
	if (dateline && !dateline[0].includes(MARK)) s = s.slice(dateline[0].length);
	s = placeLast(s.replace(NAMED_SCENE, '').replace(SAYING_SCENE, '')).replace(NAMED_KIND, '');
	// A trailing "as" or "while" clause without the date tells the happening's circumstances:
	// "fell 6% on Monday as investors weighed …" → "fell 6%" (titles/trailing-subordinate.ts).
	s = withoutTrailingSubordinates(s, targetMark);
	// …and so does a comparison set off after it: "…, lower than in any July since 2013".
	s = withoutComparisons(s, targetMark);
	// …and a state joined to the happening: "opened in 1890 and was then the longest in the world".
	const state = joinedState(s, targetMark);
	if (state) return headline(withoutDates(state, texts));
	s = withoutJoinedStates(s, targetMark);
	// …and a participle's aside on the subject of what was said (titles/reported-asides.ts).
	const reported = reportedAside(s, targetMark);
	if (reported && 'happening' in reported) return headline(withoutDates(reported.happening, texts));
	if (reported) s = reported.main;
	// A date between a possessive and a noun of happening dates that noun: "marks Neil
	// Armstrong's 1969 walk on the moon" → "Neil Armstrong walked on moon" (titles/possessed.ts).
	const possessed = possessedHappening(s, targetMark);
	if (possessed) return headline(withoutDates(possessed, texts));
	// …and so does a date after "the N of X" that the clause only looks back at: "pointed to the
	// flooding of about 300 homes in March 2022" → "About 300 homes flooded" (titles/happening-of.ts).
	const happening = happeningOf(s, targetMark);
	if (happening) return headline(withoutDates(happening, texts));
	// A name's appositive with a clause of its own is skipped whole to the name's verb; a subject
	// told by a noun and its clause, or by a role, then named, is the name (titles/appositive.ts).
	s = roleNameSubject(
		describedSubjectNamed(appositiveSkipped(s, targetMark), targetMark),
		targetMark
	);
	// A date in a fronted "When", "After" or "Until" clause dates that clause (titles/fronted.ts).
	const fronted = frontedClause(s, targetMark, texts.get(targetMark) ?? '');
	if (fronted) return headline(withoutDates(fronted, texts));
	// A pair of dashes holds an aside, as brackets do: "tens of thousands of Cuban women --
	// hundreds visibly pregnant -- marched …". (A "when" between them tells what a bare date
	// means: "Since 1985 — when the Israelis created a buffer zone —".)
	const dashed: { happening?: string } = {};
	s = s.replace(DASH_ASIDE, (m, inside: string, at: number, all: string) => {
		// A participle aside the date governs is the happening of the noun before it: "a
		// television advertisement _ made last week, before Slepian died _" → "Television
		// advertisement made".
		if (m.includes(targetMark) && PARTICIPLE.test(inside)) {
			const noun = nounBefore(all.slice(0, at));
			if (noun) dashed.happening = `${noun} ${inside.split(', ')[0]}`;
		}
		return m.includes(targetMark) || /^when\s/i.test(inside) ? m : ' ';
	});
	if (dashed.happening) return headline(withoutDates(dashed.happening, texts));
	// A period a figure is reported for ("revenue of $3.1 billion for the three months that ended
	// in September") is no happening of its own, whichever date titles the sentence: the report is.
	s = s.replace(REPORTING_PERIOD, '');
	// …and the period that is the date keeps no "that ended in June" of its own ("revenue for the
	// quarter that ended in June rose" → "revenue rose").
	s = s.replace(PERIOD_ENDED, '$1');
	// A date naming a time ("the larger demonstrations of early December, when hundreds of
	// thousands rallied") is told by its "when" clause: "Hundreds of thousands rallied".
	s = asideWhen(s, targetMark);
	const when = s.includes(', when ') ? markPatterns(targetMark).when.exec(s) : null;
	if (when) return headline(withoutDates(when[1]!, texts));
	// …and so is a date whose clause says only that something came then, or that names one time
	// of several: "The last serious accident on it came in 1971, when a ferry ran aground in fog"
	// → "Ferry ran aground in fog"; "…, most recently on April 2, when Silva scored in overtime".
	// So is a state's beginning: "The mill has lost money every year since 2011, when it lost its
	// biggest customer" → "Mill lost its biggest customer" (its "it" the main clause's subject).
	// (A dated "when" clause is what the date tells, not background.)
	const told = s.includes(', when ')
		? WHEN_TELLS.exec(s)
		: s.includes(' when ')
			? SINCE_WHEN.exec(s)
			: null;
	if (told && told[2] === targetMark && hasFiniteVerb(told[3]!)) {
		// (A body the main clause names by its possessive is the "it": "The recall is the company's
		// second since 2019, when it pulled 300,000 toasters" → "Company pulled …".)
		const main = s.slice(0, told.index);
		// The "when" clause alone: not the state's second verb after it, nor, after an opening
		// "Since 2019, when …,", the main clause ("Landslide buried track", never "…, line closed").
		const back = BACK_TO_STATE.exec(told[3]!);
		if (back) told[3] = told[3]!.slice(0, back.index);
		const last = told[3]!.lastIndexOf(', ');
		if (!main.trim() && last > 0 && hasFiniteVerb(told[3]!.slice(last + 2)))
			told[3] = told[3]!.slice(0, last);
		const subject = /\b(?:the|its|their)\s+(\p{Ll}+)['’]s\s/u.exec(main)?.[1] ?? subjectOf(main);
		const own =
			subject && !subject.includes(MARK) && subject.split(' ').length <= 4
				? told[3]!.replace(/^(?:it|they)\s+(?=\p{Ll})/u, `${subject} `)
				: told[3]!;
		// (…and an "it" its object is the main clause's: "She ran the diner alone until 2010, when she
		// sold it to two of her cooks" → "She sold diner …", titles/same-thing.ts.)
		return headline(withoutDates(sameThing(own, main), texts));
	}
	// A date in a place's "where" clause dates that clause, at that place: "… at a rally in
	// Dayton, where he was born in 1967" → "He was born in Dayton".
	const where = s.includes(', where ') ? markPatterns(targetMark).where.exec(s) : null;
	if (where) {
		// (A role that opens the sentence is who "he" or "she" is: "The senator spoke …, where she
		// was born" → "Senator was born in Akron"; a name is found later, as for any pronoun.)
		const role =
			/^[Tt]he\s+\p{Ll}+(?:\s+\p{Ll}+)?(?=\s+\p{Ll}+ed\b|\s+(?:spoke|made|gave|held|won|met)\b)/u.exec(
				s
			)?.[0];
		const clause = withoutDates(where[2]!, texts)
			.trim()
			.replace(/^(?:he|she)\s+(?=was\s|were\s)/i, (pronoun) => (role ? `${role} ` : pronoun));
		return headline(/\s(?:in|at)\s+\p{Lu}/u.test(clause) ? clause : `${clause} in ${where[1]}`);
	}
	// A cleft: "But it was not until Tuesday that Castro revealed …" → "Castro revealed …".
	if (/\bthat\s/.test(s)) s = s.replace(CLEFT, (m) => (m.includes(targetMark) ? '' : m));
	// A plan said in a second verb phrase ("The board fired the director and said it would name a
	// replacement in March") is the plan's, its speaker the clause's subject: the first verb
	// phrase goes ("Board said it would name replacement", then "Board to name replacement").
	s = sayingAfterDeed(s, targetMark);
	// A saying of two reports is titled by the one its date governs.
	s = oneReport(s, targetMark);
	const whole = wholeQuotation(s, texts);
	if (whole) return whole;
	const saying = quoteLed(s, texts, targetMark) ?? sayingThenQuote(s, texts, targetMark);
	if (saying) return saying;
	// A date in a clause after "since" dates that clause: "their best record since the club was
	// founded in 2009" → "Club founded".
	const since = s.includes('since ') ? SINCE_CLAUSE.exec(s) : null;
	// (Not a noun with a clause of its own: "since the triumph of the revolution that brought
	// Castro to power 41 years ago".)
	if (
		since?.[1]!.includes(targetMark) &&
		hasFiniteVerb(since[1]!.split(/\s+(?:that|which|who)\s/)[0]!)
	)
		return headline(withoutDates(since[1]!, texts));
	const described = namedKind(s, targetMark);
	if (described) return headline(withoutDates(described, texts));
	const after = s.includes('after ')
		? afterClause(s, targetMark, texts.get(targetMark) ?? '')
		: null;
	if (after) return headline(withoutDates(after, texts));
	// A noun's own clause that holds the date, told by its agent or its own subject, is the
	// happening: "join a lawsuit filed on Tuesday by a group of homeowners" → "Group of homeowners
	// filed lawsuit"; "after a sample she gave in February tested positive" → "She gave sample".
	const agent = s.includes(' by ') ? BY_AGENT.exec(s) : null;
	if (agent && agent[3] === targetMark && isPastVerb(agent[2]!))
		return headline(withoutDates(`${agent[4]} ${agent[2]} ${agent[1]}`, texts));
	const contact = CONTACT_RELATIVE.exec(s);
	if (contact && contact[4] === targetMark && isPastVerb(contact[3]!))
		return headline(withoutDates(`${contact[2]} ${contact[3]} ${contact[1]}`, texts));
	// …and so is a clause without its "that" between a noun and its verb: "A tag the team
	// attached before the release showed him offshore" is "Tag showed him offshore".
	const unsaid = contactRelative(s, targetMark);
	if (unsaid && 'happening' in unsaid) return headline(withoutDates(unsaid.happening, texts));
	if (unsaid) s = unsaid.main;
	// …and one that ends the clause, its noun the verb's object: "cited the report it released in
	// January" → "It released report".
	const ending = endingRelative(s, targetMark);
	if (ending) return headline(withoutDates(ending, texts));
	// …and one whose subject is its noun: "reopened the case of a clerk who vanished in 1987" →
	// "Clerk vanished" (titles/subject-relative.ts).
	// …and one that tells what happened in a noun the date names: "the Feb. 12 flight, in which
	// an Airbus A321 turned back to Seattle" → "Airbus A321 turned back to Seattle".
	const inside = s.includes(' which ') ? happenedIn(s, targetMark) : null;
	if (inside) return headline(withoutDates(inside, texts));
	const relative = subjectRelative(s, targetMark);
	if (relative && 'happening' in relative) return headline(withoutDates(relative.happening, texts));
	if (relative) s = relative.main;
	const reduced = reducedRelative(s, targetMark);
	if (reduced && 'happening' in reduced) return headline(withoutDates(reduced.happening, texts));
	if (reduced) s = reduced.main;
	// …and so is a participle's phrase on a noun further on: "blamed a dam built upstream in the
	// 1960s" → "Dam built upstream" (titles/noun-participle.ts).
	const participled = nounParticiple(s, targetMark);
	if (participled) return headline(withoutDates(participled, texts));
	const before = doingOpener(s, targetMark);
	if (before) return headline(withoutDates(before, texts));
	const opener = participleOpener(s, targetMark);
	if (opener?.happening) return headline(withoutDates(opener.happening, texts));
	if (opener?.main) s = opener.main;
	// A date in a trailing participle of saying is what was said, by the clause's subject:
	// "Mayor Hollis proposed closing the schools in October, saying the district had lost 900
	// students since 2015" → (2015) "Mayor Hollis said district had lost 900 students".
	const saidAfter = SAYING_AFTER.exec(s);
	// (Not a date of the saying itself, "…, saying on Friday that …": that dates the clause.)
	if (
		saidAfter?.[2]!.includes(targetMark) &&
		!new RegExp(`^(?:\\S+\\s+)?${targetMark}`).test(saidAfter[2]!)
	) {
		const subject = subjectOf(s.slice(0, saidAfter.index));
		if (subject && !subject.includes(MARK) && subject.split(' ').length <= 5)
			return headline(withoutDates(`${subject} said ${saidAfter[2]}`, texts), MAX_WORDS, true);
	}
	const whose = s.includes(' whose ') ? whoseClause(s, targetMark) : null;
	if (whose) return headline(withoutDates(whose, texts));
	const aside = asides(s, targetMark);
	if (aside.participle) return headline(withoutDates(aside.text, texts));
	const hanging = trailingParticiple(aside.text, targetMark);
	if (hanging) return headline(withoutDates(hanging, texts));
	// A description after a name inside the clause goes: "sentenced Tomas Brennan, a former
	// hedge fund manager, to 12 years" → "sentenced Tomas Brennan to 12 years".
	aside.text = aside.text
		.replace(APPOSITION, (m, name: string, inside: string) =>
			inside.includes(targetMark) ? m : `${name} `
		)
		.replace(ROLE_APPOSITION, (m, name: string) => (m.includes(MARK) ? m : `${name} `))
		// …and one after a noun, before its verb: "Police said the driver, a 42-year-old man from
		// Dayton, had been arrested" → "Police said driver arrested".
		.replace(NOUN_APPOSITION, (m, noun: string) => (m.includes(MARK) ? m : `${noun} `));
	s = relativeClause(stripAttribution(aside.text, targetMark), targetMark);
	// Non-restrictive relative clauses carry background, not the happening.
	// …and at the sentence's end too: "married the conductor Per Holm, who died in 2011".
	s = s.replace(/,\s+(?:which|who|whom|whose)\b[^,]*(?:,|$)/g, (m) =>
		m.includes(targetMark) ? m : ''
	);

	let clause = stateThenHappening(
		chooseClause(splitClauses(s), targetMark, marked.dates <= 1, s),
		targetMark
	);
	clause = asides(clause, targetMark).text;
	// A deadline given is a plan of whoever was given it: "the judge gave him until Jan. 15 to
	// report to prison" → "He to report to prison" (its "he" named after), no "Judge gave him to
	// report to prison".
	const given = new RegExp(
		`\\b(?:gave|gives|give|given)\\s+(him|her|them|\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+)?)\\s+until\\s+${targetMark}\\s+(to\\s+\\p{Ll}.*)$`,
		'u'
	).exec(clause);
	if (given)
		return headline(withoutDates(`${OBJECT_AS_SUBJECT[given[1]!] ?? given[1]} ${given[2]}`, texts));
	// Attribution again, now at the clause's end: "…remains, residents said".
	clause = stripAttribution(chooseComplement(clause, targetMark), targetMark);
	// …and within what was said: "ruled that the city had broken its rules when it sold the park
	// in 2022" → "City sold park".
	clause = stateThenHappening(clause, targetMark);
	clause = sinceThen(clause, targetMark);
	clause = participlePhrase(clause, targetMark);
	clause = nestedParticiple(clause, targetMark);
	// A date naming a noun ("the 2023 shooting") in a clause another date governs ("found him
	// guilty on Wednesday of manslaughter in the 2023 shooting of an unarmed man") is that noun's
	// happening: "2023 shooting of unarmed man".
	// So is one in a clause of the present ("Kopp has eluded authorities since … in the Oct. 23
	// sniper shooting"): the clause tells now, the noun the date.
	const other = /\u2063O\d+\u2063/.test(clause);
	const named = other || tellsPresent(clause) ? nounOfDate(clause, targetMark) : null;
	// …but a bare noun is no headline ("2021 campaign"): in a clause of the present, that clause
	// is the title, its date kept as the noun's ("Ruiz has never recovered from 2021 campaign").
	// (Only a short clause that ends on the noun: "Most of Compaq's decline is being attributed to
	// a third-quarter earnings report that came in …" keeps "Third-quarter earnings report".)
	if (named && !other && !namesHappening(named)) {
		const whole = plainTitle(backgroundOff(clause, targetMark), texts);
		const noun = headline(withoutDates(named, texts));
		if (whole.split(' ').length <= 8 && whole.toLowerCase().endsWith(noun.toLowerCase()))
			return whole;
	}
	if (named) return headline(withoutDates(named, texts));
	// A participle the date governs, in a clause of the present: "The recall covers trucks built
	// from 2019 to 2022" → "Trucks built".
	const made = new RegExp(
		`\\b(is|are|has|have|(?!was\\b|does\\b)\\p{Ll}{2,}[^s\\s'’]s)\\s+(\\p{Ll}{3,}[^y\\s])\\s+(built|made|sold|\\p{Ll}{3,}ed)\\s+(?:(?:from|in|between|during|before|after)\\s+)?${targetMark}`,
		'u'
	).exec(clause);
	if (made && !FUNCTION_WORDS.has(made[2]!) && !isPastVerb(made[2]!))
		return headline(`${made[2]} ${made[3]}`);
	const title = plainTitle(backgroundOff(clause, targetMark), texts);
	// (A plan made of a saying's "would" is a clause too: "Utility to restore power".)
	return (hasVerb(title) || tellsPlan(title)) && !/^['’]s\b/.test(title)
		? title
		: (mainClause(s, texts) ?? title);
}
