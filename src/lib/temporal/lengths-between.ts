/**
 * A length between two dates picks the year of the one told without it: "sailed for Antarctica
 * on 20 November 2022. She spent 16 months at Halley VI station before returning to Cambridge
 * on 28 March" returned in March 2024, sixteen months on; "reached the comet on Aug. 6, 2021,
 * after a 26-month cruise. It had left Earth on June 2" left in June 2019, counted back. Only
 * where the arithmetic is unambiguous and the length is told as a stretch gone through: the length, counted forward or back from the story's
 * date, lands in the bare month one way only; else the story and
 * the tense decide as before (story.ts).
 */
import { lowerAt, readQuantity, skipHyphen, type Context, type Point } from './context';
import { UNITS } from './lexicon';

/**
 * How many months a length may be off and still reach the bare month. None: with one, "16 months
 * … before returning on 28 June", after November 2022, reached back to June 2021.
 */
const SLACK_MONTHS = 0;
/** How many tokens before a date its sentence's head (and the sentence before) is looked for. */
const SENTENCE_REACH = 80;
/** Months in each unit a length between two dates is counted in (weeks and days are too fine). */
const MONTHS_OF_UNIT: Partial<Record<string, number>> = { M: 1, Y: 12 };
/** Words after a length that make it a date of its own, read elsewhere: "14 months later". */
const COUNTED = new Set(['ago', 'later', 'earlier', 'hence']);
/**
 * Words that tell a length as a stretch gone through, up to an article before it: "spent 16
 * months", "after a 26-month cruise", "After 14 months in orbit". Not a noun's: "the
 * eight-year war with Iran" (TimeBank) measures the war, no stretch between two dates; nor
 * "for": "who has run the Lantern Inn for 22 years" (dev13) reaches up to now.
 */
const STRETCH = new Set(['spent', 'spending', 'after', 'following']);
const ARTICLES = new Set(['a', 'an', 'the', 'nearly', 'almost', 'about', 'some', 'more', 'than']);

/** Whether the quantity at token j is told as a stretch gone through (STRETCH). */
function toldAsStretch(ctx: Context, j: number): boolean {
	let k = j - 1;
	while (k >= 0 && j - k <= 3 && ARTICLES.has(lowerAt(ctx, k))) k--;
	return STRETCH.has(lowerAt(ctx, k));
}

/** The token that opens the sentence of token i (or i itself, when none is found near). */
function sentenceHead(ctx: Context, i: number): number {
	for (let j = i; j >= 0 && i - j <= SENTENCE_REACH; j--)
		if (ctx.tokens[j]!.sentenceStart) return j;
	return i;
}

/** The lengths in months told among tokens [from, to): "16 months", "a 26-month cruise". */
function lengthsAmong(ctx: Context, from: number, to: number): number[] {
	const months: number[] = [];
	for (let j = from; j < to; j++) {
		if (ctx.quoted[j]) continue;
		const q = readQuantity(ctx, j);
		if (!q || q.n === 'X') continue;
		const at = skipHyphen(ctx, q.end);
		const per = MONTHS_OF_UNIT[UNITS.get(lowerAt(ctx, at)) ?? ''];
		if (per === undefined || COUNTED.has(lowerAt(ctx, at + 1)) || !toldAsStretch(ctx, j)) continue;
		months.push(q.n * per);
		j = at;
	}
	return months;
}

/** Months since year 0 of a point with a month. */
const monthIndex = (p: Point) => p.y * 12 + (p.m! - 1);

/**
 * The years month m may lie in at `length` months forward or back from `origin`, within the
 * slack: one year is an answer, two (or none) are not.
 */
function yearsReached(origin: Point, length: number, m: number): Set<number> {
	const years = new Set<number>();
	for (const sign of [1, -1]) {
		const reached = monthIndex(origin) + sign * length;
		for (let off = -SLACK_MONTHS; off <= SLACK_MONTHS; off++) {
			const at = reached + off;
			if ((((at % 12) + 12) % 12) + 1 === m) years.add(Math.floor(at / 12));
		}
	}
	return years;
}

/**
 * The year of month m, told without one at token i, that a length between it and the story's
 * date gives: the length told in the date's own sentence, or else in the sentence of the
 * story's date just before. The story's last date is tried first, then the one before it (a
 * flashback in between: "It had left Earth on June 2 … After 14 months in orbit, it dropped a
 * lander on Oct. 12" counts from the arrival). A past clause is never put after the page.
 * Null where no length or no single year answers.
 */
export function yearByLength(ctx: Context, i: number, m: number, past: boolean): number | null {
	const story = ctx.story;
	// (A date told as the time of its clause: "the August 1988 cease-fire" names a thing; and
	// a quotation's months are the speaker's: '"December is a third of our year," she said'.)
	if (!story?.adverbial || ctx.quoted[i]) return null;
	const head = sentenceHead(ctx, i);
	let lengths = lengthsAmong(ctx, head, i);
	if (!lengths.length) {
		// The sentence before, when it told the story's date: "… on Aug. 6, 2021, after a
		// 26-month cruise. It had left Earth on June 2".
		const before = head > 0 ? sentenceHead(ctx, head - 1) : head;
		if (story.at < before || story.at > head) return null;
		lengths = lengthsAmong(ctx, before, head);
	}
	if (lengths.length !== 1) return null;
	for (const origin of [story.point, story.previous]) {
		if (!origin || origin.m === undefined) continue;
		const years = [...yearsReached(origin, lengths[0]!, m)].filter(
			(y) => !past || !ctx.dct || y < ctx.dct.y || (y === ctx.dct.y && m <= ctx.dct.m)
		);
		if (years.length === 1) return years[0]!;
		if (years.length > 1) return null;
	}
	return null;
}
