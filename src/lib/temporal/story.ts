/**
 * Story time: the time a text is telling about at each point, as opposed to the time it was
 * published. A news report tells of the days around its publication, so "in March" counts
 * from the publication date; a history ("On September 1, 1939, … By early October …") or a
 * retelling inside a report ("Trump lost on Nov. 3, 2020. In mid-December, …") tells of its own
 * time, so "in March" is the next March of the story. HeidelTime makes the same choice with a
 * news and a narrative mode set by hand; here a document-level prior (the genre, read from the
 * years the text names) sets the default and each expression's place (paragraph, distance from
 * the story's last date, tense) decides.
 */
import type { Ymd } from './calendar';
import { lowerAt, type Context, type Match, type Point } from './context';
import { pointAsDate } from './normalise';
import type { Tense } from './tense';
import { readYear } from './patterns/words';
import { MONTHS, WEEKDAYS } from './lexicon';
import { nounPhraseStart } from './noun-phrases';
import { IRREGULAR_PAST, NEW_PREDICATE } from './tense-cues';

/** "news": told around the publication date; "narrative": a history told in its own time. */
export type Genre = 'news' | 'narrative';

/** The last date the text told, and where and how it told it. */
export interface StoryTime {
	point: Point;
	/** The token after the expression. */
	at: number;
	paragraph: number;
	/**
	 * Told as the time of its clause ("on Nov. 3, 2020, …") rather than as a name's modifier
	 * ("the Dec. 21, 1988, bombing").
	 */
	adverbial: boolean;
	/** Told at the head of its sentence ("Last year, …", "In 2023, …"): it frames the sentence. */
	opens: boolean;
	/** Told by its weekday ("on Monday, Dec. 7", "On Tuesday"): a week told day by day. */
	weekday: boolean;
	/** Told as the start of its day ("early Wednesday"): a night's late hours come before it. */
	early: boolean;
	/** Told as a possessive opening its sentence: "Next year's race is scheduled for April 18". */
	possessive: boolean;
	/**
	 * Told as the last words of its sentence, after "in", or before a short phrase of its clause
	 * ("The first problems appeared in 2021.", "bought the building in 2019 for $1."; not
	 * "increasing its profits annually since 1980.").
	 */
	closes: boolean;
	/**
	 * Told as a stretch its clause goes through ("We got through 2023 because …", "during 2019"):
	 * a month its sentence goes on to tell in the past lies inside it.
	 */
	stretch: boolean;
	/**
	 * Told inside a relative clause ("Tran, who arrived from a college in Oregon in January 2024,
	 * has cut 48 positions"): background of a noun, not the report's line; after a date of its
	 * sentence's own, the tagger returns to that at the next sentence (tagger.ts, `backToLine`).
	 */
	aside: boolean;
	/**
	 * Told just after a date of the page's own year (the lede's "on Wednesday"): a report's
	 * background year, not a retelling already under way.
	 */
	afterNow: boolean;
	/**
	 * The story's date before this one, where it was another: a length may count from it past a
	 * flashback ("reached the comet on Aug. 6, 2021 … It had left Earth on June 2 … After 14
	 * months in orbit, …"; lengths-between.ts).
	 */
	previous: Point | null;
}

/** How many years before the publication a year must lie to be the story's past, not news. */
const PAST_YEARS = 2;
/** A history names several such years, and more of them than recent ones. */
const NARRATIVE_MIN_YEARS = 6;
const NARRATIVE_SHARE = 0.5;
/**
 * A text whose first sentence tells a year of the past ("At 6:40 on the morning of June 5,
 * 1977, the dam … gave way") opens a retelling: fewer past years make it a history.
 */
const RETOLD_MIN_YEARS = 4;

/**
 * The genre from the years the text names: a text whose years mostly lie well before its
 * publication ("1939", "490 BC") is a history; a report names this year's dates or none.
 */
