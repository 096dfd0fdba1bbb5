import { inferPublished, tagDocument, type Genre } from '../temporal';
import { DETERMINERS, MONTH_NAMES, NUMBER_WORDS } from '../temporal/lexicon';
import { PREPOSITIONS } from '../temporal/tense-cues';
import {
	compareFuzzyDates,
	endAfter,
	fuzzyDate,
	parseCalendarDay,
	shiftedBy
} from '../timeline/fuzzy-date';
import type {
	Article,
	EventKind,
	FuzzyDate,
	Timeline,
	TimelineEvent,
	Timex
} from '../timeline/types';
import { eventId } from './event-ids';
import { datelineLength, splitSentences, type Sentence } from './sentences';
import { namedOf, namePronoun, speakersOf } from './subjects';
import { reportedSpeech } from './titles/sayings';
import { continuedDate, dayOfClock, inferredEvent, ledeDate, mayContinue } from './inferred';
import { titleFor, type Span } from './titles';
import {
	dateOfAHabit,
	IRREGULAR_PARTICIPLE,
	presentSchedules,
	isPastVerb,
	telling,
	tellsAHabit,
	tellsNoHappening,
	timeOfAHabit
} from './happenings';
import { isYardstick, namesAThing, namesAVintage } from './yardsticks';
import { isBoundBy, isCalledOff, isDeadline } from './deadlines';
import { asideCountsFrom } from './asides';
import { dayOfTime, fromClock } from './from-clock';
import { quotesAStateOfNow, SAYING_NOW } from './quoted-now';
import { foldReportedPeriods } from './reported-periods';
import {
	echoes,
	oneEventPerDescription,
	oneEventPerNamedHappening,
	oneEventPerRestatement
} from './same-happening';
import {
	countedFrom,
	countedFromClause,
	daysAfterMonth,
	laterThan,
	seasonOfCounted,
	MONTH_REACH_DAYS
} from './counted-from';

/** A dated happening found in a sentence, before ids are given. */
export interface Candidate {
	sentence: Sentence;
	start: FuzzyDate;
	end?: FuzzyDate;
	title: string;
	confidence: number;
	kind?: EventKind;
	/** Dated inside a clause hanging off the main one ("…, which was terminated on Sept. 27"). */
	aside?: boolean;
}

const RANGE_OPEN = /\b(?:from|between)\s+$/i;
const RANGE_JOIN = /^\s*(?:to|through|until|till|and|-|–|—)\s*$/i;
/** Joins that make a range without "from": "April 30 to May 1", "May 3-5" (an unspaced dash). */
const CLOSE_JOIN = /^(?:\s+(?:to|through)\s+|[-–])$/i;
/**
 * A happening kept going to a later day by a second verb phrase of the same subject: "issued a
 * yellow warning on Monday and kept it in place until Wednesday night", "closed the road at 9pm
 * on Friday and kept it shut until Sunday". The later day ends the happening the first date
 * tells; the "kept" is no happening of its own (dev19e). Only "kept", "left" or "held" with an
 * object pointing back ("it", "them", "the road"): "retired in 1997 and stayed on as a volunteer
 * until 2004" is two happenings.
 */
const KEPT_UNTIL =
	/^\s+and\s+(?:kept|left|held)\s+(?:it|them|the\s+[\w-]+)\s+(?:[\w-]+\s+){0,3}?(?:until|till|through)\s+$/i;
/** Two years joined by a bare dash are a span of years: "in 2021-24", "1995–96". */
const yearsDashed = (between: string, date: FuzzyDate) =>
	/^[-–]$/.test(between) && date.precision === 'year';
/** Verbs that move a date rather than span one: "moved March 3 to March 10". */
const MOVED = /\b(?:moved|postponed|delayed|pushed|rescheduled|changed|brought forward)\b[^.]*$/i;
// "for three years", "for about six months": how long the dated happening lasted.
const HEDGED = /\b(?:would|could|might|may|will|plans? to|expected to)\b/i;
/** How far before a date the words that frame it ("from", "for", "since") are looked for. */
const NEAR = 40;
const LASTED = /\bfor\s+(?:about\s+|nearly\s+|almost\s+|more than\s+)?$/i;
/** Words before a date that make it the end of a span: "through the end of the year". */
const UNTIL = /\b(?:through|until|till)\s+(?:at\s+least\s+)?$/i;
// Vague references ("recently", "soon") place nothing on a timeline; with a unit ("months
// ago") they bound a range. Inside a quotation even those are a speaker's rhetoric.
const VAGUE = /^(?:PAST|PRESENT|FUTURE)_REF$/;
/** "Two years ago people laughed at us": in a quotation, a speaker's rhetoric, not a date. */
const AGO = /\bago$/i;
const QUANTIFIED = /\b(?:days|weeks|months|years|decades)\s+(?:ago|earlier|before)\b/i;
/**
 * "about that night", "since that day": in a quotation, a time the speaker points back to, which
 * the text around it does not name; it is no day of the page (nor the day it was said).
 */
const THAT_TIME = /^that\s+(?:day|night|morning|afternoon|evening|week)$/i;
/**
 * "Hours later", "minutes earlier": the tagger's vague time ahead or back, which no count
 * measures; after a day told just before it is that day, like "two hours later" (sameDay).
 */
const HOURS_AWAY = /^(?:hours|minutes)\s+(?:later|earlier)$/i;

/**
 * Reads an article into its timeline: one event per dated happening, titled from the clause its
 * date governs, with the sentence as summary and provenance. The publication itself is an event
 * too, because readers place the story against the day it was told.
 */
export function extractTimeline(article: Article): Timeline {
	// Without a publication date, the text may still say when it was written (a dateline,
	// the latest full date); such a date is marked as a guess.
	const guess = article.published ? null : inferPublished(article.text);
	if (!article.published && !guess) {
		throw new Error(
			`${article.slug}: no publication date, and none can be inferred from the text; give one as YYYY-MM-DD`
		);
	}
	const day = guess?.published ?? article.published;
	const published = parseCalendarDay(day);
	if (!published) {
		throw new Error(`${article.slug}: published "${day}" is not a YYYY-MM-DD date`);
	}
	const { timexes, genre } = tagDocument(article.text, { published: day });
	const toldNow = reachesPublication(genre, timexes, published);
	const sentences = splitSentences(article.text);
	const candidates: Candidate[] = [];
	const speakers = speakersOf(article.text);
	const named = namedOf(article.text);
	// The story's last date, in the order it is told: "two days later" counts from it.
	let anchor: FuzzyDate | null = null;
	/** The sentence whose happening set `anchor`. */
	let anchoredAt = -1;
	let counted = false;
	let storyDay: FuzzyDate | null = null;
	let saidDay: FuzzyDate | null = null;
	const dates: DateMemo = new Map();
	let t = 0;
	/** The index of the sentence that opens the current paragraph. */
	let paragraphStart = 0;
	for (const [i, sentence] of sentences.entries()) {
		if (sentence.opensParagraph) paragraphStart = i;
		while (t < timexes.length && timexes[t]!.start < sentence.start) t++;
		const inside: Timex[] = [];
		for (let j = t; j < timexes.length && timexes[j]!.end <= sentence.end; j++)
			inside.push(timexes[j]!);
		// Yardsticks are looked for once: the sentence's events and its being undated both ask.
		const measuring = new Set(inside.filter((x) => measures(sentence, x)));
		// A year naming a thing ("under the 2022 law") beside a date of the sentence's own.
		const naming = inside.filter((x) => !measuring.has(x) && names(sentence, x));
		if (
			naming.length &&
			inside.some((x) => !measuring.has(x) && !naming.includes(x) && x.type !== 'DURATION')
		)
			for (const x of naming) measuring.add(x);
		// A made thing's vintage ("the 1931 truss bridge") or a habit's hour ("Its doors opened
		// at 3:30 a.m., and on most days …") dates nothing the sentence tells, alone or not.
		for (const x of naming) if (isVintage(sentence, x)) measuring.add(x);
		if (tellsAHabit(sentence.text))
			for (const x of inside)
				if (timeOfAHabit(x.text) || dateOfAHabit(clauseBefore(sentence, x), x.text))
					measuring.add(x);
		// "The city's fiscal year runs from July to June": a schedule's months are no dates.
		for (const [from, to] of presentSchedules(sentence.text))
			for (const x of inside)
				if (x.start - sentence.start >= from && x.end - sentence.start <= to) measuring.add(x);
		const endsAhead = new Set<Timex>();
		const saying: Saying = { goesOn: goesOnQuoting(sentence) ? saidDay : null, day: null };
		let found = eventsOfSentence(sentence, inside, {
			published,
			anchor,
			// (An inferred date is too weak to count hours from.)
			anchorJustBefore: anchoredAt === i - 1 && !anchor?.inferred,
			anchorInParagraph: anchor !== null && anchoredAt >= paragraphStart,
			counted,
			storyDay,
			saying,
			measuring,
			endsAhead,
			dates
		});
		// "Police arrested a man two days after the shooting": counted from a happening told before.
		// (Only a happening told lately: "The Oran massacre of 1962, four days after the vote" does
		// not count from a vote of 1958 told pages before.)
		const lately = sentences[Math.max(0, i - COUNTED_REACH)]!.start;
		const told = [
			...candidates.filter((c) => c.sentence.start >= lately),
			...found.map((c) => ({ ...c, here: true }))
		];
		saidDay = saying.day ?? (goesOnQuoting(sentence) ? saying.goesOn : null);
		const fromOthers = countedEvents(sentence, inside, told, published, [...candidates, ...found]);
		found.push(...fromOthers.filter((c) => !found.some((e) => e.title === c.title)));
		// A length ("for two days"), a yardstick ("its biggest drop since March") or the end of
		// a span still ahead ("agreed to keep cuts through the end of the year") dates nothing:
		// such a sentence tells its happening without a date of its own.
		const undated =
			!fromOthers.length &&
			!inside.some((x) => datesItsSentence(sentence, x, measuring) && !endsAhead.has(x));
		if (found.length === 0 && undated) {
			// A history's lede tells no happening of the report's day: dated so, it would stretch
			// the timeline of a war of the 1910s to the day the page was written.
			const previous = sentences[i - 1];
			const context =
				i === 0
					? toldNow
						? { date: ledeDate(sentences, timexes, published), confidence: undefined }
						: null
					: // The cheap test first: only a past happening continues anything.
						mayContinue(sentence) &&
						continuedDate({
							sentence,
							previous,
							afterLede: i === 1 && sentence.opensParagraph,
							lede: sentences[0]!,
							candidates,
							published
						});
			const inferred =
				context && inferredEvent(sentence, context.date, i === 0, context.confidence);
			if (inferred) found = [inferred];
		}
		// The lede's day is the day the story tells: its quotations' "today". After a lede of no
		// day ("Rovers are cup champions for the first time in 30 years.", "Five years ago she
		// nearly quit."), the first day of the page's week the story tells, not a plan's. (A
		// history's quotations were said in its own time, which the tagger has given them.)
		// (A clock time told roughly names its day: "declared at about 3.40am today".)
		const dayOf = (e: Candidate) => dayOfClock(e.start, published);
		if (genre === 'news' && i === 0) {
			const first = found.find((e) => ofADay(dayOf(e)));
			storyDay = first ? dayOf(first) : null;
		} else if (genre === 'news' && !storyDay) {
			const first = found.find(
				(e) => ofADay(dayOf(e)) && e.kind !== 'plan' && ofThePagesWeek(e.start, published)
			);
			storyDay = first ? dayOf(first) : null;
		}
		// The sentences a "he" or "she" of a title may name, nearest first.
		const earlier = found.length
			? sentences
					.slice(Math.max(0, i - ANTECEDENT_REACH), i)
					.reverse()
					.map((e) => e.text)
			: [];
		for (const event of found) {
			// A range's story goes on from its end: "from May 1 to May 5. Two days later".
			anchor = event.end ?? event.start;
			anchoredAt = i;
			counted = fromOthers.includes(event);
			event.title = reportedSpeech(
				namePronoun(event.title, earlier, speakers, named, sentence.text, article.text),
				sentence.text,
				article.text
			);
			candidates.push(event);
		}
	}
	const lede = sentences[0];
	if (lede && toldNow)
		candidates.push(reportEvent({ ...article, published: day }, lede, published));
	return {
		article: article.slug,
		title: article.title,
		published: day,
		...(guess ? { publishedIsGuess: true } : {}),
		events: withIds(
			oneEventPerDescription(
				oneEventPerRestatement(
					oneEventPerNamedHappening(mergeDuplicates(foldReportedPeriods(candidates))),
					(a, b) => dateKey(a) === dateKey(b)
				),
				(a, b) => dateKey(a) === dateKey(b)
			),
			article.slug
		)
	};
}

