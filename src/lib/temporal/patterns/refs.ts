/**
 * Expressions that name the present, the past or the future without a date ("now",
 * "recently", "in the future", "recent years"), and frequencies ("daily", "every week").
 */
import { lowerAt, readQuantity, type Context, type Match } from '../context';
import { REFS, SEASONS, UNITS, table } from '../lexicon';
import { durationValue } from './durations';
import { tenseAround } from '../tense';
import { readMonth, readWeekday } from './words';

/**
 * "will soon", "as soon as possible": the near future. Not "soon after", nor "as soon as
 * Tuesday" (the day is the expression), nor a past "soon became".
 */
function soon(ctx: Context, i: number): Match | null {
	const next = lowerAt(ctx, i + 1);
	if (next === 'after' || next === 'afterward' || next === 'afterwards' || next === 'thereafter') {
		return null;
	}
	if (lowerAt(ctx, i - 1) === 'as' && next === 'as') return null;
	if (tenseAround(ctx, i, i + 1) === 'past') return null;
	return { start: i, end: i + 1, type: 'DATE', value: 'FUTURE_REF' };
}

const NOUN_REFS: ReadonlyMap<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'> = table({
	past: 'PAST_REF',
	future: 'FUTURE_REF',
	present: 'PRESENT_REF'
});

export function ref(ctx: Context, i: number): Match | null {
	const w = lowerAt(ctx, i);
	const single = REFS.get(w);
	// "Now, he says, ...": opening a sentence before a comma, "now" turns the argument, not time.
	if (w === 'now' && ctx.tokens[i]!.sentenceStart && lowerAt(ctx, i + 1) === ',') return null;
	if (single) return { start: i, end: i + 1, type: 'DATE', value: single };
	if (w === 'soon') return soon(ctx, i);
	if (w === 'as' && ['soon', 'as', 'possible'].every((x, k) => lowerAt(ctx, i + 1 + k) === x)) {
		return { start: i, end: i + 4, type: 'DATE', value: 'FUTURE_REF' };
	}
	if (w === 'these' && lowerAt(ctx, i + 1) === 'days') {
		return { start: i, end: i + 2, type: 'DATE', value: 'PRESENT_REF' };
	}
	if (w === 'the') {
		let j = i + 1;
		const adj = lowerAt(ctx, j);
		if (adj === 'near' || adj === 'distant' || adj === 'recent' || adj === 'immediate') j++;
		const noun = lowerAt(ctx, j);
		const value = NOUN_REFS.get(noun);
		// "important to the future of our peoples": what lies ahead for something, not a time.
		if (value && adj === noun && lowerAt(ctx, j + 1) === 'of') return null;
		if (value) {
			// "the past two years" is a duration; "the past" alone is the past.
			const next = ctx.tokens[j + 1];
			if (
				noun === 'past' &&
				next &&
				(next.kind === 'number' || next.kind === 'word') &&
				next.lower !== 'and' &&
				next.lower !== 'or' &&
				next.lower !== 'as' &&
				next.lower !== 'is' &&
				next.lower !== 'was' &&
				next.lower !== 'has' &&
				next.lower !== 'have' &&
				next.lower !== 'that' &&
				next.lower !== 'when'
			) {
				if (
					UNITS.get(next.lower) ||
					next.kind === 'number' ||
					/^(few|several|two|three|four|five|six|seven|eight|nine|ten|decade|couple)/.test(
						next.lower
					)
				)
					return null;
			}
			return { start: i, end: j + 1, type: 'DATE', value };
		}
		if (noun === 'term' && adj === 'near') {
			return { start: i, end: j + 1, type: 'DATE', value: 'FUTURE_REF' };
		}
		if (noun === 'short' && lowerAt(ctx, j + 1) === 'term') {
			return { start: i, end: j + 2, type: 'DATE', value: 'FUTURE_REF' };
		}
		return null;
	}
	// "current market conditions": the adjective names the present (TimeBank marks it).
	if (w === 'current' && lowerAt(ctx, i - 1) !== 'then') {
		const next = ctx.tokens[i + 1];
		if (next && next.kind === 'word' && /^[a-z]/.test(next.text) && !CURRENT_NOT.has(next.lower)) {
			return { start: i, end: i + 1, type: 'DATE', value: 'PRESENT_REF' };
		}
	}
	// "recent years", "in recent weeks", "coming months"
	if (w === 'recent' || w === 'coming' || w === 'past') {
		const unit = UNITS.get(lowerAt(ctx, i + 1));
		if (unit && lowerAt(ctx, i + 1).endsWith('s') && unit !== 'S') {
			if (w === 'past' && lowerAt(ctx, i - 1) === 'the') return null;
			// "in recent months", "in coming weeks": an unmeasured stretch up to now, or from now.
			if (w === 'recent' || w === 'coming') {
				return { start: i, end: i + 2, type: 'DURATION', value: durationValue('X', unit) };
			}
			return { start: i, end: i + 2, type: 'DATE', value: 'PAST_REF' };
		}
	}
	return null;
}

