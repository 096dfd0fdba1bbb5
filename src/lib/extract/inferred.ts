/**
 * Undated happenings. Half of what a news story reports sits in sentences with no date of
 * their own: the lede's "The Nasdaq fell 3 percent" happened on the report's day (or the
 * weekday the next sentence names), and "Police arrested two men" after "A bomb exploded on
 * Friday" continues Friday's story. Such happenings take the date of their context, marked as
 * inferred and held less sure, and only when the context is plain: a lede's past happening, or
 * a past happening right after a dated sentence of the same paragraph.
 */
import { fuzzyDate } from '../timeline/fuzzy-date';
import type { FuzzyDate, Timex } from '../timeline/types';
import type { Candidate } from './events';
import { hasOwnTime, telling } from './happenings';
import { datelineLength, type Sentence } from './sentences';
import { titleFor } from './titles';
import { reportOf } from './reported-periods';

const DAY = 86_400_000;
/** How many days before publication a weekday named after the lede may lie. */
const WEEK = 6;
/** How many sentences after the lede may name its day. */
const LEDE_REACH = 2;
const TITLE_CHARS = 600;

const LEDE_CONFIDENCE = 0.6;
const FOLLOW_ON_CONFIDENCE = 0.5;

/**
 * Precisions a follow-on sentence may inherit. A day is a scene the story goes on telling; a
 * year or a month ("Orbit shipped 14 million phones last year.") is as often background,
 * after which the story returns to its news.
 */
const INHERITED = new Set(['time', 'day']);

/**
 * The lede's date: the day the next sentences name when it is a day of the week before
 * publication ("The Dow fell 500 points. On Tuesday, …"), else the publication day itself.
 */
export function ledeDate(sentences: Sentence[], timexes: Timex[], published: Date): FuzzyDate {
	const lede = sentences[0]!;
	const next = sentences.slice(1, 1 + LEDE_REACH).filter((s) => s.paragraph <= lede.paragraph + 1);
	for (const s of next) {
		for (const x of timexes) {
			// "currently", "now": the present, no day the lede's happening could have taken.
			if (x.start < s.start || x.end > s.end || x.type !== 'DATE' || /_REF$/.test(x.value))
				continue;
			const date = fuzzyDate(x.text, x.value, x.mod, published);
			const at = date ? Date.parse(date.earliest) : NaN;
			const days = (published.getTime() - at) / DAY;
			if (date?.precision === 'day' && days >= 0 && days <= WEEK) return date;
		}
	}
	const day = published.toISOString().slice(0, 10);
	return fuzzyDate(formatDay(published), day, undefined, published)!;
}

/** What a context rule sees: the sentence, the one before it, and what was found so far. */
export interface Setting {
	sentence: Sentence;
	previous: Sentence | undefined;
	/** Whether the previous sentence is the lede, alone in its paragraph. */
	afterLede: boolean;
	/** The story's first sentence. */
	lede: Sentence;
	candidates: Candidate[];
	published: Date;
}

/**
 * The contexts an undated happening may take its date from, most certain first: each row says
 * which earlier date the sentence continues, how sure that is, and the example that called for
 * it. (The lede itself takes the report's day: ledeDate.)
 */
export const CONTINUATIONS: {
	example: string;
	confidence: number;
	/** Which of the previous sentence's events the sentence continues, if any. */
	continues: (setting: Setting) => Candidate[] | null;
}[] = [
	{
		// A market's session of the day the story tells: its lede's written day.
		example:
			'Harbor Foods said on Thursday that its profit fell. … Shares of the grocer fell 7 percent in morning trading.',
		confidence: 0.5,
		continues: ({ sentence, lede, candidates }) =>
			SESSION.test(sentence.text) && lede !== sentence
				? candidates.filter(
						(c) => c.sentence === lede && !c.start.inferred && INHERITED.has(c.start.precision)
					)
				: null
	},
	{
		example: 'A bomb exploded outside the embassy on Friday. Police arrested two men.',
		confidence: 0.5,
		continues: ({ sentence, previous, candidates }) =>
			previous?.paragraph === sentence.paragraph
				? eventsOf(previous, candidates).filter((c) => !c.start.inferred)
				: null
	},
	{
		// Wire copy gives the lede a paragraph of its own; the next one goes on with its scene.
		example:
			'Chidi Okafor beat Lars Berglund on Sunday to win the U.S. Open.¶The 23-year-old saved two match points.',
		confidence: 0.5,
		continues: ({ previous, afterLede, candidates }) =>
			afterLede ? eventsOf(previous!, candidates).filter((c) => !c.start.inferred) : null
	},
	{
		// A run of past happenings goes on from the last written day, a step less sure each time.
		example:
			'On the evening of April 13, an oxygen tank exploded. Lovell radioed Houston. The crew moved into the lunar module.',
		confidence: 0.4,
		continues: ({ sentence, previous, candidates }) =>
			previous?.paragraph === sentence.paragraph
				? eventsOf(previous, candidates).filter(
						(c) => c.start.inferred && c.confidence === FOLLOW_ON_CONFIDENCE
					)
				: null
	}
];