export function genreOf(ctx: Context): Genre {
	const dct = ctx.dct;
	if (!dct) return 'news';
	let past = 0;
	let other = 0;
	let opensPast: boolean | undefined;
	let sentences = 0;
	for (let i = 0; i < ctx.tokens.length; i++) {
		if (ctx.tokens[i]!.sentenceStart) sentences++;
		const t = ctx.tokens[i]!;
		if (t.kind !== 'number') continue;
		const next = ctx.tokens[i + 1]?.lower;
		if (next === 'bc' || next === 'bce' || (next === 'b' && ctx.tokens[i + 3]?.lower === 'c')) {
			past++;
			continue;
		}
		const y = readYear(ctx, i);
		if (!y) continue;
		const isPast = y.value <= dct.y - PAST_YEARS;
		if (isPast) past++;
		else other++;
		opensPast ??= isPast && sentences <= 1;
	}
	const least = opensPast ? RETOLD_MIN_YEARS : NARRATIVE_MIN_YEARS;
	const pastHeavy = past >= least && past >= NARRATIVE_SHARE * (past + other);
	return pastHeavy && !opensOnItsOwnTime(ctx) ? 'narrative' : 'news';
}

/** How many tokens of a text's opening are read for a report's own time. */
const OPENING_TOKENS = 200;
/** Words that name the writer's own days: "today", "this week", a weekday with no date. */
const NOW_WORDS = new Set(['today', 'yesterday', 'tonight']);
const NOW_AFTER_THIS = new Set(['week', 'morning', 'afternoon', 'evening']);

/**
 * Whether the opening of a text tells of its own days: an obituary ("died on Monday"), a
 * profile or a backgrounder ("Until this week.") names many past years but is a report told
 * around its publication; a history opens in its own time. Quoted and reported words do not
 * count.
 */
function opensOnItsOwnTime(ctx: Context): boolean {
	const end = Math.min(ctx.tokens.length, OPENING_TOKENS);
	for (let i = 0; i < end; i++) {
		// A saying's "tonight" was said in the story's time ("the mayor said that the strike
		// would end tonight").
		if (ctx.quoted[i] || saidBefore(ctx, i)) continue;
		const w = ctx.tokens[i]!.lower;
		if (NOW_WORDS.has(w)) return true;
		if ((w === 'this' || w === 'last') && NOW_AFTER_THIS.has(ctx.tokens[i + 1]?.lower ?? ''))
			return true;
		// Full names only: "sun", "wed" and "sat" are words too.
		if (w.length >= 6 && WEEKDAYS.get(w) !== undefined && !datedWeekday(ctx, i)) return true;
	}
	return false;
}

/** "Sunday, December 7, 1941", "Monday 12 May": a weekday that a date follows names no now. */
function datedWeekday(ctx: Context, i: number): boolean {
	let j = i + 1;
	if (ctx.tokens[j]?.text === ',') j++;
	const next = ctx.tokens[j];
	return next !== undefined && (next.kind === 'number' || MONTHS.get(next.lower) !== undefined);
}

/**
 * The story moves on to each date the text tells, but not back to a coarser mention of its
 * own time: "On December 7 (December 8 in Asian time zones), 1941" stays on December 7.
 */
export function tell(ctx: Context, m: Match, paragraph: number): void {
	const point = m.point!;
	const before = ctx.tokens[m.start - 1]?.lower;
	const story = ctx.story;
	// A year told inside a clause ("a planned campaign in 1976", "the elections in 1974") is
	// background to a story told by months and days; a year opening its sentence moves it on.
	if (
		ctx.genre === 'narrative' &&
		point.m === undefined &&
		story?.point.m !== undefined &&
		!opensSentence(ctx, m.start)
	)
		return;
	// A report's "last year" counts from the page, not from the story: it does not renew an
	// earlier month the story told ("In March 2024, … pleaded guilty last year. … told jurors
	// on Oct. 28" is this Oct. 28).
	const deictic = ctx.genre === 'news' && isDeictic(ctx, m);
	const finer = story && within(story.point, point) && !deictic ? story.point : point;
	ctx.story = {
		point: finer,
		at: m.end,
		paragraph,
		adverbial: before !== 'the' && before !== 's',
		aside: inRelativeAside(ctx, m.start),
		opens: opensSentence(ctx, m.start),
		early: finer === point && point.d !== undefined && m.mod === 'START',
		weekday: finer === point && WEEKDAYS.get(lowerAt(ctx, m.start)) !== undefined,
		closes: before === 'in' && endsItsSentence(ctx, m.end),
		stretch: STRETCHES.has(before ?? ''),
		afterNow:
			story !== null && story !== undefined && ctx.dct !== null && story.point.y >= ctx.dct.y,
		// (Only a date told as the time of its clause: "the 1988 cease-fire" names a thing.)
		previous:
			story && story.point !== finer && story.adverbial ? story.point : (story?.previous ?? null),
		possessive:
			opensSentence(ctx, m.start) &&
			["'", '’'].includes(ctx.tokens[m.end]?.text ?? '') &&
			lowerAt(ctx, m.end + 1) === 's'
	};
}

