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
import { telling } from './happenings';
import { datelineLength, type Sentence } from './sentences';
import { titleFor } from './titles';

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

/**
 * The date a sentence continues: the one written date of the sentence just before it, when
 * that one is of the same paragraph, names a day and is no plan.
 */
export function continuedDate(
	sentence: Sentence,
	previous: Sentence | undefined,
	candidates: Candidate[],
	published: Date
): FuzzyDate | null {
	if (!previous || previous.paragraph !== sentence.paragraph) return null;
	const before = candidates.filter((c) => c.sentence === previous && !c.start.inferred);
	// With two dates the sentence tells two times, and which one goes on is anyone's guess.
	if (before.length !== 1 || before[0]!.kind === 'plan') return null;
	const date = before[0]!.end ?? before[0]!.start;
	if (
		!INHERITED.has(date.precision) ||
		/_REF$/.test(date.value) ||
		Date.parse(date.earliest) > published.getTime()
	)
		return null;
	return date;
}

/** The sentence's happening at the inferred date, or null when it tells no past happening. */
export function inferredEvent(
	sentence: Sentence,
	date: FuzzyDate,
	lede: boolean
): Candidate | null {
	const skip = lede ? datelineLength(sentence) : 0;
	const text = sentence.text.slice(skip, skip + TITLE_CHARS);
	// A present perfect ("officials have concluded") says nothing of when: it is not dated.
	const told = telling(text);
	// After a dated sentence, "he said" is the story's voice, not a new happening.
	if (!told.past || (told.speech && !lede)) return null;
	const title = titleFor(text, null);
	if (title.split(' ').length < 2) return null;
	return {
		sentence,
		start: { ...date, inferred: true },
		title,
		confidence: lede ? LEDE_CONFIDENCE : FOLLOW_ON_CONFIDENCE
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
