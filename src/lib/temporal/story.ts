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
import type { Context, Point } from './context';
import type { Tense } from './tense';
import { readYear } from './patterns/words';

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
}

/** How many years before the publication a year must lie to be the story's past, not news. */
const PAST_YEARS = 2;
/** A history names several such years, and more of them than recent ones. */
const NARRATIVE_MIN_YEARS = 6;
const NARRATIVE_SHARE = 0.5;

/**
 * The genre from the years the text names: a text whose years mostly lie well before its
 * publication ("1939", "490 BC") is a history; a report names this year's dates or none.
 */
export function genreOf(ctx: Context): Genre {
	const dct = ctx.dct;
	if (!dct) return 'news';
	let past = 0;
	let other = 0;
	for (let i = 0; i < ctx.tokens.length; i++) {
		const t = ctx.tokens[i]!;
		if (t.kind !== 'number') continue;
		const next = ctx.tokens[i + 1]?.lower;
		if (next === 'bc' || next === 'bce' || (next === 'b' && ctx.tokens[i + 3]?.lower === 'c')) {
			past++;
			continue;
		}
		const y = readYear(ctx, i);
		if (!y) continue;
		if (y.value <= dct.y - PAST_YEARS) past++;
		else other++;
	}
	return past >= NARRATIVE_MIN_YEARS && past >= NARRATIVE_SHARE * (past + other)
		? 'narrative'
		: 'news';
}

/** How near (in tokens) a news report's retelling must have named its date to continue it. */
const NEWS_REACH = 60;

/**
 * The story time an underspecified expression at token i counts from, or null when it counts
 * from the publication date. A history's story time holds until the text names another; in a
 * news report a retelling holds only just after its date, for a clause not looking ahead, and
 * only when the date was a day of an earlier year ("February 1990" alone is often background).
 */
export function storyTimeAt(ctx: Context, i: number, tense: Tense): Point | null {
	const story = ctx.story;
	const dct = ctx.dct;
	if (!story || !dct) return null;
	const p = story.point;
	if (ctx.genre === 'narrative') return isBefore(p, dct) ? p : null;
	if (!story.adverbial || tense === 'future') return null;
	if (p.d === undefined || p.m === undefined || p.y >= dct.y) return null;
	return i - story.at <= NEWS_REACH ? p : null;
}

function isBefore(p: Point, dct: Ymd): boolean {
	if (p.y !== dct.y) return p.y < dct.y;
	return p.m !== undefined && p.m < dct.m;
}

/**
 * How many months back from the story's month a month named alone may lie before it is read
 * as the next year's. A report's retelling runs forward ("shot on Oct. 23 … But on April 8"
 * is the April after); a history also steps back within its year ("by 1 May 1945 … from
 * October to March"), so half a year back still counts as the story's year.
 */
const MONTHS_BACK: Record<Genre, number> = { news: 0, narrative: 6 };

/**
 * The year of a month named without one in a story: the story's or the next one's. A clause
 * looking ahead ("would fall by May") takes the next such month.
 */
export function yearInStory(genre: Genre, story: Point, m: number, tense: Tense): number {
	if (story.m === undefined) return story.y;
	if (tense === 'future') return m >= story.m ? story.y : story.y + 1;
	return m >= story.m - MONTHS_BACK[genre] ? story.y : story.y + 1;
}