/** Prepositions that tell a date as a stretch of time gone through. */
const STRETCHES = new Set(['through', 'throughout', 'during']);

/** Words that open a relative clause: ", who arrived …", "an advisory that began …". */
const RELATIVES = new Set(['who', 'which', 'whose', 'whom', 'that']);

/** Verbs whose object a "that" clause follows: "told the reporters that …" is what was said. */
const TELLING = new Set(['told', 'tell', 'tells', 'informed', 'assured', 'reminded', 'warned']);

/**
 * Whether token i stands in a relative clause of its sentence: one set off by a comma (",
 * who …", ", which …") or one hanging from a noun phrase ("a boil-water advisory that began when
 * a 36-inch main split open on Sunday night"; not "told the reporters that …").
 */
function inRelativeAside(ctx: Context, i: number): boolean {
	if (ctx.tokens[i]?.sentenceStart) return false;
	for (let j = i - 1; j > 0; j--) {
		const t = ctx.tokens[j]!;
		if (RELATIVES.has(t.lower)) {
			if (t.lower !== 'that' && ctx.tokens[j - 1]?.text === ',') return true;
			const noun = nounPhraseStart(ctx, j - 1);
			return noun >= 0 && !TELLING.has(lowerAt(ctx, noun - 1));
		}
		if (t.sentenceStart || t.text === ',' || t.text === ';' || t.text === ':') return false;
	}
	return false;
}

/** How many tokens of phrase may follow a year that still closes its sentence. */
const CLOSING_TAIL = 12;
/** Words that open a clause of its own after the year: "in 2019, when …", "in 1980 until …". */
const TAIL_CLAUSE = new Set(
	'when after before since until while which who whom whose that because although but then'.split(
		' '
	)
);

/**
 * Whether the sentence ends at token i, or after a short phrase of the same clause that names
 * no other date: "appeared in 2021.", "opened the bakery in 1979 with a borrowed oven and a sign
 * painted by a neighbor.", "bought the building from the city in 2019 for $1." (not "in 2019,
 * when …", "in 1998 and went public in 2012").
 */
function endsItsSentence(ctx: Context, i: number): boolean {
	for (let j = i; j <= i + CLOSING_TAIL; j++) {
		const t = ctx.tokens[j];
		if (!t) return false;
		if (t.text === '.') return ctx.tokens[j + 1]?.sentenceStart !== false;
		// (A thousands separator is no break: "took the job in 1963 for $4,800 a year.")
		const inNumber = t.text === ',' && !t.spaced && ctx.tokens[j + 1]?.spaced === false;
		if (t.sentenceStart || (t.text === ',' && !inNumber) || t.text === ';' || t.text === ':')
			return false;
		if (TAIL_CLAUSE.has(t.lower) || MONTHS.get(t.lower) !== undefined || readYear(ctx, j))
			return false;
	}
	return false;
}

/** Words that open an expression counted from the page's own day: "last year", "this fall". */
const DEICTIC_OPENERS = new Set(['last', 'this', 'next', 'past', 'coming']);

function isDeictic(ctx: Context, m: Match): boolean {
	return (
		DEICTIC_OPENERS.has(ctx.tokens[m.start]?.lower ?? '') || ctx.tokens[m.end - 1]?.lower === 'ago'
	);
}

/** How far (in tokens) a year opening a sentence frames the past sentences of its paragraph. */
const FRAMING_REACH = 80;

/**
 * The year a report's sentence is framed in when it opens with one of an earlier year ("Last
 * year, Ms. Holt promised in March …", "In 2023, the club fired its coach in May"): a month
 * or day it leaves without a year lies in it. A backgrounder's paragraph goes on in that year
 * while it tells the past ("In 1958 the school faced its worst year. A fire destroyed the
 * gymnasium in February" is February 1958); a clause not told in the past after the year's
 * own sentence, a new paragraph or a clause looking ahead returns to the page's time. Else
 * null.
 */