/** How many sentences back a happening may be that "two days after the shooting" counts from. */
const COUNTED_REACH = 3;

/** The sentence's happenings counted from one the story dated before (counted-from.ts). */
function countedEvents(
	sentence: Sentence,
	inside: Timex[],
	told: Candidate[],
	published: Date,
	earlier: Candidate[]
): Candidate[] {
	const counted = countedFrom(sentence.text, told);
	// "Two months after the fire", told paragraphs after the fire: from anywhere before, when
	// the fire is the only one told and the sentence has no date of its own (not "The Oran
	// massacre of 1962, four days after the vote", whose vote of 1958 was told pages before).
	if (!counted.length && !inside.some((x) => x.type === 'DATE' || x.type === 'TIME'))
		counted.push(...countedFrom(sentence.text, earlier, true));
	// "A year after she was hired": a clause's happening dated once anywhere before.
	for (const c of countedFromClause(sentence.text, earlier))
		if (!counted.some((o) => o.start === c.start)) counted.push(c);
	if (counted.length === 0) return [];
	const dates = inside.map((x) => ({
		start: x.start - sentence.start,
		end: x.end - sentence.start
	}));
	const hedged = HEDGED.test(sentence.text);
	// Titled from its own clause: "…, and a week after the trade it called up the shortstop".
	const title = (counted: Span) => {
		// (A span that stops inside a date goes on to its end: "two days after he was shot on
		// Sept. 3" is no "… on Sept" and a stray ". 3".)
		const end = Math.max(
			counted.end,
			...dates.filter((d) => d.start < counted.end && d.end > counted.end).map((d) => d.end)
		);
		const c = { start: counted.start, end };
		let cut = datelineLength(sentence);
		for (const m of sentence.text.slice(0, c.start).matchAll(CLAUSE_BREAK))
			cut = Math.max(cut, m.index + m[0].length);
		const shift = (span: Span) => ({ start: span.start - cut, end: span.end - cut });
		const others = dates
			.filter((d) => d.start >= cut && (d.end <= c.start || d.start >= c.end))
			.map(shift);
		return titleOfDatedClause(sentence.text.slice(cut), shift(c), others, 0);
	};
	return (
		counted
			.map((c): Candidate => ({
				sentence,
				start: c.date,
				title: title(c),
				confidence: confidence(c.date, false, hedged),
				...(isPlan(c.date, () => AHEAD.test(sentence.text), published)
					? { kind: 'plan' as const }
					: {})
			}))
			.filter((e) => e.title.includes(' ') && !tellsNoHappening(e.title))
			// A past happening counted to a day after the page was written was counted wrong.
			.filter((e) => !(Date.parse(e.start.earliest) > published.getTime() && telling(e.title).past))
	);
}

/**
 * Words that put a happening ahead: a plan, a schedule, a forecast or a deadline ("by" only
 * before a time: "by the end of the year", "by March"; not "falling by half", "founded by two
 * engineers").
 */
const AHEAD =
	/\b(?:will|would|shall|plans?|planned|expects?|expected|aims?|intends?|due|scheduled|set to|(?:meant|supposed|slated|poised|likely) to|on track to|promised|pledged|vowed|wants?|hopes?|by(?=\s+(?:the\s+(?:end|middle|start|beginning|close|time|fall|spring|summer|winter|weekend|deadline)|early|mid|late|next|this|then|year-end|\d{4}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s|(?:mon|tues|wednes|thurs|fri|satur|sun)day)))\b/i;

/**
 * A hedged future: "may close in March", told in March, "could reopen this year". Lower-case
 * "may" only, so that the month ("in May") is none; "could not", "might have" look back.
 */