/** Words after which "current" is electricity, money or a period, not the present. */
const CURRENT_NOT = new Set([
	'account',
	'accounts',
	'quarter',
	'year',
	'fiscal',
	'period',
	'month',
	'week',
	'and',
	'or',
	'of'
]);

const FREQUENCY_WORDS: ReadonlyMap<string, string> = table({
	daily: 'P1D',
	nightly: 'P1D',
	weekly: 'P1W',
	monthly: 'P1M',
	hourly: 'PT1H'
});

export function frequency(ctx: Context, i: number): Match | null {
	const w = lowerAt(ctx, i);
	const f = FREQUENCY_WORDS.get(w);
	if (f) {
		// "daily" as an adjective before a noun ("a daily newspaper") is still TimeBank's SET.
		return { start: i, end: i + 1, type: 'SET', value: f };
	}
	if (
		w === 'every' ||
		w === 'each' ||
		w === 'per' ||
		((w === 'a' || w === 'an') && isRateContext(ctx, i))
	) {
		let j = i + 1;
		if (lowerAt(ctx, j) === 'other') j++;
		// "every three months", "every 10 years": a SET with that period.
		const q = w === 'every' ? readQuantity(ctx, j) : null;
		if (q && typeof q.n === 'number' && q.n > 1) {
			const plural = UNITS.get(lowerAt(ctx, q.end));
			if (plural && lowerAt(ctx, q.end).endsWith('s')) {
				return { start: i, end: q.end + 1, type: 'SET', value: durationValue(q.n, plural) };
			}
		}
		const unit = UNITS.get(lowerAt(ctx, j));
		// "instructions per second", "miles per hour": a physical rate, not a repeated time.
		const measure = w === 'per' && (unit === 'S' || unit === 'MIN' || unit === 'H');
		if (unit && !lowerAt(ctx, j).endsWith('s') && !measure) {
			return { start: i, end: j + 1, type: 'SET', value: durationValue(1, unit) };
		}
		// "every summer", "each August": the season or month of every year.
		if (w === 'every' || w === 'each') {
			const season = SEASONS.get(lowerAt(ctx, j));
			if (season) return { start: i, end: j + 1, type: 'SET', value: `XXXX-${season}` };
			const month = readMonth(ctx, j);
			// "every May" with its capital; "each march" is no month.
			if (month && (!month.ambiguous || /^[A-Z]/.test(ctx.tokens[j]!.text))) {
				const mm = String(month.value).padStart(2, '0');
				return { start: i, end: month.end, type: 'SET', value: `XXXX-${mm}` };
			}
		}
		const wd = readWeekday(ctx, j);
		if (wd && w !== 'a' && w !== 'per') {
			return {
				start: i,
				end: wd.end,
				type: 'SET',
				value: `XXXX-WXX-${wd.value === 0 ? 7 : wd.value}`
			};
		}
	}
	return null;
}

/** "twice a year", "three times a week". */
function isRateContext(ctx: Context, i: number): boolean {
	// "twice a week" repeats; "$500 million a year" is an amount, which TimeBank leaves alone.
	const prev = lowerAt(ctx, i - 1);
	return prev === 'times' || prev === 'once' || prev === 'twice';
}