export function framingYear(ctx: Context, i: number, tense: Tense, m?: number): number | null {
	const story = ctx.story;
	const dct = ctx.dct;
	// "Next year's race is scheduled for April 18", "Last year's race was run on April 20": a
	// sentence about a year's thing dates its bare months and days in that year.
	const yearly = story?.point.m === undefined && story?.point.q === undefined;
	if (story?.possessive && yearly && sameSentence(ctx, story.at, i)) return story.point.y;
	if (ctx.genre !== 'news' || !story || !dct || tense === 'future') return null;
	if (!story.adverbial || story.point.m !== undefined || story.point.y >= dct.y) return null;
	// A return to the page's time ends the frame: "In 2019, the sheriff sent the evidence to a
	// laboratory. Now the case has a suspect. In November, the lab identified a match" is this
	// November (BACK_TO_NOW).
	if (backToNow(ctx, story.at, i)) return null;
	// A quarter is no year: "Fourth-quarter profit fell [2025]. In January, the company cut 600
	// jobs" runs on past the quarter, into the January after it.
	if (story.point.q !== undefined) return null;
	let sentences = 0;
	for (let j = story.at; j <= i; j++) if (ctx.tokens[j]?.sentenceStart) sentences++;
	// A past year closing its sentence frames a month opening the next one: "The first problems
	// appeared in 2021. In March, a tunnel boring machine stalled" is March 2021. But a report
	// that was telling its own days gives a year as background, and goes on in its own year
	// where the month allows: "said on Wednesday that it would cut 600 jobs. The plant opened in
	// 2022. In January, the company stopped a line" (told in April) is this January.
	const background = story.afterNow && m !== undefined && m < dct.m;
	// "We got through 2023 because the tourists came back by July": July of the year gone through
	// (not of one after it: "fell throughout 2024 before recovering in March").
	if (story.stretch && tense === 'past' && sameSentence(ctx, story.at, i))
		return goesBeyond(ctx, story.at, i) ? null : story.point.y;
	if (!story.opens)
		return story.closes &&
			!background &&
			sentences === 1 &&
			tense === 'past' &&
			opensSentence(ctx, i)
			? story.point.y
			: null;
	if (sentences === 0) return story.point.y;
	const sameParagraph = ctx.tokens[i]?.paragraph === story.paragraph;
	return sameParagraph && tense === 'past' && i - story.at <= FRAMING_REACH ? story.point.y : null;
}

/** Words that move a clause past a stretch just told: "… throughout 2024 before recovering in March". */
const BEYOND = new Set(['before', 'after', 'until', 'till', 'since', 'then', 'later']);

function goesBeyond(ctx: Context, from: number, to: number): boolean {
	for (let j = from; j < to; j++) if (BEYOND.has(lowerAt(ctx, j))) return true;
	return false;
}

/** Whether no sentence starts among tokens [from, to]. */
export function sameSentence(ctx: Context, from: number, to: number): boolean {
	for (let j = from; j <= to; j++) if (ctx.tokens[j]?.sentenceStart) return false;
	return true;
}

/** "1918" as a heading, "In 1944, …", "By 1940 …": the expression opens its sentence. */
function opensSentence(ctx: Context, i: number): boolean {
	const t = ctx.tokens[i]!;
	if (t.sentenceStart) return true;
	const before = ctx.tokens[i - 1];
	return before !== undefined && before.kind === 'word' && before.sentenceStart;
}

/** Whether point a lies inside the coarser point b ("December 7, 1941" inside "1941"). */
function within(a: Point, b: Point): boolean {
	if (a.y !== b.y) return false;
	if (b.m !== undefined) return a.m === b.m && b.d === undefined;
	if (b.q !== undefined) return a.m !== undefined && Math.ceil(a.m / 3) === b.q;
	return true;
}

/** How near (in tokens) a news report's retelling must have named its date to continue it. */
const NEWS_REACH = 60;

/**
 * The story time an underspecified expression at token i counts from, or null when it counts
 * from the publication date. A history's story time holds until the text names another; in a
 * news report a retelling holds only just after its date, for a clause not looking ahead, and
 * only when the date was a month or day of an earlier year (a bare year is often background).
 */