const MODAL = /\b(?:could|might|may)\b(?!\s+(?:not|never|have|n['’]t)\b)/;

/**
 * A plan: its date lies after the publication day, or runs past it in a clause that looks
 * ahead ("wants to cut rates by the end of the year").
 */
function isPlan(date: FuzzyDate, looksAhead: () => boolean, published: Date): boolean {
	const dayEnd = published.getTime() + 86_400_000;
	if (Date.parse(date.earliest) >= dayEnd) return true;
	return Date.parse(date.latest) >= dayEnd && looksAhead();
}

const QUOTED_TODAY = /^(?:today|tonight|this\s+(?:morning|afternoon|evening))$/i;

const isQuotedToday = (x: Timex, quoted: (offset: number) => boolean, sentence: Sentence) =>
	QUOTED_TODAY.test(x.text) && quoted(x.start - sentence.start);

/**
 * A "today" inside a quotation is the day it was said: the sentence's own day ("…,” she said
 * on Tuesday"), else `toldDay`, the day the story's lede tells. When that day is already
 * another date of the sentence, the quotation's "today" is the same happening and goes.
 */
function redateQuotedToday(
	dated: { timex: Timex; date: FuzzyDate }[],
	quoted: (offset: number) => boolean,
	sentence: Sentence,
	toldDay: FuzzyDate | null,
	saying: Saying
) {
	// The day it was said is told outside the quotation: a date inside it ("about that
	// night") is the speaker's, not the saying's; and the date of the verb of saying before
	// any other ("the mayor, who will testify on Friday, said on Monday").
	const told = dated.filter(
		(d) => !quoted(d.timex.start - sentence.start) && d.date.precision !== 'approximate'
	);
	const sayingDay = told.find((d) => datesTheSaying(sentence, d.timex));
	const own = sayingDay ?? told[0];
	const day = (d: FuzzyDate | undefined) => (d && /^(?:day|time)$/.test(d.precision) ? d : null);
	saying.day = day(sayingDay?.date);
	// A quotation that goes on into a sentence of its own was said on the day the sentence
	// before said it was: '"…," Ruiz said on Sunday. "Today I told the players …"' (dev10).
	// A saying in the run-up to a coming happening ("Ahead of the vote on Thursday, Mayor Carla
	// Diaz said, 'Today I sent …'") is of the page's days, not of the lede's (dev10,
	// held-out-dates-8): its "today" stays the page's.
	const lede = RUN_UP.test(sentence.text) ? null : toldDay;
	const said = own ? (day(own.date) ?? lede) : (saying.goesOn ?? lede);
	for (let i = dated.length - 1; i >= 0; i--) {
		const d = dated[i]!;
		if (!isQuotedToday(d.timex, quoted, sentence) || !said) continue;
		if (own && said.value.slice(0, 10) === own.date.value.slice(0, 10)) dated.splice(i, 1);
		else d.date = { ...said, text: d.timex.text };
	}
}

/** A happening told on a day, or at a time of one ("on Wednesday morning"). */
const ofADay = (date: FuzzyDate) => /^(?:day|time)$/.test(date.precision);

/** How many days before the page a day told may lie and still be the day a report's saying was. */
const SAYING_REACH_DAYS = 7;

function ofThePagesWeek(date: FuzzyDate, published: Date): boolean {
	const days = (published.getTime() - Date.parse(date.earliest)) / 86_400_000;
	return days >= 0 && days <= SAYING_REACH_DAYS;
}

/** A sentence opening in the run-up to a coming happening: "Ahead of the vote on Thursday, …". */
const RUN_UP = /^\s*(?:just\s+)?(?:ahead\s+of|in\s+the\s+run-up\s+to)\s/i;

/**
 * Whether a sentence goes on quoting with no saying of its own: it opens with a quotation mark
 * and names no verb of saying ('"Today I told the players to hold their heads up."').
 */
function goesOnQuoting(sentence: Sentence): boolean {
	const outside = sentence.text.replace(/[“"][^”"]*(?:[”"]|$)/g, ' ');
	return (
		/^[“"]/.test(sentence.text) && (!SAYING_WORD.test(outside) || SAID_BY_PRONOUN.test(outside))
	);
}

/** Verbs of saying whose date is the day a quotation was said. */
const SAYING =
	'said|says|told|added|declared|announced|warned|insisted|explained|wrote|stated|noted|acknowledged|conceded|speaking';
const SAYING_WORD = new RegExp(`\\b(?:${SAYING})\\b`, 'i');
/**
 * '"We filed notice today," he said': a saying whose speaker is only a pronoun goes on from
 * the speaker the sentence before named, and on the same occasion.
 */
const SAID_BY_PRONOUN = new RegExp(
	`^\\W*(?:(?:he|she|they)\\s+(?:${SAYING})|(?:${SAYING})\\s+(?:he|she))\\W*$`,
	'i'
);
/** "said on Monday", "told reporters on Thursday", "said after the verdict on Thursday". */
const SAID_ON = new RegExp(
	`\\b(?:${SAYING})\\b(?:\\s+(?!(?:of|before|ahead)\\b)[\\w’'.-]+){0,4}?\\s+(?:on|late|early)\\s+$|\\b(?:${SAYING})\\s+$`,
	'i'
);
/** "the mayor on Monday said". */
const SAID_AFTER = new RegExp(`^\\s*,?\\s+(?:${SAYING})\\b`, 'i');

/** Whether a date tells when the sentence's words were said (not a possessive's, "Friday's"). */
function datesTheSaying(sentence: Sentence, x: Timex): boolean {
	const at = x.end - sentence.start;
	const after = sentence.text.slice(at, at + 20);
	if (/^['’]s\b/.test(after)) return false;
	return SAID_ON.test(textBefore(sentence, x, 60)) || SAID_AFTER.test(after);
}

/** A length that counts from the story's time: "two days later", "a week earlier". */
const SIGNAL = /^\s+(?:later|earlier|ago|before|after)\b/i;

/** Whether a timex gives its sentence a time: a date that is no yardstick, or "two days later". */
function datesItsSentence(sentence: Sentence, x: Timex, measuring: Set<Timex>): boolean {
	if (x.type === 'DURATION') {
		const at = x.end - sentence.start;
		return SIGNAL.test(sentence.text.slice(at, at + 12)) && !measuring.has(x);
	}
	return (x.type === 'DATE' || x.type === 'TIME') && !measuring.has(x);
}

/** Whether a timex is a year naming a thing: "the 2022 law" (yardsticks.ts, NAMING_YEAR). */
function names(sentence: Sentence, timex: Timex): boolean {
	const at = timex.end - sentence.start;
	return namesAThing(
		// (Far enough back for a law's name: "the Clean Air Act of 1956".)
		textBefore(sentence, timex, 30),
		timex.text,
		sentence.text.slice(at, at + NEAR)
	);
}

/** Whether a timex is a year naming a made thing's vintage: "the 1927 Wurlitzer organ". */
function isVintage(sentence: Sentence, timex: Timex): boolean {
	const at = timex.end - sentence.start;
	return namesAVintage(
		textBefore(sentence, timex, 12),
		timex.text,
		sentence.text.slice(at, at + NEAR)
	);
}

/** Looks only at the words just around the date, so a run-on "sentence" stays linear. */
function measures(sentence: Sentence, timex: Timex): boolean {
	const at = timex.end - sentence.start;
	return isYardstick(
		textBefore(sentence, timex, 3 * NEAR),
		timex.text,
		sentence.text.slice(at, at + NEAR)
	);
}

/**
 * The date of a timex as an event's date: its own value, or for "two days later", "a week
 * earlier" (a DURATION and its signal) the story's last date moved by it.
 */
function dateOf(
	x: Timex,
	sentence: Sentence,
	published: Date,
	anchor: FuzzyDate | null,
	dates: DateMemo,
	{ counted, near }: { counted: boolean; near: boolean } = { counted: false, near: false }
): FuzzyDate | null {
	if (HOURS_AWAY.test(x.text)) return near && anchor ? sameDay(anchor, 'PTXH', x.text) : null;
	if (x.type === 'DATE' || x.type === 'TIME')
		return (
			(counted && seasonOfCounted(x.text, anchor)) ||
			((counted || anchor?.precision === 'week') && laterThan(x.text, anchor)) ||
			writtenDate(x, published, dates)
		);
	if (x.type !== 'DURATION' || !anchor) return null;
	const at = x.end - sentence.start;
	const after = sentence.text.slice(at, at + 12);
	const signal = /^\s+(later|earlier)\b/i.exec(after);
	if (!signal) return null;
	const text = `${x.text}${after.slice(0, signal[0].length)}`;
	const later = signal[1]!.toLowerCase() === 'later';
	// After a clock time, hours and minutes move the clock and days count from its day.
	const day = dayOfTime(anchor);
	return (
		fromClock(anchor, x.value, text, later) ??
		shiftedBy(day, x.value, text, later ? 1 : -1) ??
		withinMonth(day, x.value, text, later) ??
		(near ? sameDay(day, x.value, text) : null)
	);
}

/**
 * "It capsized in a gale two hours later", after "left Port Ellis on the evening of March 28,
 * 1996": a few hours or minutes from a day the story told is that day, the closest the text
 * allows (a night's small hours may be the next; a clock time is left to the tagger). Only
 * from a day told in this sentence or the one before: "Additional details emerged on Sunday.
 * … Just over an hour later, he was declared dead" (AQUAINT) counts from the shooting, days
 * before.
 */
function sameDay(anchor: FuzzyDate, duration: string, text: string): FuzzyDate | null {
	// "A few hours later", "hours later" (PTXH): a few, no more than a day's part.
	const d = /^PT(\d+|X)([HM])$/.exec(duration);
	if (!d || anchor.precision !== 'day' || anchor.mod) return null;
	if (d[2] === 'H' && d[1] !== 'X' && +d[1]! > SAME_DAY_HOURS) return null;
	return fuzzyDate(text, anchor.value);
}

/**
 * A month, or a day of it the text leaves unknown: "The next morning", after "in March 2023", is
 * about March 2023, and "Hatch resigned a week later" goes on from it as from the month.
 */
const ofAMonth = (date: FuzzyDate) =>
	date.precision === 'month'
		? !date.mod
		: date.mod === 'APPROX' && /^\d{4}-\d{2}$/.test(date.value);

/** How many hours after a day told without a clock still fall, for a reader, on that day. */
const SAME_DAY_HOURS = 6;

/**
 * "Two weeks later, more than 300 residents packed a council meeting", after "The work fell
 * behind in August": a length of days or weeks from a month names no day, but it stays in that
 * month's reach (MONTH_REACH_DAYS, as "a week after the vote" after "voted in March"), so the
 * month, about, is the closest the text allows. Null for longer lengths and for earlier ones.
 */
function withinMonth(anchor: FuzzyDate, duration: string, text: string, later: boolean) {
	const d = /^P(\d+)([WD])$/.exec(duration);
	if (!later || !d || !ofAMonth(anchor)) return null;
	const days = +d[1]! * (d[2] === 'W' ? 7 : 1);
	return days <= MONTH_REACH_DAYS ? daysAfterMonth(anchor, days, text) : null;
}

/** An article's dates by their words, value and mod: it names the same days again and again. */
type DateMemo = Map<string, FuzzyDate | null>;

/** A timex's date, worked out once per article; each event gets its own copy. */
function writtenDate(x: Timex, published: Date, dates: DateMemo): FuzzyDate | null {
	const key = `${x.text}\u0000${x.value}\u0000${x.mod ?? ''}`;
	let date = dates.get(key);
	if (date === undefined) dates.set(key, (date = fuzzyDate(x.text, x.value, x.mod, published)));
	return date && { ...date };
}

/**
 * The days of sayings: `goesOn`, the day a quotation said in the sentence before was said, for
 * a sentence that goes on quoting it with no saying of its own; `day`, filled with the day the
 * sentence's own verb of saying names ("Ruiz said on Sunday").
 */
interface Saying {
	goesOn: FuzzyDate | null;
	day: FuzzyDate | null;
}

/** What a sentence's events are read against: the article's day, the story so far. */
interface Reading {
	published: Date;
	/** The story's last date: "two days later" counts from it. */
	anchor: FuzzyDate | null;
	/** Whether that date's happening was told in the sentence just before. */
	anchorJustBefore: boolean;
	/** Whether that date was told in this sentence's paragraph. */
	anchorInParagraph: boolean;
	/** Whether that date was counted from another happening ("two days after the shooting"). */
	counted: boolean;
	/** The lede's day: a quotation's "today". */
	storyDay: FuzzyDate | null;
	/** The day the sentence before said its quotation, and the day this one's saying names. */
	saying: Saying;
	/** The sentence's dates that are yardsticks ("its biggest drop since March"). */
	measuring: Set<Timex>;
	/** Filled with the dates that only end a span still ahead of a past happening. */
	endsAhead: Set<Timex>;
	dates: DateMemo;
}

function eventsOfSentence(
	sentence: Sentence,
	timexes: Timex[],
	{
		published,
		anchor,
		anchorJustBefore,
		anchorInParagraph,
		counted,
		storyDay,
		saying,
		measuring,
		endsAhead,
		dates
	}: Reading
): Candidate[] {
	// The date of a dateline ("WASHINGTON, June 26, 2020 —") is when the report was filed: the
	// report's own event, not a happening of the story.
	const dateline = datelineLength(sentence);
	const quoted = quotation(sentence.text);
	// Plans and forecasts are less certain than reports of what happened.
	const hedged = HEDGED.test(sentence.text);
	// Read at most once per sentence: a run-on "sentence" with many dates was read once per date.
	let ahead: boolean | undefined;
	const looksAhead = () => (ahead ??= AHEAD.test(sentence.text) || MODAL.test(sentence.text));
	let local = anchor;
	const own = timexes
		.filter((x) => x.end - sentence.start > dateline)
		.filter((x) => !measuring.has(x));
	const placed = own.map((x) => ({
		start: x.start - sentence.start,
		end: x.end - sentence.start,
		type: x.type
	}));
	const dated = own
		.map((x, i) => {
			// "Castell, who resigned three days later, had denied any wrongdoing on 4 May 2019":
			// the aside's length counts from its clause's date, told after it (asides.ts).
			const from = asideCountsFrom(sentence.text, placed[i]!, placed);
			const main =
				from && (from.setBack || !anchorInParagraph)
					? dateOf(own[from.date]!, sentence, published, null, dates)
					: null;
			if (main && /^(?:day|month|year)$/.test(main.precision) && !main.mod) {
				const date = dateOf(x, sentence, published, main, dates, { counted: false, near: true });
				return { timex: x, date };
			}
			const date = dateOf(x, sentence, published, local, dates, {
				counted: local === anchor && counted,
				near: local !== anchor || anchorJustBefore
			});
			// "declared an emergency on Saturday and ordered the evacuation a day later": a
			// length counts from its own sentence's date before it, if there is one ("searched
			// his office that June, and he resigned two weeks later").
			// (A clock time too: "The first call came at 10.52pm, and the first engine arrived six
			// minutes later" counts from the call, not from the day the lede was said.)
			if (date && x.type !== 'DURATION' && /^(?:day|month|time)$/.test(date.precision))
				local = date;
			return { timex: x, date };
		})
		.filter(
			(d): d is { timex: Timex; date: FuzzyDate } =>
				d.date !== null &&
				!(
					VAGUE.test(d.timex.value) &&
					!HOURS_AWAY.test(d.timex.text) &&
					(!QUANTIFIED.test(d.timex.text) || quoted(d.timex.start - sentence.start))
				) &&
				!(
					(AGO.test(d.timex.text) || THAT_TIME.test(d.timex.text)) &&
					quoted(d.timex.start - sentence.start)
				) &&
				// "Today I just want to walk in a straight line": a speaker's now in a clause of a
				// state, a wish or a condition dates no happening (quoted-now.ts).
				!(
					quoted(d.timex.start - sentence.start) &&
					quotesAStateOfNow(
						sentence.text,
						d.timex.start - sentence.start,
						d.timex.end - sentence.start
					)
				)
		);
	// A quotation's "today", when its saying has no day of its own, is the lede's day: only a
	// day of the page's week, as a report's sayings are ("The plant closed on March 2, 2019.
	// 'Today we open …'" was said on the page's day).
	const toldDay = storyDay && ofThePagesWeek(storyDay, published) ? storyDay : null;
	redateQuotedToday(dated, quoted, sentence, toldDay, saying);
	// A date's words: the timex, and for "two days later" its signal too.
	const spans = dated.map((d) => ({
		start: d.timex.start - sentence.start,
		end: d.timex.start - sentence.start + Math.max(d.date.text.length, d.timex.text.length)
	}));
	const events: Candidate[] = [];
	// Which events are dated inside a subordinate clause ("…, after the deal was reached late
	// Thursday"), for choosing between two dates that name one title.
	const subordinate = new Set<Candidate>();
	// Where each event's date stands in the sentence.
	const datedAt = new Map<Candidate, number>();
	// The words of a subordinate event's date, should it need a title of its own clause.
	const targets = new Map<Candidate, Span>();
	// The words of each event's date.
	const spanOf = new Map<Candidate, Span>();
	// Which events are dated inside a quotation: the speaker's own happening.
	const quotedAt = new Set<Candidate>();
	for (let i = 0; i < dated.length; i++) {
		const { timex, date } = dated[i]!;
		const next = dated[i + 1];
		const before = sentence.text.slice(Math.max(0, spans[i]!.start - NEAR), spans[i]!.start);
		let end: FuzzyDate | undefined;
		const between = next ? sentence.text.slice(spans[i]!.end, spans[i + 1]!.start) : '';
		// "from 2016 to 2018", "between March and May"; and without an opener, dates of one
		// precision joined by "to" or a dash: "scheduled for April 30 to May 1".
		const opened = RANGE_OPEN.test(before)
			? RANGE_JOIN.test(between)
			: KEPT_UNTIL.test(between) ||
				(CLOSE_JOIN.test(between) &&
					next?.date.precision === date.precision &&
					(next.date.value.slice(0, 4) === date.value.slice(0, 4) || yearsDashed(between, date)) &&
					!MOVED.test(before));
		const joined = Boolean(next && opened && compareFuzzyDates(date, next.date) < 0);
		if (joined) end = next!.date;
		else if (dated.length === 1) end = lastedUntil(date, timex, sentence, timexes) ?? undefined;
		const others = spansNear(spans, i, joined ? i + 1 : i);
		const target = joined ? { start: spans[i]!.start, end: spans[i + 1]!.end } : spans[i]!;
		const event: Candidate = {
			sentence,
			start: date,
			...(end ? { end } : {}),
			title: titleOfDatedClause(sentence.text, target, others, dateline),
			confidence: confidence(date, quoted(timex.start - sentence.start), hedged),
			...(isPlan(end ?? date, () => looksAhead() && !toldPast(sentence, timex), published)
				? { kind: 'plan' as const }
				: {})
		};
		// "the county spent $14 million clearing brush, work that officials credited this week
		// with …": the date is the aside's, and a title from the main clause would misdate it.
		if (datesOnlyAnAside(sentence.text, spans[i]!.start, event.title)) continue;
		// "police officers came at midnight for coffee", told of no day: a clock time counted
		// past the page's day for a happening told in the past was counted wrong (the habits of
		// an obituary's life, not tomorrow's plan).
		if (
			CLOCK_ALONE.test(timex.text) &&
			Date.parse(date.earliest) >= published.getTime() + 86_400_000 &&
			telling(event.title).past
		)
			continue;
		// "Ellen Marsh, a pioneer of inspections after the 1983 Mianus River Bridge collapse,
		// said …": the year is a thing of a name's description, no date of the sentence.
		if (datesADescription(sentence.text, spans[i]!.start, spans[i]!.end)) continue;
		// "The company had promised investors to fly the satellite by 2025": a deadline gone by
		// dates neither the promise nor the work, which the text does not say was done (a deadline
		// still ahead stays a plan).
		if (
			!joined &&
			Date.parse(date.latest) <= published.getTime() + 86_400_000 &&
			isDeadline(textBefore(sentence, timex, 3 * NEAR))
		)
			continue;
		// "The hearing, which had been scheduled for Feb. 7, was called off": nothing happened on
		// a day a schedule set for what was called off or moved.
		if (!joined && isCalledOff(textBefore(sentence, timex, 3 * NEAR), sentence.text)) continue;
		// "Priya Raman told analysts that demand had fallen off a cliff since the spring": a
		// "since" in what was said measures back from the saying; it is not the saying's day.
		if (SINCE.test(before) && SAID.test(event.title)) continue;
		if (
			event.kind === 'plan' &&
			!joined &&
			!hedged &&
			UNTIL.test(before) &&
			telling(event.title).past
		) {
			// "Oil prices climbed … after OPEC agreed to keep cuts in place through the end of the
			// year": the end of a span still ahead is no day of the past happening the title tells
			// (a sentence that looks ahead, "will be a drag on earnings through 1990", keeps it).
			endsAhead.add(timex);
			continue;
		}
		// "wants the hall finished before the centennial in 2031": a plan that ends before the
		// date, not one of sometime in 2031.
		// "They had led the division until the spring", "The museum had been closed until March":
		// the end of a state told in the pluperfect is background to the story, no happening.
		// ("Nashua had purchased 481,000 shares through Sept. 29", TimeBank, is a count to a day.)
		if (!joined && TILL.test(before) && PLUPERFECT.test(clauseBefore(sentence, timex))) continue;
		// "Ruiz will not decide on her future before May", "No decision is expected before
		// September": a bound on a happening the clause denies or doubts dates nothing, no plan.
		if (
			!joined &&
			BEFORE_PLAN.test(before) &&
			NOT_BEFORE.test(clauseBefore(sentence, timex).replace(/^.*,/s, ''))
		)
			continue;
		// "The ferry line did not send a representative on Wednesday", "Nobody was removed from
		// the meeting on Tuesday", "No firefighters died this year": the date's clause denies the
		// happening it would date, which a reader would take for one that happened ("did not
		// return until Friday" did return then).
		// (A quotation's "today" is its saying's day: "wrote that he … did not want the matter 'to
		// distract from the work of this university today'" dates the letter.)
		if (
			!joined &&
			!TILL.test(before) &&
			!SAYING_NOW.test(timex.text) &&
			DENIED.test(ownClauseBefore(sentence, timex))
		) {
			// "No one was hurt on Monday when the bus slid off the road": the "when" clause after
			// the date tells what happened then; only the main clause is denied.
			const when = whenClauseTitle(sentence.text, spans[i]!.end);
			if (!when) continue;
			event.title = when;
		}
		if (event.kind === 'plan' && !joined && !date.mod && BEFORE_PLAN.test(before)) {
			const bounded = fuzzyDate(date.text, date.value, 'BEFORE', published);
			if (bounded) event.start = bounded;
		}
		const gapped = events.length
			? gappedTitle(events[events.length - 1]!.title, sentence.text, spans[i]!)
			: null;
		if (gapped) event.title = gapped;
		events.push(event);
		datedAt.set(event, spans[i]!.start);
		spanOf.set(event, target);
		// (Only a date the quotation writes out: its "this decade" or "next year" counts from the
		// day it was said, so it cannot stand for the happening's own date.)
		if (quoted(timex.start - sentence.start) && WRITTEN_OUT.test(timex.text)) quotedAt.add(event);
		if (inSubordinateClause(sentence.text, spans[i]!.start)) {
			subordinate.add(event);
			event.aside = true;
			targets.set(event, target);
		}
		// "The mill lost money in 2019, a year in which its board voted to close it": the clause
		// of a noun of time set beside a date tells a happening of that date too.
		const then = joined
			? undefined
			: whenClauseTitle(sentence.text, spans[i]!.end, TIME_APPOSITIVE);
		if (then && then !== event.title) {
			const told: Candidate = { sentence, start: date, title: then, confidence: event.confidence };
			events.push(told);
			datedAt.set(told, spans[i]!.start);
			spanOf.set(told, target);
		}
		if (joined) i++;
	}
	retitleOwnClauses(events, subordinate, targets, spans, sentence.text);
	retitleBounds(events, subordinate, targets, spans, sentence.text);
	// A title of one word or none ("They said that a month ago too.") names no happening.
	return withoutToldPlans(
		withoutFramingYears(
			oneEventPerTitle(
				events.filter((e) => e.title.includes(' ') && !tellsNoHappening(e.title)),
				subordinate,
				recurrences(events, spanOf, sentence.text),
				quotedAt
			),
			datedAt
		),
		sentence.text,
		datedAt
	);
}

/**
 * "before the centennial in 2031", "before its patent expires in 2031", "before 2031" (not "will
 * play before the fans on Saturday": a day after "on" is the happening's own).
 */
const BEFORE_PLAN =
	/\bbefore\s+(?:(?:the|its|his|her|their|a|an|this|next)\s+(?:[\w'’-]+\s+){0,3}in\s+)?$/i;

/**
 * A pluperfect: "had led", "had been closed", "hadn't run" (not "had to", nor the present
 * perfect "has had positive net sales … until this month", TimeBank).
 */
const PLUPERFECT = /(?<!\b(?:has|have|having)\s+)\bhad(?:n['’]t)?\s+(?!to\b)/i;
const TILL = /\b(?:until|till)\s+(?:at\s+least\s+)?$/i;
/** A denial or doubt of what is bounded: "will not …", "won't", "No decision …", "is unlikely". */
const NOT_BEFORE = /\b(?:not|never|no|nothing|nobody|unlikely)\b|n['’]t\b/i;

/**
 * A clause that denies its happening: a past verb negated ("did not send", "wasn't charged",
 * "never reached") or a subject that is nobody ("No one was hurt", "Nobody was removed", "No
 * firefighters died"). A state denied is no such thing ("Officials weren't available to comment
 * late yesterday", TimeBank), nor a present ("I don't think Kellogg can get back to 40% this
 * year"), nor "not only", "not until".
 */
/** Participles of a passive denied: "was not charged", "were not hurt". */
const PARTICIPLES = [...IRREGULAR_PARTICIPLE].join('|');
const DENIED = new RegExp(
	[
		"\\bdid\\s*(?:not|n['’]t)\\s+(?!only\\b|just\\b)[a-z]+",
		`\\b(?:was|were)\\s*(?:not|n['’]t)\\s+(?:(?:ever|even|immediately)\\s+)?(?:[a-z]+ed|${PARTICIPLES})\\b`,
		'\\bnever\\s+(?:was\\s+|were\\s+)?[a-z]+',
		'^\\s*(?:no\\s+one|nobody|none\\s+of|no\\s+[a-z]+(?:\\s+[a-z]+)?\\s+(?:was|were|died|burned))\\b'
	].join('|'),
	'i'
);

/** Where the clause of a date's denial begins: a break, or a word that opens a clause of its own. */
const CLAUSE_OPENS =
	/[,;:—–]|\b(?:and|but|that|which|who|when|if|whether|because|after|before|while|as|since|though|although)\b/gi;

/** The date's own clause before it, from the last break or clause opener. */
function ownClauseBefore(sentence: Sentence, timex: Timex): string {
	const before = textBefore(sentence, timex, 3 * NEAR);
	let from = 0;
	for (const m of before.matchAll(CLAUSE_OPENS)) from = m.index + m[0].length;
	return before.slice(from);
}

/**
 * Whether a date's own clause tells it in the past, whatever the rest of the sentence looks
 * ahead to: "The council, which voted in March to study the idea, will take it up again in
 * October", told in March, voted this March; only October is a plan.
 */
function toldPast(sentence: Sentence, timex: Timex): boolean {
	const clause = ownClauseBefore(sentence, timex);
	if (AHEAD.test(clause) || MODAL.test(clause)) return false;
	return clause.split(/[^A-Za-z'’-]+/).some((w) => w === w.toLowerCase() && isPastVerb(w));
}

/** A clause that gaps the verb of the one before it: "…, and on Saturday" before its reason. */
const GAP_BEFORE = /(?:,\s*|\s)and\s+(?:on\s+|in\s+|at\s+)?$/i;
/** The gapped clause's own words after its date: "because of lightning", to its end. */
const GAP_AFTER =
	/^\s*(because\s+of|due\s+to|amid|after)\s+(?:the\s+|a\s+|an\s+)?([^,;:.!?]+)[.!?]?$/i;
/** Where the same words end the clause before: its title's reason, to be replaced. */
const GAP_REASON = /\s+(?:because\s+of|due\s+to|amid|after)\s+.*$/i;

/**
 * "Shows were halted on Friday because of high winds, and on Saturday because of lightning": the
 * second clause gaps the verb of the first and is a happening of its own. Both took the first
 * clause's title, and one of them went as a duplicate; the second is titled by the first's
 * subject and verb and its own reason ("Shows halted because of lightning").
 */
function gappedTitle(before: string, text: string, span: Span): string | null {
	if (!GAP_BEFORE.test(text.slice(0, span.start))) return null;
	const own = GAP_AFTER.exec(text.slice(span.end));
	if (!own) return null;
	return `${before.replace(GAP_REASON, '')} ${own[1]!.toLowerCase()} ${own[2]!.trim()}`;
}

/** How far into its sentence a year may stand and still open it: "In 2023,", "Last year,". */
const OPENING = 12;

/**
 * A year opening a sentence frames the finer dates told in it ("Last year, Northwind's chief
 * executive promised in March …"): the happening is the March one, and the year goes.
 */
function withoutFramingYears(events: Candidate[], datedAt: Map<Candidate, number>): Candidate[] {
	const framed = (e: Candidate) =>
		e.start.precision === 'year' &&
		datedAt.get(e)! <= OPENING &&
		events.some(
			(o) =>
				o !== e &&
				o.start.value.startsWith(`${e.start.value}-`) &&
				datedAt.get(o)! > datedAt.get(e)!
		);
	return events.some(framed) ? events.filter((e) => !framed(e)) : events;
}

const SINCE = /\bsince\s+(?:at\s+least\s+)?(?:the\s+)?$/i;

/** A saying's verb in a title: "County said it would publish a schedule". */
const SAID = /\b(?:said|says|announced|told|promised|pledged|vowed)\b/i;
/** A saying, then a "would" of what it put ahead. */
const SAID_WOULD = /\b(?:said|announced|told|promised|pledged|vowed)\b[^;]*\bwould\b/i;

/**
 * A plan told in a dated saying ("The county said last week that it would publish a schedule
 * … by the end of the year") is that saying's: one happening, the saying, on its day. The plan
 * goes when the saying leads the sentence (its verb stands before the plan's date), its title
 * already tells the plan (much the same words) and the saying set no day for it (`setFor`). A
 * plan that is the sentence's news, its source told after it ("NATO has decided to admit Poland
 * in early March, an official said on Wednesday"), stays, and so does one the saying set for
 * its date ("said on Monday that the plant would reopen in June").
 */
function withoutToldPlans(
	events: Candidate[],
	text: string,
	datedAt: Map<Candidate, number>
): Candidate[] {
	// A deadline a past saying put ahead is told as a plan though its day has passed: "promised
	// in March that the merger would close by the summer", told the next year.
	const ahead = (e: Candidate) =>
		e.kind === 'plan' || SAID_WOULD.test(text.slice(0, datedAt.get(e)));
	const sayings = events.filter((e) => !ahead(e) && SAID.test(e.title));
	if (sayings.length === 0) return events;
	return events.filter((e) => {
		const before = text.slice(0, datedAt.get(e));
		return (
			!ahead(e) ||
			!SAID.test(before) ||
			setFor(before.slice(before.search(SAID))) ||
			!sayings.some((s) => similar(contentWords(s.title), contentWords(e.title)))
		);
	});
}

/** A hedge or a denial of what a saying put ahead: "could slip to 2027", "may not reopen until". */
const HEDGED_OR_DENIED = /\b(?:could|might|may|not|never)\b|n['’]t\b/i;

/**
 * Whether a saying set its plan for the date ("said on Monday that the plant would reopen in
 * June"): the happening has a day of its own on the timeline, beside the saying's. A deadline
 * ("would publish a schedule … by the end of the year") dates no happening but the promise, and
 * a hedge or a denial ("said the road may not reopen until summer") none at all.
 */
function setFor(saying: string): boolean {
	return !isBoundBy(saying) && !HEDGED_OR_DENIED.test(saying);
}

/** A relative clause on a noun set off by a comma: ", work that officials credited …". */
const APPOSITIVE_RELATIVE = /,\s+(?:[\w'’-]+\s+){1,3}(?:that|which|who)\s+([^,;:—–]*)$/i;

/**
 * Whether the date at offset `at` stands in a relative clause on an appositive noun, and the
 * title shares none of that clause's words: the title tells another clause than the dated one.
 */
function datesOnlyAnAside(text: string, at: number, title: string): boolean {
	const m = APPOSITIVE_RELATIVE.exec(text.slice(Math.max(0, at - 120), at));
	if (!m) return false;
	const clause = contentWords(m[1]!);
	if (clause.size === 0) return false;
	const told = contentWords(title);
	return ![...clause].some((w) => told.has(w));
}

/** A name, then a description of it set off by commas: "Ellen Marsh, a pioneer of …". */
const NAME_DESCRIPTION = /\p{Lu}[\p{L}.'’-]*,\s+(?:a|an|the)\s+([^,;:—–()"“”]*)$/u;
/** A clock time that names no day: "midnight", "4 a.m.", "11:41 p.m." (not "5 p.m. EST Nov. 9"). */
const CLOCK_ALONE =
	/^(?:(?:about|around|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?(?:midnight|noon|\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?)$/i;

/** A year naming what a description's clause came after or before: "after the 2016 …". */
const BOUNDING_YEAR = /\b(?:after|before|since)\s+(?:the|its|his|her|their)\s+$/i;
/** Words that give a description a clause of its own: "a pioneer who led …". */
const CLAUSE_WORDS = /\b(?:who|whom|whose|that|which|when|where|while)\b/i;

/**
 * Whether the date at [at, end) stands in a description of a name set off by commas (or
 * closing its sentence), with no verb of its own: "Ellen Marsh, a pioneer of inspections after the 1983 Mianus River Bridge
 * collapse, said the pins were the weak point" tells nothing that happened in 1983.
 */
function datesADescription(text: string, at: number, end: number): boolean {
	const m = NAME_DESCRIPTION.exec(text.slice(Math.max(0, at - 120), at));
	// (Set off by commas, or by a comma and the sentence's end.)
	const rest = /^[^,;:—–()"“”]*(?:,|\.["”’]?\s*$)/.exec(text.slice(end));
	if (!m || !rest) return false;
	const words = `${m[1]} ${rest[0]}`;
	// A clause of its own tells its own happening ("a nurse who was wounded in 1998"), unless
	// the year only bounds it: "Ellen Marsh, a battery engineer who led safety reviews after the
	// 2016 hoverboard fires, …" led them at no date the sentence gives.
	if (CLAUSE_WORDS.test(words)) return BOUNDING_YEAR.test(m[1]!);
	return !words.split(/[^\p{L}'’-]+/u).some((w) => isPastVerb(w.toLowerCase()));
}

/** Subordinators of time whose clause tells a happening of its own: "after the union reached …". */
const TIME_CLAUSE = /(?:^|[\s(])(?:after|before|when|once)\s+/gi;

/**
 * A happening dated in a clause of time that hangs off the main one, at another time than the
 * main clause's, is a happening of its own ("Workers returned to their jobs on Thursday after
 * the union and the company reached a deal late Tuesday"): titled from its own clause when that
 * clause tells a past happening, it is no longer the main clause's second date (which
 * oneEventPerTitle drops).
 */
function retitleOwnClauses(
	events: Candidate[],
	subordinate: Set<Candidate>,
	targets: Map<Candidate, Span>,
	spans: Span[],
	text: string
) {
	for (const e of subordinate) {
		const target = targets.get(e)!;
		const main = events.find(
			(m) => !subordinate.has(m) && m.title === e.title && apart(m.start, e.start)
		);
		// "around Wednesday's ruling": a possessive date names a thing, and dates no clause.
		if (!main || /^\s*['’]s\b/.test(text.slice(target.end))) continue;
		const cut = lastOpening(text, target, TIME_CLAUSE);
		if (cut < 0 || !telling(text.slice(cut)).past) continue;
		e.title = clauseTitle(text, cut, target, spans) ?? e.title;
	}
}

/** A clause of time opening right after a date: "on Monday when the bus slid off the road". */
const WHEN_AFTER = /^\s*,?\s*when\s+/i;

/**
 * A noun of time set beside a date, its relative clause telling what happened then: "in 2019, a
 * year in which its board voted to close", "on June 4, the day when the levee broke". (A bare
 * ", when …" mostly tells the same happening again: "The scheme unraveled in August 2023, when
 * a bookkeeper noticed …", the genre sets.)
 */
const TIME_APPOSITIVE =
	/^\s*,\s*(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:year|month|week|day|night|morning|afternoon|evening|season|spring|summer|fall|autumn|winter|decade)\s+(?:when|(?:in|during|on)\s+which)\s+/i;

/**
 * The title of the "when" clause that follows a date (to its first break), when it tells a past
 * happening: the date governs that clause's happening too.
 */
function whenClauseTitle(
	text: string,
	dateEnd: number,
	opens: RegExp = WHEN_AFTER
): string | undefined {
	const opener = opens.exec(text.slice(dateEnd));
	if (!opener) return undefined;
	const from = dateEnd + opener[0].length;
	const brk = text.slice(from).search(/[,;:—–]|\.(?:\s|$)/);
	const clause = text.slice(from, brk < 0 ? text.length : from + brk);
	if (!telling(clause).past) return undefined;
	const title = titleOfDatedClause(clause, { start: 0, end: 0 }, [], 0);
	return title.includes(' ') && !tellsNoHappening(title) ? title : undefined;
}

/** Where the last clause `opener` opens before the date begins, or -1. */
function lastOpening(text: string, target: Span, opener: RegExp): number {
	let cut = -1;
	for (const m of text.slice(0, target.start).matchAll(opener)) cut = m.index + m[0].length;
	return cut;
}

/**
 * The title of the clause from `cut` to its first break after the date ("After the bridge
 * collapsed in August 2007, she testified …" → "Bridge collapsed"), when it tells a happening.
 */
function clauseTitle(text: string, cut: number, target: Span, spans: Span[]): string | undefined {
	const shift = (span: Span) => ({ start: span.start - cut, end: span.end - cut });
	const others = spans
		.filter((o) => o.start >= cut && (o.end <= target.start || o.start >= target.end))
		.map(shift);
	const brk = text.slice(target.end).search(/[,;:—–]/);
	const end = brk < 0 ? text.length : target.end + brk;
	const title = titleOfDatedClause(text.slice(cut, end), shift(target), others, 0);
	return title.includes(' ') && !tellsNoHappening(title) ? title : undefined;
}

/** Subordinators whose clause only bounds the main one's time: it came after or before. */
const BOUNDING_CLAUSE = /(?:^|[\s(])(?:after|before|since|once)\s+/gi;

/**
 * A sentence whose only date stands in a clause that bounds its main one ("After the bridge
 * collapsed in August 2007, she testified before Congress") does not date its main happening:
 * the testimony came later. When that clause tells a past happening of its own, the event is
 * that happening's, titled from its clause (the collapse, in August 2007). A phrase or a
 * participle keeps its title ("Albright fled just after the 1948 Communist takeover", "before
 * announcing her run in November 2023": titles already tell the happening they name). Only
 * for a month: a day's or a year's bound mostly holds the main happening too; and "after Jan.
 * 1", a date right after the word, stays the sentence's own bound.
 */
function retitleBounds(
	events: Candidate[],
	subordinate: Set<Candidate>,
	targets: Map<Candidate, Span>,
	spans: Span[],
	text: string
) {
	if (events.some((e) => !subordinate.has(e))) return;
	for (const e of events) {
		// A day's bound is mostly the main happening's day too ("Shares fell after the company
		// said on Tuesday …"), and a year's its year ("fled the country after the Soviet Army
		// crushed the uprising in 1956"); a month's is not.
		if (e.start.precision !== 'month') continue;
		const target = targets.get(e)!;
		const cut = lastOpening(text, target, BOUNDING_CLAUSE);
		if (cut < 0 || !text.slice(cut, target.start).trim()) continue;
		// Only where the clause of time is the last one opened before the date.
		if (TIME_CLAUSE_AFTER.test(text.slice(cut, target.start))) continue;
		// "before announcing her run in November 2023", "after the 1990 invasion of Kuwait": a
		// participle or a noun names the dated happening, and titles already tell it.
		if (/^\S+ing\b/i.test(text.slice(cut)) || !telling(text.slice(cut)).past) continue;
		e.title = clauseTitle(text, cut, target, spans) ?? e.title;
	}
}

/** Another clause opened between the bounding word and the date: "after he left, when …". */
const TIME_CLAUSE_AFTER = /[,;:—–]|\b(?:when|while|which|who|where|because|until)\b/i;

const apart = (a: FuzzyDate, b: FuzzyDate) =>
	Date.parse(a.latest) < Date.parse(b.earliest) || Date.parse(b.latest) < Date.parse(a.earliest);

/** Words that open a clause hanging off the main one, with no clause break after them. */
const SUBORDINATOR =
	/(?:^|[\s(])(?:after|before|when|whenever|while|since|because|once|until|till|though|although|which|who|whose|where)\s[^,;:—–]*$/i;

/** Whether the clause that holds offset `at` of `text` hangs off the main one. */
function inSubordinateClause(text: string, at: number): boolean {
	return SUBORDINATOR.test(text.slice(Math.max(0, at - 120), at));
}

export const TITLE_WINDOW = 300;

/**
 * How many sentences back a pronoun in a title may find who it is, at most: a "he" looks back
 * through the sentences that go on about him, and through five that do not (`subjects.ts`).
 */
const ANTECEDENT_REACH = 20;

/**
 * Titles come from the words around their date. A run-on "sentence" (a pasted table, a list
 * with no full stops) is cut to a window around the date first, so titling stays linear in
 * the text however long it runs.
 */
/**
 * The other dates within a title's reach of dates first..last: only neighbours are walked, so
 * a run-on "sentence" with thousands of dates does not cost thousands each.
 */
function spansNear(spans: Span[], first: number, last: number): Span[] {
	const near: Span[] = [];
	const from = spans[first]!.start - TITLE_WINDOW;
	const to = spans[last]!.end + TITLE_WINDOW;
	for (let j = first - 1; j >= 0 && spans[j]!.end >= from; j--) near.push(spans[j]!);
	for (let j = last + 1; j < spans.length && spans[j]!.start <= to; j++) near.push(spans[j]!);
	return near;
}

/** A clause break before a new subject: "…, but the utility disclosed on Monday …". */
const CLAUSE_BREAK = /[,;]\s+(?:but|and|while|whereas|yet)\s+/gi;

/**
 * The title of a date's clause. When the words around the date make no happening (a question
 * or an unknown, "Investigators have not said what caused it, but the utility disclosed in a
 * filing on Monday …"), the title is taken from the clause after the last break before the
 * date, which is the one the date governs.
 */
function titleOfDatedClause(text: string, target: Span, others: Span[], skip: number): string {
	const title = titleNear(text, target, others, skip);
	if (!tellsNoHappening(title)) return title;
	let cut = -1;
	for (const m of text.slice(0, target.start).matchAll(CLAUSE_BREAK)) cut = m.index + m[0].length;
	if (cut <= skip) return title;
	const shift = (span: Span) => ({ start: span.start - cut, end: span.end - cut });
	return titleNear(text.slice(cut), shift(target), others.filter((o) => o.start >= cut).map(shift));
}

function titleNear(text: string, target: Span, others: Span[], skip = 0): string {
	if (text.length <= 2 * TITLE_WINDOW && skip === 0 && others.length <= MAX_NEIGHBOURS) {
		return titleFor(text, target, others);
	}
	let from = Math.max(skip, target.start - TITLE_WINDOW);
	let to = Math.min(text.length, target.end + TITLE_WINDOW);
	// Text thick with dates (a table, a run of "Jan." and "a.m."): titling costs the square of
	// the dates in the window, so the window closes in to the nearest few, keeping it linear.
	const near = others
		.filter((o) => o.start >= from && o.end <= to)
		.sort((a, b) => distance(a, target) - distance(b, target));
	for (const far of near.slice(MAX_NEIGHBOURS)) {
		if (far.end <= target.start) from = Math.max(from, far.end);
		else to = Math.min(to, far.start);
	}
	while (from > skip && from < target.start && !/\s/.test(text[from - 1]!)) from++;
	while (to < text.length && to > target.end && !/\s/.test(text[to]!)) to--;
	const shift = (span: Span) => ({ start: span.start - from, end: span.end - from });
	const inside = near.filter((o) => o.start >= from && o.end <= to).map(shift);
	return titleFor(text.slice(from, to), shift(target), inside);
}

/** Beyond this many dates around a title's own, the window shrinks (see titleNear). */
const MAX_NEIGHBOURS = 6;

const distance = (a: Span, b: Span) => (a.end <= b.start ? b.start - a.end : a.start - b.end);

/**
 * The end of a sentence's only dated happening, from a duration it says it lasted: "in 2016 …
 * for three years". A length told before the date with a past verb between them is another
 * happening's: "taught for 25 years and retired in 2001" did not retire until 2026.
 */
function lastedUntil(
	date: FuzzyDate,
	timex: Timex,
	sentence: Sentence,
	timexes: Timex[]
): FuzzyDate | null {
	const lasted = timexes.find(
		(x) =>
			x.type === 'DURATION' &&
			LASTED.test(textBefore(sentence, x)) &&
			!/\b(?:past|last|next|coming)\b/i.test(x.text) &&
			!(x.end <= timex.start && pastVerbBetween(sentence, x.end, timex.start)) &&
			!(x.start >= timex.end && REPORTED_BETWEEN.test(between(sentence, timex.end, x.start))) &&
			!(x.start >= timex.end && NOUNS_PARTICIPLE.test(textBefore(sentence, x))) &&
			!(x.start >= timex.end && PLUPERFECT_LENGTH.test(between(sentence, timex.end, x.start)))
	);
	return lasted ? endAfter(date, lasted.value, lasted.text) : null;
}

/**
 * A length told in what was said is no length of the saying: "said on Tuesday that the
 * extension would cost $5.1 billion, … and that the managers had hidden the overruns … for two
 * years" is a saying on Tuesday, not a span to 2028 (and so no plan).
 */
const REPORTED_BETWEEN = /\b(?:that|said|told)\b/i;

/**
 * A participle after a noun, with no "be" before it, is the noun's: "Rescuers on Thursday freed
 * two miners trapped for three days" is a rescue on Thursday, not a span to Sunday (and so no
 * plan); "were trapped for three days" is the clause's own.
 */
const NOUNS_PARTICIPLE =
	/\b(?!(?:was|were|is|are|be|been|being)\s)[a-z]+\s+(?:trapped|stranded|held|missing|hidden|jailed|detained|buried|stuck|lost|closed|shut)\s+for\s+(?:about\s+|nearly\s+|almost\s+|more than\s+)?$/i;

/**
 * A length told in the pluperfect after the date is background, not the happening's: "ended its
 * mission on Tuesday, when controllers steered it into the comet it had circled for nearly three
 * years" is Tuesday, not a span to 2030 (and so no plan); "its owner had run it for 40 years".
 */
const PLUPERFECT_LENGTH =
	/\bhad\s+(?:[a-z]+\s+){1,3}for\s+(?:about\s+|nearly\s+|almost\s+|more than\s+)?$/i;

const between = (sentence: Sentence, from: number, to: number) =>
	sentence.text.slice(from - sentence.start, to - sentence.start);

/** Whether the sentence has a past verb between two offsets of the article. */
function pastVerbBetween(sentence: Sentence, from: number, to: number): boolean {
	return sentence.text
		.slice(from - sentence.start, to - sentence.start)
		.toLowerCase()
		.split(/[^a-z]+/)
		.some(isPastVerb);
}

/**
 * Between two dates of one clause, words that tell its happening again: "closed in 2019 and
 * again in 2021", "delayed the vote twice, first in December and again in February", "had lost
 * in the final in 2019 and in 2022" (the preposition said again). A bare "and" does not:
 * "strengthened over the Gulf on Sunday and Monday" is one span, "won state titles in 1971,
 * 1978, 1986 and 1990" one list, "held hearings in November and December" one run of them.
 */
const AGAIN =
	/^\s*,?\s*(?:and|then|but)\s+(?:(?:then\s+)?(?:again|once\s+more)\s+(?:(?:in|on|during)\s+)?|(?:in|on|during)\s+)$/i;

/**
 * Whether the words between two dates open the second of two predicates that the title joins by
 * "and": "Orr will fly home on Saturday and return to work … on Feb. 3" (dev14), titled "Orr
 * will fly home and return to work at clinic", tells a happening at each date, not one at two.
 */
function joinsPredicates(between: string, title: string): boolean {
	const verb = /^\s*,?\s*and\s+([a-z]+)\b/i.exec(between)?.[1]?.toLowerCase();
	// (Not a word of a noun phrase or a prepositional one: "three round trips a day in summer
	// and one in winter", "approved for diabetes and for weight loss".)
	if (!verb || NOT_A_VERB.has(verb) || NUMBER_WORDS.has(verb)) return false;
	return new RegExp(`\\S\\s+and\\s+${verb}\\b`, 'i').test(title);
}
const NOT_A_VERB = new Set([
	...DETERMINERS,
	...PREPOSITIONS,
	...'for to by as after before during since until about again then that these those'.split(' ')
]);

/**
 * The events whose date tells their clause's happening again after the event before them of
 * the same title: each is an occasion of its own, not a second date of one happening.
 */
function recurrences(events: Candidate[], spanOf: Map<Candidate, Span>, text: string) {
	const again = new Set<Candidate>();
	for (let i = 1; i < events.length; i++) {
		const [prev, event] = [events[i - 1]!, events[i]!];
		const [a, b] = [spanOf.get(prev), spanOf.get(event)];
		if (event.title !== prev.title || !a || !b || a.end > b.start) continue;
		const between = text.slice(a.end, b.start);
		if (
			(AGAIN.test(between) || joinsPredicates(between, event.title)) &&
			compareFuzzyDates(prev.start, event.start) < 0
		)
			again.add(event);
	}
	return again;
}

/** A date written out, by its year or its month's name, rather than counted from a day. */
const WRITTEN_OUT = new RegExp(`\\b(?:\\d{4}|${MONTH_NAMES})\\b`, 'i');

/**
 * Several dates of one clause ("earnings for the fourth quarter ended Sept. 30") date one
 * happening: it keeps the most precise of them when one lies within the other. Dates that do
 * not overlap ("returned to work on Friday after a deal was reached late Thursday") are two
 * times: the title's is the main clause's, not the finer one of a clause hanging off it.
 */
function oneEventPerTitle(
	events: Candidate[],
	subordinate: Set<Candidate>,
	again: Set<Candidate>,
	quotedAt: Set<Candidate> = new Set()
): Candidate[] {
	type Kept = { event: Candidate; from: number; to: number; sub: boolean };
	const byTitle = new Map<string, Kept>();
	// A recurrence keeps its own place: one event per title and occasion.
	const key = (event: Candidate) =>
		again.has(event) ? `${event.title}\u0000${event.start.value}` : event.title;
	for (const event of events) {
		const kept = byTitle.get(key(event));
		const next: Kept = {
			event,
			from: Date.parse(event.start.earliest),
			to: Date.parse(event.start.latest),
			sub: subordinate.has(event)
		};
		const apart = kept && (next.to <= kept.from || kept.to <= next.from);
		// A date inside a quotation dates what the speaker tells, the saying's day only when it
		// was said: '"We bought the farm in 1990," Hayden said on Wednesday' is 1990's (dev18e).
		const speakers = kept && apart && quotedAt.has(event) !== quotedAt.has(kept.event);
		const better = !kept
			? true
			: speakers
				? quotedAt.has(event)
				: apart && next.sub !== kept.sub
					? kept.sub
					: next.to - next.from < kept.to - kept.from;
		if (better) byTitle.set(key(event), next);
	}
	return events.filter((e) => byTitle.get(key(e))!.event === e);
}

function confidence(date: FuzzyDate, quoted: boolean, hedged: boolean): number {
	let c = 0.9;
	if (date.precision === 'approximate') c -= 0.25;
	if (quoted) c -= 0.2;
	if (hedged) c -= 0.1;
	return Math.round(Math.max(0.1, c) * 100) / 100;
}

/**
 * Whether an offset of the sentence lies inside a quotation, from one pass over its quote
 * marks (so a run-on "sentence" with many dates is still read once).
 */
function quotation(text: string): (offset: number) => boolean {
	const marks: [number, 1 | -1][] = [];
	for (const m of text.matchAll(/[“”]|"/g)) {
		const i = m.index;
		const opens = m[0] === '“' || (m[0] === '"' && (i === 0 || /\s/.test(text[i - 1]!)));
		const closes =
			m[0] === '”' || (m[0] === '"' && /^(?:\s|$|[,.])/.test(text.slice(i + 1, i + 2)));
		if (opens) marks.push([i, 1]);
		else if (closes) marks.push([i, -1]);
	}
	// Depth after each mark, searched by halves: a lookup costs log(marks).
	const depths: number[] = [];
	let depth = 0;
	for (const [, d] of marks) depths.push((depth += d));
	return (offset) => {
		let lo = 0;
		let hi = marks.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (marks[mid]![0] < offset) lo = mid + 1;
			else hi = mid;
		}
		return lo > 0 && depths[lo - 1]! > 0;
	};
}

/** Where a clause of contrast begins: "…; this season …", "…, but on Tuesday the city …". */
const CONTRAST = /[;:—–]|\b(?:but|yet|while|whereas|though|although|except)\b/gi;

/** The words of a date's clause before it, from the last break of contrast. */
function clauseBefore(sentence: Sentence, timex: Timex): string {
	const before = textBefore(sentence, timex, 3 * NEAR);
	let from = 0;
	for (const m of before.matchAll(CONTRAST)) from = m.index + m[0].length;
	return before.slice(from);
}

/** Up to `reach` characters of the sentence just before a timex. */
function textBefore(sentence: Sentence, timex: Timex, reach = NEAR): string {
	const at = timex.start - sentence.start;
	return sentence.text.slice(Math.max(0, at - reach), at);
}

/** How near its publication a history's story must come for the report's day to be shown. */
const HISTORY_REACH_MS = 2 * 365.25 * 86_400_000;

/**
 * Whether the text tells of the days around its publication, so that the report's own day and
 * its lede's undated happening belong on the timeline: always for news; for a history only when
 * it names a date near that day (a news backgrounder heavy with history still tells today's
 * news; a war of the 1910s would otherwise be drawn as a sliver at the left of a century).
 */
function reachesPublication(genre: Genre, timexes: Timex[], published: Date): boolean {
	if (genre === 'news') return true;
	const from = published.getTime() - HISTORY_REACH_MS;
	const to = published.getTime() + 86_400_000;
	return timexes.some((x) => {
		if (x.type !== 'DATE' && x.type !== 'TIME') return false;
		const date = fuzzyDate(x.text, x.value, x.mod, published);
		if (!date) return false;
		const at = Date.parse(date.latest);
		return at >= from && Date.parse(date.earliest) < to;
	});
}

/**
 * The report's own day, from its dateline: the article never writes it, so it has no words as
 * written (a reader's card quotes none) and it belongs to the lede, what the report reports.
 */
function reportEvent(article: Article, lede: Sentence, published: Date): Candidate {
	const date = fuzzyDate('', article.published, undefined, published)!;
	return {
		sentence: lede,
		start: date,
		title:
			article.source && article.source !== 'unknown'
				? `${article.source.replace(/^the\s+/i, 'The ')} publishes this report`
				: 'This report is published',
		confidence: 1
	};
}

// (A pronoun or a modal tells no happening apart: "said it would publish" is "to publish".)
const STOP = new Set(
	'a an the of in on at to for and or but by with from as is was were be it its would will'.split(
		' '
	)
);
/** Word stems, so "killed" and "killing", "elected" and "election" count as one word. */
const stem = (word: string) => (word.length > 5 ? word.slice(0, 5) : word);
// (A possessive's "s" is no word: "Grace Okafor’s allies swept …" and "Grace Okafor’s opponent
// conceded" share a name, not three words.)
const contentWords = (title: string) =>
	new Set(
		title
			.toLowerCase()
			.replace(/['’]s\b/g, '')
			.split(/\W+/)
			.filter((w) => w && !STOP.has(w))
			.map(stem)
	);

function similar(a: Set<string>, b: Set<string>): boolean {
	const shared = [...a].filter((w) => b.has(w)).length;
	return shared / Math.max(1, Math.min(a.size, b.size)) >= 0.6;
}

/** Mentions of one day are one date whatever their hour or part ("late Monday", "Monday"). */
const dateKey = (d: FuzzyDate) =>
	d.precision === 'day' || d.precision === 'time'
		? d.value.slice(0, 10)
		: `${d.value}|${d.mod ?? ''}`;

const WEEK_MS = 7 * 86_400_000;

/** "also" or "too" after a sentence's first words: it tells a further happening (dev15e). */
const ANOTHER = /^(?:[\p{L}\p{N}'’.,-]+\s+){1,5}(?:also|too)\s+\p{Ll}/u;

/** How well a mention tells its happening: in a main clause, then in more words. */
const told = (c: Candidate) => (c.aside ? 0 : 1000) + c.title.length;

/**
 * A title's subject and past verb, as stems ("orbit unvei"), or null without a past verb in its
 * first words: a lede's "Orbit unveiled its first folding phone, betting on …" and "Orbit
 * unveiled the phone on Tuesday" tell one happening.
 */
function subjectAndVerb(title: string): string | null {
	const words = title
		.toLowerCase()
		.split(/[^\w']+/)
		.slice(0, SUBJECT_WORDS);
	const verb = words.findIndex((w) => isPastVerb(w));
	if (verb < 1) return null;
	return words
		.slice(0, verb + 1)
		.filter((w) => !STOP.has(w))
		.map(stem)
		.join(' ');
}
const SUBJECT_WORDS = 6;

/**
 * Two mentions of one happening (same date, much the same words) become one event. A
 * happening whose date was inferred yields to a written mention of it within a week: the
 * lede's "Orbit unveiled its phone" is the "Orbit unveiled the phone on Tuesday" further down.
 */
function mergeDuplicates(candidates: Candidate[]): Candidate[] {
	const kept: Candidate[] = [];
	// "Grant also won the boys' team title", after "Okafor of Grant High won the 400 on
	// Saturday": "also" says the sentence tells another happening, however many words it shares.
	const another = (c: Candidate) => ANOTHER.test(c.sentence.text);
	const byDate = new Map<string, { candidate: Candidate; words: Set<string> }[]>();
	const written: { candidate: Candidate; words: Set<string>; opening?: string | null }[] = [];
	for (const c of candidates.filter((c) => !c.start.inferred)) {
		const key = dateKey(c.start);
		const words = contentWords(c.title);
		const same = byDate.get(key) ?? [];
		const onOneDay = c.start.precision === 'day' || c.start.precision === 'time';
		const twin = another(c)
			? undefined
			: same.find(
					(other) => similar(words, other.words) || echoes(other.candidate.title, c.title, onOneDay)
				);
		if (twin && !similar(words, twin.words) && told(c) > told(twin.candidate)) {
			// "Pine Hollow fire began" (dated in a clause hanging off another) yields to "Fire
			// started near campground off Highway 299" (its own sentence's main clause).
			kept[kept.indexOf(twin.candidate)] = c;
			written[written.findIndex((w) => w.candidate === twin.candidate)] = { candidate: c, words };
			c.confidence = Math.min(1, Math.round((c.confidence + 0.05) * 100) / 100);
			Object.assign(twin, { candidate: c, words });
		} else if (twin) twin.candidate.confidence = Math.min(1, twin.candidate.confidence + 0.05);
		else {
			kept.push(c);
			same.push({ candidate: c, words });
			written.push({ candidate: c, words });
			byDate.set(key, same);
		}
	}
	for (const c of candidates.filter((c) => c.start.inferred)) {
		const words = contentWords(c.title);
		const at = Date.parse(c.start.earliest);
		const opening = subjectAndVerb(c.title);
		const twin = written.find(
			(w) =>
				!another(c) &&
				Math.abs(Date.parse(w.candidate.start.earliest) - at) <= WEEK_MS &&
				(similar(words, w.words) ||
					(opening !== null && opening === (w.opening ??= subjectAndVerb(w.candidate.title))))
		);
		if (twin) twin.candidate.confidence = Math.min(1, twin.candidate.confidence + 0.05);
		else kept.push(c);
	}
	return kept;
}

function withIds(candidates: Candidate[], article: string): TimelineEvent[] {
	const used = new Set<string>();
	return candidates
		.sort((a, b) => compareFuzzyDates(a.start, b.start) || a.sentence.start - b.sentence.start)
		.map((c) => {
			const base = eventId(c.start, c.title);
			let id = base;
			for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
			used.add(id);
			return {
				id,
				title: c.title,
				summary: c.sentence.text,
				start: c.start,
				...(c.end ? { end: c.end } : {}),
				source: { article, start: c.sentence.start, end: c.sentence.end },
				confidence: c.confidence,
				...(c.kind ? { kind: c.kind } : {})
			};
		});
}