/** A trading session of the day: "in morning trading", "in early trading on the Nasdaq". */
const SESSION = /\bin\s+(?:early|morning|midday|afternoon|late)\s+trading\b/i;

/** The events of a sentence, from the candidates found so far. */
const eventsOf = (sentence: Sentence, candidates: Candidate[]) => {
	const found: Candidate[] = [];
	for (let k = candidates.length - 1; k >= 0 && candidates[k]!.sentence === sentence; k--)
		found.push(candidates[k]!);
	return found;
};

/**
 * The date a sentence continues, and how sure that is: the one date of the sentence it goes
 * on from, when that names a day (or a time) and is no plan.
 */
export function continuedDate(setting: Setting): { date: FuzzyDate; confidence: number } | null {
	for (const rule of CONTINUATIONS) {
		const told = rule.continues(setting);
		// A period's result told inside the day's report of it is that report's happening.
		const before = told?.filter((c) => !reportOf(c, told));
		if (!before?.length) continue;
		// With two dates the sentence tells two times, and which one goes on is anyone's guess.
		if (before.length !== 1 || before[0]!.kind === 'plan') return null;
		// Only the previous sentence's main happening goes on: not a date in its relative clause
		// ("an acquisition, which was terminated on Sept. 27") or on a noun ("its record high
		// set on Aug. 6").
		if (before[0]!.aside) return null;
		const date = dayOfClock(before[0]!.end ?? before[0]!.start, setting.published);
		if (
			!INHERITED.has(date.precision) ||
			/_REF$/.test(date.value) ||
			Date.parse(date.earliest) > setting.published.getTime()
		)
			return null;
		return { date, confidence: rule.confidence };
	}
	return null;
}

/**
 * A clock time told roughly ("At about 9.40pm on 3 March 1952, … the spans gave way") still
 * names its day, which the sentences after it go on with ("The locomotive … fell into the
 * water"): its day, since "about" blurs the minute, not the day.
 */
export function dayOfClock(date: FuzzyDate, published: Date): FuzzyDate {
	if (date.precision !== 'approximate' || !/^\d{4}-\d{2}-\d{2}T\d/.test(date.value)) return date;
	return fuzzyDate(date.text, date.value.slice(0, 10), undefined, published) ?? date;
}

/** Whether a sentence after the lede tells a past happening that could continue a date. */
export function mayContinue(sentence: Sentence): boolean {
	const text = sentence.text.slice(0, TITLE_CHARS);
	const told = telling(text);
	return told.past && !told.speech && !hasOwnTime(text);
}

/** The sentence's happening at the inferred date, or null when it tells no past happening. */
export function inferredEvent(
	sentence: Sentence,
	date: FuzzyDate,
	lede: boolean,
	confidence = lede ? LEDE_CONFIDENCE : FOLLOW_ON_CONFIDENCE
): Candidate | null {
	const skip = lede ? datelineLength(sentence) : 0;
	const text = sentence.text.slice(skip, skip + TITLE_CHARS);
	// A present perfect ("officials have concluded") says nothing of when: it is not dated.
	const told = telling(text);
	if (hasOwnTime(text)) return null;
	// After a dated sentence, "he said" is the story's voice, not a new happening.
	if (!told.past || (told.speech && !lede)) return null;
	const title = titleFor(text, null);
	if (title.split(' ').length < 2) return null;
	return {
		sentence,
		start: { ...date, inferred: true },
		title,
		confidence
	};
}

/** Made once: building a date formatter costs more than a whole article's tagging. */
const DAY_FORMAT = new Intl.DateTimeFormat('en-US', {
	timeZone: 'UTC',
	year: 'numeric',
	month: 'long',
	day: 'numeric'
});

export function formatDay(day: Date): string {
	return DAY_FORMAT.format(day);
}