export function storyTimeAt(ctx: Context, i: number, tense: Tense, m?: number): Point | null {
	const story = ctx.story;
	const dct = ctx.dct;
	if (!story || !dct) return null;
	const p = story.point;
	if (ctx.genre === 'narrative') return isBefore(p, dct) && !backToNow(ctx, story.at, i) ? p : null;
	if (!story.adverbial || tense === 'future' || p.y >= dct.y) return null;
	// A relative clause's date is background of a name: the next sentence is the report's again
	// ("Tran, who arrived … in January 2024, has cut 48 positions. She said the fiscal year that
	// ended on June 30 …" is this June 30; dev12).
	// Nor within the sentence once the relative clause has closed: "The mill, which its owner
	// closed in April 2023, blaming high costs, was bought in January" is this January (dev14).
	if (story.aside && (!sameSentence(ctx, story.at, i) || predicateResumes(ctx, story.at, i)))
		return null;
	// A season of an earlier year holds the months it spans: "The following spring [2025],
	// conservators removed the varnish. In April, …" is April 2025 (dev10, dev11).
	const spans = m !== undefined && p.m === undefined && seasonHolds(p, m);
	if (p.m === undefined && !spans) return null;
	// A new paragraph of a report returns to its news: "In June 2019, …" does not reach a bare
	// "March 9" told after the break, however near. A retelling told day by day ("lifted off
	// on April 11, 1970.¶On the evening of April 13, …") is a scene that goes on, and so is a
	// day of the month or season just told that opens the next paragraph ("The following spring,
	// conservators removed a century of varnish.¶On April 9, they found the signature").
	if (ctx.tokens[i]?.paragraph !== story.paragraph && p.d === undefined) {
		const inside = spans || (m !== undefined && p.m === m);
		if (!inside || !opensNextParagraph(ctx, i, story.paragraph)) return null;
	}
	if (i - story.at <= NEWS_REACH) return p;
	return p.d !== undefined && tense === 'past' && retellingGoesOn(ctx, story.at, i) ? p : null;
}

/**
 * Words with which a history's narrator comes back to the page's own time, at the head of a
 * sentence of narration: the bare months after them count from the publication, not from the
 * story's last date. A piece that opens on an old story and goes on to the news of it is told
 * so; a history moves forward and does not come back (WikiWars' "now" is the story's: "Dung now
 * urged the Politburo", "The Persians had now captured most of Greece"). Each row: the words,
 * whether the sentence must be told in the present, and the example that called for it.
 */
export const BACK_TO_NOW: { words: string[]; present: boolean; example: string }[] = [
	{
		words: ['now'],
		present: true,
		example: 'Now, 32 years later, the case has a suspect. In November, the lab identified a match.'
	},
	{
		words: ['today'],
		present: true,
		example: 'Today the wreck lies in 180 feet of water. In June, divers mapped the lake bed.'
	},
	{
		words: ['this', 'year'],
		present: false,
		example: 'This year, a team of volunteer divers took up the search again. In June, …'
	},
	{
		words: ['earlier', 'this', 'year'],
		present: false,
		example: 'Earlier this year, the sheriff reopened the file. In March, …'
	},
	{
		words: ['last', 'year'],
		present: false,
		example: 'Last year, the family asked for new tests. In May, …'
	}
];

/** Words that tell a sentence in the narrator's present: "the case has a suspect". */
const PRESENT_VERBS = new Set([
	'is',
	'are',
	'am',
	'has',
	'have',
	'remains',
	'remain',
	'lies',
	'lie'
]);
/** How many tokens of its sentence a row told in the present looks at for its verb. */
const PRESENT_REACH = 12;
/** How many tokens back from an expression a return to the page's time is looked for. */
const BACK_TO_NOW_SCAN = 400;

/**
 * Whether the narrator of a history comes back to the page's time between tokens `from` and
 * `to` (both included): a row of BACK_TO_NOW opens a sentence there, outside quotations.
 */
export function backToNow(ctx: Context, from: number, to: number): boolean {
	for (let j = Math.max(from, to - BACK_TO_NOW_SCAN); j <= to; j++) {
		const t = ctx.tokens[j];
		if (!t?.sentenceStart || ctx.quoted[j]) continue;
		for (const row of BACK_TO_NOW) {
			if (!row.words.every((w, k) => lowerAt(ctx, j + k) === w)) continue;
			if (!row.present || toldInPresent(ctx, j + row.words.length)) return true;
		}
	}
	return false;
}

/** How many tokens back the head of an expression's sentence is looked for. */
const SENTENCE_REACH = 60;

/**
 * Whether the sentence of token i opens with a return to the page's time (BACK_TO_NOW): "Now,
 * 32 years later, the case has a suspect" counts its years from the story up to the page.
 */
export function opensBackToNow(ctx: Context, i: number): boolean {
	for (let j = i; j >= 0 && i - j <= SENTENCE_REACH; j--)
		if (ctx.tokens[j]!.sentenceStart) return backToNow(ctx, j, j);
	return false;
}

