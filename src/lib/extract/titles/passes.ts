/**
 * The passes a sentence goes through on its way to a title, as ONE ordered table read by a small
 * loop (`titleOfMarked`). Each row reads the sentence (its dates as markers) and either rewrites
 * it for the rows after (`main`), or finds the happening the date governs (`happening`, made a
 * headline without its dates), or gives the finished title (`title`), or leaves it (null). One row
 * chooses the clause the date governs (`clause`); the rows after it work on that clause. A new
 * rule is a new row in its place, not new wiring; each row's rules live in their own file.
 */

import { isPastVerb } from '../happenings';
import { DATELINE } from '../sentences';
import { afterClause } from './after-clause';
import {
	appositiveSkipped,
	describedSubjectNamed,
	roleNameSubject,
	roleNamedAtStart
} from './appositive';
import { asideWhen } from './aside-when';
import { chooseComplement, stripAttribution } from './attribution';
import { CLEFT, DASH_ASIDE, REPORTING_PERIOD, backgroundOff, tellsPlan } from './background';
import { chooseClause, mainClause, splitClauses, stateThenHappening } from './clauses';
import { colonClause } from './colon-clauses';
import { withoutDistances } from './distance-asides';
import { withoutComparisons } from './comparisons';
import { contactRelative, endingRelative } from './contact-relative';
import { forecastObject } from './forecast-objects';
import { frontedClause } from './fronted';
import { happeningOf } from './happening-of';
import { headline, plainTitle } from './headline';
import {
	namesHappening,
	nestedParticiple,
	nounOfDate,
	participlePhrase,
	reducedRelative,
	relativeClause,
	tellsPresent,
	trailingParticiple
} from './inner-clauses';
import { joinedState, withoutJoinedStates } from './joined-states';
import { withoutLapses } from './lapse-asides';
import { withoutOvernight } from './night-adverb';
import { ENTRY, markPatterns, withoutDates } from './markers';
import { namedKind } from './named-kind';
import { nounParticiple } from './noun-participle';
import {
	APPOSITION,
	NAMED_SCENE,
	ROLE_APPOSITION,
	asides,
	doingOpener,
	participleOpener,
	placeLast
} from './openers';
import { withoutFullStop } from './places';
import { possessedHappening } from './possessed';
import { quoteLed, sayingThenQuote, wholeQuotation } from './quotations';
import type { Marked } from './rebuild';
import { reportedAside } from './reported-asides';
import { withoutVerbAsides } from './verb-asides';
import { doneAsTold } from './did-so';
import { oneReport } from './reported-clauses';
import { oneNamed } from './one-named';
import { sameThing } from './same-thing';
import { SINCE_CLAUSE, sinceThen } from './since';
import { happenedIn, subjectRelative } from './subject-relative';
import { trailingDoing } from './trailing-doing';
import { withoutTrailingSubordinates } from './trailing-subordinate';
import { whoseClause } from './whose';
import {
	FUNCTION_WORDS,
	MARK,
	MAX_WORDS,
	PARTICIPLE,
	hasFiniteVerb,
	hasVerb,
	nounBefore,
	subjectOf
} from './words';

/** What a pass makes of the sentence; null leaves it as it was. */
export type Step =
	| { main: string }
	| { happening: string }
	| { title: string }
	| { clause: string }
	| null
	| undefined;

/** What every pass may read besides the sentence. */
export interface At {
	/** The marked sentence as it came in (its date count, its markers' words). */
	marked: Marked;
	texts: Map<string, string>;
	targetMark: string;
	/** The sentence as it was when its clause was chosen (the last rows fall back to it). */
	whole: string;
}

/** One pass: its name, its rewrite, and why it is there. */
export interface Pass {
	name: string;
	why: string;
	run: (s: string, at: At) => Step;
}

/**
 * Where something was said, opening the sentence with its date: "In a statement on Wednesday, the
 * agency said it had fined the airline" → "Agency said it had fined airline $2 million" (the
 * saying is the clause the date governs).
 */