/** Whether a present verb follows token i within its sentence ("Now, 32 years later, the case has …"). */
function toldInPresent(ctx: Context, i: number): boolean {
	for (let j = i; j < i + PRESENT_REACH; j++) {
		const t = ctx.tokens[j];
		if (!t || t.sentenceStart) return false;
		if (PRESENT_VERBS.has(t.lower) && !ctx.quoted[j]) return true;
	}
	return false;
}

/** How many tokens on a retelling told by days is looked for at all. */
const RETELLING_SCAN = 2000;
/** How many of the narrator's tokens (quotations aside) a retelling told by days goes on for. */
const NARRATION_REACH = 400;
/**
 * Words of the narrator's present: a clause told in them returns to the page's time ("the
 * younger generations have played …, where his relatives are fighting for custody").
 */
const PRESENT_CUES = new Set(['is', 'are', 'am', 'has', 'have', 'says', 'say', 'now', 'today']);
/** Words before "have" that make it a perfect of the past: "could have", "would have". */
const PAST_PERFECT_MODALS = new Set(['could', 'would', 'might', 'must', 'should', 'may']);

/**
 * Whether a report's retelling told by days goes on from token `from` to token i beyond the
 * news reach: the narrator has told nothing in the present since (quotations aside, and a
 * relative clause's "who is now 83"), within a few paragraphs of narration. An anniversary
 * piece's long paragraphs and quoted witnesses ("… was launched within twenty minutes, with a
 * crew of eight under the coxswain, …¶"You didn't think about it," said Billy Treloar …¶On 20
 * December the lifeboat reached the coaster", told on 20 December 2025) stay in 1965, where the
 * page's own date, a day away in the calendar, took them. Nothing dated was told since either:
 * a date of the page's own days ("On Friday", "This week") becomes the story's last date and
 * ends the retelling. The caller asks a past clause.
 */
function retellingGoesOn(ctx: Context, from: number, i: number): boolean {
	if (i - from > RETELLING_SCAN) return false;
	let narrated = 0;
	for (let j = from; j < i; j++) {
		if (ctx.quoted[j]) continue;
		narrated++;
		const w = ctx.tokens[j]!.lower;
		if (!PRESENT_CUES.has(w)) continue;
		const before = lowerAt(ctx, j - 1);
		if (before === 'who' || before === 'which') continue;
		if (w === 'have' && PAST_PERFECT_MODALS.has(before)) continue;
		return false;
	}
	return narrated <= NARRATION_REACH;
}

/**
 * Whether the main predicate resumes between tokens `from` and `to`: a comma, then a finite verb
 * or an auxiliary ("…, was bought", "…, reopened"), where a relative clause set off by commas
 * ends; not a participle or a noun of the clause's own (", blaming high costs", ", a company …").
 */
function predicateResumes(ctx: Context, from: number, to: number): boolean {
	for (let j = from; j < to; j++) {
		if (ctx.tokens[j]!.text !== ',') continue;
		const next = ctx.tokens[j + 1];
		if (!next || next.kind !== 'word' || next.text[0] !== next.lower[0]) continue;
		if (NEW_PREDICATE.has(next.lower) || IRREGULAR_PAST.has(next.lower)) return true;
		if (next.lower.length > 4 && next.lower.endsWith('ed') && !next.lower.endsWith('eed'))
			return true;
	}
	return false;
}

/** Months of a season within its own year: spring, summer and fall (a winter spans two). */
const SEASON_MONTHS: Readonly<Record<string, readonly number[]>> = {
	SP: [3, 4, 5],
	SU: [6, 7, 8],
	FA: [9, 10, 11]
};

/** Whether month m lies inside the season point p names. */
function seasonHolds(p: Point, m: number): boolean {
	return p.s !== undefined && (SEASON_MONTHS[p.s]?.includes(m) ?? false);
}

/** Whether token i opens the paragraph right after `paragraph`, past a word or two ("On", "In early"). */
function opensNextParagraph(ctx: Context, i: number, paragraph: number): boolean {
	const here = ctx.tokens[i]?.paragraph;
	if (here !== paragraph + 1) return false;
	for (let j = i - 1; j >= 0 && j >= i - 2; j--) if (ctx.tokens[j]!.paragraph !== here) return true;
	return ctx.tokens[i - 3]?.paragraph !== here;
}

function isBefore(p: Point, dct: Ymd): boolean {
	if (p.y !== dct.y) return p.y < dct.y;
	return p.m !== undefined && p.m < dct.m;
}

/**
 * The year of a month named without one in a story. A report's retelling runs forward ("shot
 * on Oct. 23 … But on April 8" is the April after). A history also steps back ("seized Manila
 * in March [1945] … from October to March" is the October before), so it takes the nearest
 * such month. A clause looking ahead ("would fall by May") takes the next one.
 */
export function yearInStory(genre: Genre, story: Point, m: number, tense: Tense): number {
	if (story.m === undefined) return story.y;
	// A report's past clause may step back a season before the story's day, to what led up to
	// it: "On May 18, 1980, the volcano erupted. An earthquake on March 20 was followed by …" is
	// March 1980, not 1981 (a blind article).
	const back = (story.m - m + 12) % 12;
	if (genre === 'news' && tense === 'past' && back > 0 && back <= FLASHBACK_MONTHS)
		return m < story.m ? story.y : story.y - 1;
	if (tense === 'future' || genre === 'news') return m >= story.m ? story.y : story.y + 1;
	const delta = m - story.m;
	return delta > HALF_YEAR ? story.y - 1 : delta < -HALF_YEAR ? story.y + 1 : story.y;
}

const HALF_YEAR = 6;
/** How many months before a report's story day a past clause's month is a flashback. */
const FLASHBACK_MONTHS = 3;

/**
 * The day an open expression at token i ("the end of the year", "the summer") counts from:
 * the story's time where it applies, else the publication date.
 */
export function storyOrPublication(ctx: Context, i: number, tense: Tense): Ymd | null {
	const story = storyTimeAt(ctx, i, tense);
	return story ? pointAsDate(story) : ctx.dct;
}

/**
 * The story's last date when its own sentence told it with a month, no later than the
 * publication (a saying's day); else null ("payable Jan. 2 to stock of record Dec. 15" told in
 * November counts from the publication, not from January).
 */
export function toldInSentence(ctx: Context, i: number): Point | null {
	const story = ctx.story;
	const dct = ctx.dct;
	if (!story || !dct || story.point.m === undefined || !story.adverbial) return null;
	const { y, m } = story.point;
	if (y > dct.y || (y === dct.y && m > dct.m)) return null;
	// A future told in the past ("would open"): a "will" looks ahead of the page, not the saying.
	let pastFuture = false;
	for (let j = story.at; j <= i; j++) {
		if (ctx.tokens[j]?.sentenceStart) return null;
		if (FUTURE_IN_PAST.has(lowerAt(ctx, j))) pastFuture = true;
	}
	return pastFuture ? story.point : null;
}

const FUTURE_IN_PAST = new Set(['would', 'planned', 'intended', 'hoped']);

/** Past verbs of saying: what they report was said in the story's time. */
const SAID = new Set(
	'said told announced declared wrote added replied proclaimed stated insisted warned promised'.split(
		' '
	)
);
/** Words between a verb of saying and its own date: "said early today", "told on Monday". */
const SAYING_DATE = new Set('on in at early late earlier later this last just'.split(' '));
/** How far back in its sentence a saying's verb is looked for. */
const SAID_REACH = 40;

/**
 * The time a saying in a history was said, for its "today", "tomorrow" or "this year": the
 * story's time, not the day the page was written ("Nixon said in an announcement, 'I am
 * tonight announcing …'"). A saying is a quotation or a clause after a past verb of saying in
 * the same sentence. In a news report (or outside a saying) null: those count from the
 * publication date.
 */
export function sayingTime(ctx: Context, i: number): Point | null {
	if (ctx.genre !== 'narrative') return retoldQuotation(ctx, i);
	if (!ctx.quoted[i] && !saidBefore(ctx, i)) return null;
	return storyTimeAt(ctx, i, 'past');
}

/**
 * The time a report's quotation was said when the report retells it from an earlier year: 'In
 * March 2019, its founder told shareholders: "We will double the fleet this year."' is 2019's
 * year, never the page's; so is a quotation said "at the time" of the date the sentence before
 * told. Only a date of the clause's time (no relative clause's, "Reed, who founded the airline
 * in 2019, said: …"), told outside the quotation in its own sentence; else null, and the
 * quotation counts from the publication, as a report's sayings do.
 */