const SAYING_SCENE =
	/^(?:In|At|During|Through)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:statement|interview|release|filing|letter|conference|hearing|speech|post|briefing|email|memo|video|call)\s+(?:(?:on|late|early)\s+)?(?:\u2063[TO]\d+\u2063\s*)?,\s+(?=(?:the\s+)?\p{L})/u;

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

/** The happening a "when" clause tells at its date (the WHEN_TELLS row). */
function whenTells(s: string, targetMark: string): string | null {
	const told = s.includes(', when ')
		? WHEN_TELLS.exec(s)
		: s.includes(' when ')
			? SINCE_WHEN.exec(s)
			: null;
	if (!told || told[2] !== targetMark || !hasFiniteVerb(told[3]!)) return null;
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
	return sameThing(own, main);
}

/**
 * A date in a place's "where" clause dates that clause, at that place: "… at a rally in Dayton,
 * where he was born in 1967" → "He was born in Dayton".
 */
function whereClause(s: string, targetMark: string, texts: Map<string, string>): string | null {
	const where = s.includes(', where ') ? markPatterns(targetMark).where.exec(s) : null;
	if (!where) return null;
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

/**
 * A pair of dashes holds an aside, as brackets do; a participle aside the date governs is the
 * happening of the noun before it: "a television advertisement _ made last week, before Slepian
 * died _" → "Television advertisement made". (A "when" between them tells what a bare date
 * means: "Since 1985 — when the Israelis created a buffer zone —".)
 */
function dashAside(s: string, targetMark: string): Step {
	let happening: string | undefined;
	const main = s.replace(DASH_ASIDE, (m, inside: string, at: number, all: string) => {
		if (m.includes(targetMark) && PARTICIPLE.test(inside)) {
			const noun = nounBefore(all.slice(0, at));
			if (noun) happening = `${noun} ${inside.split(', ')[0]}`;
		}
		return m.includes(targetMark) || /^when\s/i.test(inside) ? m : ' ';
	});
	return happening ? { happening } : { main };
}

/** A noun's own clause holding the date, told by its agent: "a lawsuit filed on Tuesday by a group …". */
function byAgent(s: string, targetMark: string): string | null {
	const agent = s.includes(' by ') ? BY_AGENT.exec(s) : null;
	return agent && agent[3] === targetMark && isPastVerb(agent[2]!)
		? `${agent[4]} ${agent[2]} ${agent[1]}`
		: null;
}

/** …or by its own subject: "after a sample she gave in February tested positive" → "She gave sample". */
function contactClause(s: string, targetMark: string): string | null {
	const contact = CONTACT_RELATIVE.exec(s);
	return contact && contact[4] === targetMark && isPastVerb(contact[3]!)
		? `${contact[2]} ${contact[3]} ${contact[1]}`
		: null;
}

/**
 * A date in a trailing participle of saying is what was said, by the clause's subject: "Mayor
 * Hollis proposed closing the schools in October, saying the district had lost 900 students since
 * 2015" → (2015) "Mayor Hollis said district had lost 900 students".
 */
function sayingAfter(s: string, targetMark: string, texts: Map<string, string>): string | null {
	const saidAfter = SAYING_AFTER.exec(s);
	// (Not a date of the saying itself, "…, saying on Friday that …": that dates the clause.)
	if (
		!saidAfter?.[2]!.includes(targetMark) ||
		new RegExp(`^(?:\\S+\\s+)?${targetMark}`).test(saidAfter[2]!)
	)
		return null;
	const subject = subjectOf(s.slice(0, saidAfter.index));
	return subject && !subject.includes(MARK) && subject.split(' ').length <= 5
		? headline(withoutDates(`${subject} said ${saidAfter[2]}`, texts), MAX_WORDS, true)
		: null;
}

/**
 * A date naming a noun ("the 2023 shooting") in a clause another date governs ("found him guilty
 * on Wednesday of manslaughter in the 2023 shooting of an unarmed man") is that noun's happening:
 * "2023 shooting of unarmed man". So is one in a clause of the present ("Kopp has eluded
 * authorities since … in the Oct. 23 sniper shooting"): the clause tells now, the noun the date.
 */
function nounOfDateStep(clause: string, targetMark: string, texts: Map<string, string>): Step {
	const other = /\u2063O\d+\u2063/.test(clause);
	const named = other || tellsPresent(clause) ? nounOfDate(clause, targetMark) : null;
	if (!named) return null;
	// …but a bare noun is no headline ("2021 campaign"): in a clause of the present, that clause
	// is the title, its date kept as the noun's ("Ruiz has never recovered from 2021 campaign").
	// (Only a short clause that ends on the noun: "Most of Compaq's decline is being attributed to
	// a third-quarter earnings report that came in …" keeps "Third-quarter earnings report".)
	if (!other && !namesHappening(named)) {
		const whole = plainTitle(backgroundOff(clause, targetMark), texts);
		const noun = headline(withoutDates(named, texts));
		if (whole.split(' ').length <= 8 && whole.toLowerCase().endsWith(noun.toLowerCase()))
			return { title: whole };
	}
	return { happening: named };
}

/** A participle the date governs, in a clause of the present: "The recall covers trucks built from 2019 to 2022". */
function madeInPresent(clause: string, targetMark: string): string | null {
	const made = new RegExp(
		`\\b(is|are|has|have|(?!was\\b|does\\b)\\p{Ll}{2,}[^s\\s'’]s)\\s+(\\p{Ll}{3,}[^y\\s])\\s+(built|made|sold|\\p{Ll}{3,}ed)\\s+(?:(?:from|in|between|during|before|after)\\s+)?${targetMark}`,
		'u'
	).exec(clause);
	return made && !FUNCTION_WORDS.has(made[2]!) && !isPastVerb(made[2]!)
		? headline(`${made[2]} ${made[3]}`)
		: null;
}

/** A happening found, or nothing. */
const found = (happening: string | null | undefined): Step => (happening ? { happening } : null);
/** A title finished, or nothing. */
const done = (title: string | null | undefined): Step => (title ? { title } : null);

/**
 * The passes, in the order they run. Rows up to "clause" read the whole sentence; the rows after
 * it read the clause the date governs.
 */
export const PASSES: Pass[] = [
	{
		name: 'full stop',
		why: 'A place\'s abbreviation keeps its full stop: "died at his home in Portland, Ore."',
		run: (s) => ({ main: withoutFullStop(s) })
	},
	{
		name: 'chronology entry',
		why: 'A chronology\'s line ("Aug. 30, 2011 — Boeing launches the 737 Max") is its happening after the date.',
		run: (s, { targetMark }) => {
			const entry = ENTRY.exec(s);
			return entry && entry[1] === targetMark ? { main: s.slice(entry[0].length) } : null;
		}
	},
	{
		name: 'dateline',
		why: 'A dateline ("WASHINGTON —") says where the report was filed: no clause of the happening.',
		run: (s) => {
			const dateline = DATELINE.exec(s);
			return dateline && !dateline[0].includes(MARK) ? { main: s.slice(dateline[0].length) } : null;
		}
	},
	{
		name: 'colon clauses',
		why: 'Two clauses joined by a colon are two headlines: the date\'s is its own clause, "The plant never came close: for most of last year it ran a single shift" → "Plant ran single shift" (titles/colon-clauses.ts).',
		run: (s, { targetMark }) => {
			const own = colonClause(s, targetMark);
			return own ? { main: own } : null;
		}
	},
	{
		name: 'done as told',
		why: 'A date on "which it did" tells when the one asked, or who promised, did it: "Firm repaid grant" (titles/did-so.ts).',
		run: (s, { targetMark }) => found(doneAsTold(s, targetMark))
	},
	{
		name: 'verb asides',
		why: 'An aside between a verb and its clause goes, its date dating the verb: "found, in a report released on Tuesday, that …" (titles/verb-asides.ts).',
		run: (s, { targetMark }) => ({ main: withoutVerbAsides(s, targetMark) })
	},
	{
		name: 'scenes',
		why: 'An opening scene, a saying\'s setting or a kind before a name ("a farmer named …") is no part of the happening.',
		run: (s) => ({
			main: placeLast(s.replace(NAMED_SCENE, '').replace(SAYING_SCENE, '')).replace(NAMED_KIND, '')
		})
	},
	{
		name: 'overnight',
		why: '"Overnight" as an adverb says when, as a date does: "Overnight, the agency issued a warning" → "Agency issued warning".',
		run: (s) => ({ main: withoutOvernight(s) })
	},
	{
		name: 'trailing subordinates',
		why: 'A trailing "as" or "while" clause without the date tells circumstances: "fell 6% on Monday as investors weighed …".',
		run: (s, { targetMark }) => ({ main: withoutTrailingSubordinates(s, targetMark) })
	},
	{
		name: 'comparisons',
		why: 'A comparison set off after the clause is none of it: "…, lower than in any July since 2013".',
		run: (s, { targetMark }) => ({ main: withoutComparisons(s, targetMark) })
	},
	{
		name: 'lapse asides',
		why: 'A length of time set off after the clause ("…, more than 46 hours after they began") says how long it took, no part of the happening; a date in it keeps it (titles/lapse-asides.ts).',
		run: (s, { targetMark }) => ({ main: withoutLapses(s, targetMark) })
	},
	{
		name: 'joined state',
		why: 'A state joined to the happening: "opened in 1890 and was then the longest in the world".',
		run: (s, { targetMark }) => found(joinedState(s, targetMark))
	},
	{
		name: 'joined states off',
		why: "A state joined to another date's happening goes.",
		run: (s, { targetMark }) => ({ main: withoutJoinedStates(s, targetMark) })
	},
	{
		name: 'reported aside',
		why: "A participle's aside on the subject of what was said (titles/reported-asides.ts).",
		run: (s, { targetMark }) => reportedAside(s, targetMark)
	},
	{
		name: 'possessed happening',
		why: 'A date between a possessive and a noun of happening: "Neil Armstrong\'s 1969 walk on the moon".',
		run: (s, { targetMark }) => found(possessedHappening(s, targetMark))
	},
	{
		name: 'happening of',
		why: 'A date after "the N of X" the clause looks back at: "the flooding of about 300 homes in March 2022".',
		run: (s, { targetMark }) => found(happeningOf(s, targetMark))
	},
	{
		name: 'distance asides',
		why: 'A distance set off by commas is no subject nor clause: "a release of gas from Lake Monoun, some 100 kilometres to the south, had killed 37 people" (titles/distance-asides.ts).',
		run: (s) => ({ main: withoutDistances(s, MARK) })
	},
	{
		name: 'appositive',
		why: "A name's appositive with a clause is skipped to the name's verb; a described or role subject is its name.",
		run: (s, { targetMark }) => ({
			main: roleNameSubject(
				describedSubjectNamed(appositiveSkipped(s, targetMark), targetMark),
				targetMark
			)
		})
	},
	{
		name: 'fronted clause',
		why: 'A date in a fronted "When", "After" or "Until" clause dates that clause (titles/fronted.ts).',
		run: (s, { targetMark, texts }) =>
			found(frontedClause(s, targetMark, texts.get(targetMark) ?? ''))
	},
	{
		name: 'dash aside',
		why: 'A pair of dashes holds an aside, as brackets do: "tens of thousands of Cuban women -- hundreds visibly pregnant -- marched".',
		run: (s, { targetMark }) => dashAside(s, targetMark)
	},
	{
		name: 'reporting period',
		why: 'A period a figure is reported for ("for the three months that ended in September") is no happening of its own.',
		run: (s) => ({ main: s.replace(REPORTING_PERIOD, '').replace(PERIOD_ENDED, '$1') })
	},
	{
		name: 'aside when',
		why: 'A date naming a time ("the demonstrations of early December, when hundreds of thousands rallied") is told by its "when".',
		run: (s, { targetMark }) => ({ main: asideWhen(s, targetMark) })
	},
	{
		name: 'when',
		why: 'The date\'s own ", when …" clause is the happening.',
		run: (s, { targetMark }) =>
			found(s.includes(', when ') ? markPatterns(targetMark).when.exec(s)?.[1] : null)
	},
	{
		name: 'when tells',
		why: 'A clause that only says something came then: "The last accident came in 1971, when a ferry ran aground" → "Ferry ran aground".',
		run: (s, { targetMark }) => found(whenTells(s, targetMark))
	},
	{
		name: 'where',
		why: 'A date in a place\'s "where" clause dates that clause, at that place: "…, where he was born in 1967".',
		run: (s, { targetMark, texts }) => done(whereClause(s, targetMark, texts))
	},
	{
		name: 'cleft',
		why: 'A cleft: "But it was not until Tuesday that Castro revealed …" → "Castro revealed …".',
		run: (s, { targetMark }) =>
			/\bthat\s/.test(s)
				? { main: s.replace(CLEFT, (m) => (m.includes(targetMark) ? '' : m)) }
				: null
	},
	{
		name: 'saying after deed',
		why: 'A plan said in a second verb phrase ("fired the director and said it would name a replacement in March") is the plan\'s.',
		run: (s, { targetMark }) => ({ main: sayingAfterDeed(s, targetMark) })
	},
	{
		name: 'one report',
		why: 'A saying of two reports is titled by the one its date governs.',
		run: (s, { targetMark }) => ({ main: oneReport(s, targetMark) })
	},
	{
		name: 'whole quotation',
		why: 'A quotation that is the whole clause is the title.',
		run: (s, { targetMark, texts }) => done(wholeQuotation(s, texts, targetMark))
	},
	{
		name: 'quoted saying',
		why: 'A saying led by its quotation, or a saying then its quotation, is titled by what was said.',
		run: (s, { targetMark, texts }) =>
			done(quoteLed(s, texts, targetMark) ?? sayingThenQuote(s, texts, targetMark))
	},
	{
		name: 'since clause',
		why: 'A date in a clause after "since" dates that clause: "their best record since the club was founded in 2009".',
		run: (s, { targetMark }) => {
			const since = s.includes('since ') ? SINCE_CLAUSE.exec(s) : null;
			// (Not a noun with a clause of its own: "since the triumph of the revolution that brought
			// Castro to power 41 years ago".)
			return since?.[1]!.includes(targetMark) &&
				hasFiniteVerb(since[1]!.split(/\s+(?:that|which|who)\s/)[0]!)
				? { happening: since[1]! }
				: null;
		}
	},
	{
		name: 'named kind',
		why: "A kind described by the date's clause (titles/named-kind.ts).",
		run: (s, { targetMark }) => found(namedKind(s, targetMark))
	},
	{
		name: 'after clause',
		why: 'A date in an "after" clause dates that clause (titles/after-clause.ts).',
		run: (s, { targetMark, texts }) =>
			found(s.includes('after ') ? afterClause(s, targetMark, texts.get(targetMark) ?? '') : null)
	},
	{
		name: 'by agent',
		why: 'A noun\'s participle clause told by its agent: "join a lawsuit filed on Tuesday by a group of homeowners".',
		run: (s, { targetMark }) => found(byAgent(s, targetMark))
	},
	{
		name: 'contact clause',
		why: 'A noun\'s clause with its own subject: "after a sample she gave in February tested positive" → "She gave sample".',
		run: (s, { targetMark }) => found(contactClause(s, targetMark))
	},
	{
		name: 'contact relative',
		why: 'A clause without its "that" between a noun and its verb: "A tag the team attached before the release showed him".',
		run: (s, { targetMark }) => contactRelative(s, targetMark)
	},
	{
		name: 'ending relative',
		why: 'A "that"-less clause ending the sentence, its noun the object: "cited the report it released in January".',
		run: (s, { targetMark }) => found(endingRelative(s, targetMark))
	},
	{
		name: 'happened in',
		why: 'A clause telling what happened in a noun the date names: "the Feb. 12 flight, in which an Airbus A321 turned back".',
		run: (s, { targetMark }) => found(s.includes(' which ') ? happenedIn(s, targetMark) : null)
	},
	{
		name: 'subject relative',
		why: 'A relative clause whose subject is its noun: "reopened the case of a clerk who vanished in 1987" → "Clerk vanished".',
		run: (s, { targetMark }) => subjectRelative(s, targetMark)
	},
	{
		name: 'reduced relative',
		why: 'A participle right after the subject noun, with the date (titles/inner-clauses.ts).',
		run: (s, { targetMark }) => reducedRelative(s, targetMark)
	},
	{
		name: 'noun participle',
		why: 'A participle\'s phrase on a noun further on: "blamed a dam built upstream in the 1960s" → "Dam built upstream".',
		run: (s, { targetMark }) => found(nounParticiple(s, targetMark))
	},
	{
		name: 'doing opener',
		why: 'An opening phrase of doing that holds the date (titles/openers.ts).',
		run: (s, { targetMark }) => found(doingOpener(s, targetMark))
	},
	{
		name: 'participle opener',
		why: "An opening participle phrase holding the date is the happening, with the main clause's subject.",
		run: (s, { targetMark }) => {
			const opener = participleOpener(s, targetMark);
			if (opener?.happening) return { happening: opener.happening };
			return opener?.main ? { main: opener.main } : null;
		}
	},
	{
		name: 'saying after',
		why: 'A date in a trailing ", saying …" is what was said, by the clause\'s subject.',
		run: (s, { targetMark, texts }) => done(sayingAfter(s, targetMark, texts))
	},
	{
		name: 'whose',
		why: 'A date in a "whose" clause dates that clause (titles/whose.ts).',
		run: (s, { targetMark }) => found(s.includes(' whose ') ? whoseClause(s, targetMark) : null)
	},
	{
		name: 'one named',
		why: '"One" of a set with its name in apposition is that name: "…, and one, Southern Cross Bank, raised its rate" (titles/one-named.ts).',
		run: (s) => ({ main: oneNamed(s) })
	},
	{
		name: 'asides',
		why: 'Asides between commas go; a participle aside the date governs is the happening (titles/openers.ts).',
		run: (s, { targetMark }) => {
			const aside = asides(s, targetMark);
			return aside.participle ? { happening: aside.text } : { main: aside.text };
		}
	},
	{
		name: 'trailing participle',
		why: 'A trailing participle phrase holding the date is the happening (titles/inner-clauses.ts).',
		run: (s, { targetMark }) => found(trailingParticiple(s, targetMark))
	},
	{
		name: 'appositions',
		why: 'A description after a name or noun goes: "sentenced Tomas Brennan, a former hedge fund manager, to 12 years".',
		run: (s, { targetMark }) => ({
			main: s
				.replace(APPOSITION, (m, name: string, inside: string) =>
					inside.includes(targetMark) ? m : `${name} `
				)
				.replace(ROLE_APPOSITION, (m, name: string) => (m.includes(MARK) ? m : `${name} `))
				// …and one after a noun, before its verb: "Police said the driver, a 42-year-old man
				// from Dayton, had been arrested" → "Police said driver arrested".
				.replace(NOUN_APPOSITION, (m, noun: string) => (m.includes(MARK) ? m : `${noun} `))
		})
	},
	{
		name: 'attribution and relatives',
		why: 'Attribution goes, and a relative clause without the date; so does a non-restrictive one at the end.',
		run: (s, { targetMark }) => ({
			main: relativeClause(stripAttribution(s, targetMark), targetMark).replace(
				/,\s+(?:which|who|whom|whose)\b[^,]*(?:,|$)/g,
				(m) => (m.includes(targetMark) ? m : '')
			)
		})
	},
	{
		name: 'clause',
		why: 'The clause the date governs, a state before it giving way to the happening.',
		run: (s, { targetMark, marked }) => ({
			clause: asides(
				stateThenHappening(
					chooseClause(splitClauses(s), targetMark, marked.dates <= 1, s),
					targetMark
				),
				targetMark
			).text
		})
	},
	{
		name: 'role named',
		why: 'A role named in apposition opening the clause is its name: "in April the authority\'s chairman, Luis Ortega, resigned" → "Luis Ortega resigned" (titles/appositive.ts).',
		run: (clause) => {
			const named = roleNamedAtStart(clause);
			return named === clause ? null : { main: named };
		}
	},
	{
		name: 'forecast object',
		why: 'A forecast\'s "them" or "it" is the subject of the clause before it: "Margins narrowed, and the board expects them to widen" → "Board expects margins to widen".',
		run: (clause, { whole }) => {
			const named = forecastObject(clause, whole);
			return named === clause ? null : { main: named };
		}
	},
	{
		name: 'opening date aside',
		why: 'An opening date then an aside of circumstance opens the clause it dates: "by 20 March, after a search that had cost £2 million, the last of its crew had been accounted for".',
		run: (clause, { targetMark }) => {
			const m = new RegExp(
				`^(?:(?:on|in|at|by|until|from|since|and)\\s+)*${targetMark},\\s+(?:after|before|when|while|as|following|despite|amid)\\s[^,;]+,\\s+(?=\\S+\\s+\\S)`,
				'i'
			).exec(clause);
			return m && hasFiniteVerb(clause.slice(m[0].length))
				? { main: clause.slice(m[0].length) }
				: null;
		}
	},
	{
		name: 'deadline given',
		why: 'A deadline given is a plan of whoever was given it: "gave him until Jan. 15 to report to prison" → "He to report".',
		run: (clause, { targetMark }) => {
			const given = new RegExp(
				`\\b(?:gave|gives|give|given)\\s+(him|her|them|\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+)?)\\s+until\\s+${targetMark}\\s+(to\\s+\\p{Ll}.*)$`,
				'u'
			).exec(clause);
			return given
				? { happening: `${OBJECT_AS_SUBJECT[given[1]!] ?? given[1]} ${given[2]}` }
				: null;
		}
	},
	{
		name: 'clause attribution',
		why: 'Attribution again, now at the clause\'s end ("…remains, residents said"); then within what was said.',
		run: (clause, { targetMark }) => ({
			main: nestedParticiple(
				participlePhrase(
					sinceThen(
						stateThenHappening(
							stripAttribution(chooseComplement(clause, targetMark), targetMark),
							targetMark
						),
						targetMark
					),
					targetMark
				),
				targetMark
			)
		})
	},
	{
		name: 'trailing doing',
		why: 'A trailing participle phrase with its own date is the subject\'s happening: "joined in 1998, leaving in 2004 for a rival" → "Haddad left for rival".',
		run: (clause, { targetMark }) => found(trailingDoing(clause, targetMark))
	},
	{
		name: 'noun of date',
		why: 'A date naming a noun ("the 2023 shooting") in a clause another date governs, or of the present, is that noun\'s happening.',
		run: (clause, { targetMark, texts }) => nounOfDateStep(clause, targetMark, texts)
	},
	{
		name: 'made in present',
		why: 'A participle the date governs, in a clause of the present: "covers trucks built from 2019 to 2022" → "Trucks built".',
		run: (clause, { targetMark }) => done(madeInPresent(clause, targetMark))
	},
	{
		name: 'plain',
		why: 'The clause as a headline; one without a verb gives way to the main clause (a plan of "would" is a clause too).',
		run: (clause, { targetMark, texts, whole }) => {
			const title = plainTitle(backgroundOff(clause, targetMark), texts);
			return {
				title:
					(hasVerb(title) || tellsPlan(title)) && !/^['’]s\b/.test(title)
						? title
						: (mainClause(whole, texts) ?? title)
			};
		}
	}
];

/** The title the passes make of a marked sentence. */
export function titleOfMarked(marked: Marked): string {
	const at: At = { marked, texts: marked.texts, targetMark: marked.targetMark, whole: marked.s };
	let s = marked.s;
	for (const pass of PASSES) {
		const step = pass.run(s, at);
		if (!step) continue;
		if ('main' in step) s = step.main;
		else if ('clause' in step) {
			at.whole = s;
			s = step.clause;
		} else if ('title' in step) return step.title;
		else return headline(withoutDates(step.happening, marked.texts));
	}
	return s;
}