function retoldQuotation(ctx: Context, i: number): Point | null {
	const story = ctx.story;
	const dct = ctx.dct;
	if (!ctx.quoted[i] || !story || !dct || story.point.y >= dct.y) return null;
	if (!story.adverbial || story.aside || ctx.quoted[story.at - 1]) return null;
	if (sameSentence(ctx, story.at, i)) return story.point;
	return atTheTime(ctx, i) && sentencesBetween(ctx, story.at, i) <= 1 ? story.point : null;
}

/** How many sentences open from token `from` to token `to`. */
function sentencesBetween(ctx: Context, from: number, to: number): number {
	let n = 0;
	for (let j = from; j <= to; j++) if (ctx.tokens[j]?.sentenceStart) n++;
	return n;
}

/** Whether the sentence of token i says its saying was "at the time" (outside quotations). */
function atTheTime(ctx: Context, i: number): boolean {
	let start = i;
	while (start > 0 && !ctx.tokens[start]!.sentenceStart) start--;
	for (let j = start; j < ctx.tokens.length && (j === start || !ctx.tokens[j]!.sentenceStart); j++)
		if (
			!ctx.quoted[j] &&
			lowerAt(ctx, j) === 'at' &&
			lowerAt(ctx, j + 1) === 'the' &&
			lowerAt(ctx, j + 2) === 'time'
		)
			return true;
	return false;
}

/**
 * Whether a past verb of saying comes before token i in its sentence, but not as the verb the
 * expression dates: "he said last year", "said early today" date the saying itself.
 */
function saidBefore(ctx: Context, i: number): boolean {
	let k = i - 1;
	while (k >= 0 && SAYING_DATE.has(ctx.tokens[k]!.lower)) k--;
	if (k >= 0 && SAID.has(ctx.tokens[k]!.lower)) return false;
	for (let j = k; j >= 0 && i - j <= SAID_REACH; j--) {
		if (SAID.has(ctx.tokens[j]!.lower)) return true;
		if (ctx.tokens[j]!.sentenceStart) return false;
	}
	return false;
}

/** Verbs that report a lede at its end: "…, the brigade said on Wednesday." */
const REPORTING = new Set('said told announced confirmed reported stated added wrote'.split(' '));
/** How many tokens a trailing speaker may take: ", West Yorkshire Fire and Rescue Service said". */
const SPEAKER_REACH = 10;
/** Words that make the verb a passive or a participle, no speaker's: "the result was declared". */
const NO_SPEAKER = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'with']);

/**
 * Whether the date from token i to `end` is a trailing attribution's, the day a report's lede
 * was said: after a comma, a speaker and a past verb of reporting, the date ending the sentence
 * ("…, West Yorkshire Fire and Rescue Service said on Wednesday."). Not "with the result
 * declared at 3.40am today", nor a saying that opens its sentence.
 */
export function datesSaying(ctx: Context, i: number, end: number): boolean {
	const after = ctx.tokens[end];
	if (after && after.text !== '.' && !after.sentenceStart) return false;
	let k = i - 1;
	while (k >= 0 && SAYING_DATE.has(ctx.tokens[k]!.lower)) k--;
	if (k < 0 || !REPORTING.has(ctx.tokens[k]!.lower)) return false;
	for (let j = k - 1; j >= 0 && k - j <= SPEAKER_REACH; j--) {
		const t = ctx.tokens[j]!;
		if (t.text === ',') return j < k - 1;
		if (t.sentenceStart || NO_SPEAKER.has(t.lower)) return false;
	}
	return false;
}

/** Whether a point is precise enough to count a unit of `grain` from ("this week" needs a day). */
export function holdsGrain(p: Point, grain: string): boolean {
	if (grain === 'D' || grain === 'W') return p.d !== undefined;
	if (grain === 'M') return p.m !== undefined;
	if (grain === 'Q') return p.m !== undefined || p.q !== undefined;
	return true;
}

/** How many sentence breaks back "just before" reaches: this sentence or the last. */
const JUST_BEFORE_SENTENCES = 1;

/** The story's time if the text told it in this sentence or the one before, else null. */
export function toldJustBefore(ctx: Context, i: number): Point | null {
	const story = ctx.story;
	if (!story || !story.adverbial || i - story.at > NEWS_REACH) return null;
	let breaks = 0;
	for (let j = story.at; j <= i; j++) if (ctx.tokens[j]!.sentenceStart) breaks++;
	return breaks <= JUST_BEFORE_SENTENCES ? story.point : null;
}
