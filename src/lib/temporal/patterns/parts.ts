/**
 * Parts of a period: "early 1991", "mid-November", "late March", "the end of 1990",
 * "the beginning of October", "earlier this year", "later that day", "year-end". TIMEX3 keeps
 * the period's value and says which part with mod START, MID or END.
 */
import { lowerAt, skipHyphen, type Context, type Match, type Pattern } from '../context';
import { PART_MODS, table } from '../lexicon';
import { shift } from '../normalise';
import { storyOrPublication } from '../story';
import { tenseAround } from '../tense';

const PERIOD_NOUNS: ReadonlyMap<string, 'Y' | 'M' | 'W' | 'D' | 'Q' | 'DE' | 'CE'> = table({
	year: 'Y',
	month: 'M',
	week: 'W',
	day: 'D',
	quarter: 'Q',
	decade: 'DE',
	century: 'CE'
});

export function makeParts(inner: Pattern[]): Pattern {
	const innerAt = (ctx: Context, i: number): Match | null => {
		let best: Match | null = null;
		for (const p of inner) {
			const m = p(ctx, i);
			if (m && m.start === i && (!best || m.end > best.end)) best = m;
		}
		return best;
	};

	return (ctx, i) => {
		let j = i;
		const hasThe = lowerAt(ctx, j) === 'the';
		if (hasThe) j++;
		const word = lowerAt(ctx, j);
		// "earlier this year", "later that day", "earlier Sunday"
		if (!hasThe && (word === 'earlier' || word === 'later')) {
			// "earlier in the year", "later in the week"
			if (lowerAt(ctx, j + 1) === 'in' && lowerAt(ctx, j + 2) === 'the') {
				const grain = PERIOD_NOUNS.get(lowerAt(ctx, j + 3));
				// "later in the day" is seldom marked: the day is already the story's.
				if (!grain || grain === 'D') return null;
				const ref = storyOrPublication(ctx, i, tenseAround(ctx, i, j + 4));
				const { value } = shift(ref, grain, 0);
				return {
					start: i,
					end: j + 4,
					type: 'DATE',
					value,
					mod: word === 'earlier' ? 'START' : 'END'
				};
			}
			const m = innerAt(ctx, j + 1);
			// "later this afternoon" (a TIME) too, but not a length ("later two days").
			if (!m || (m.type !== 'DATE' && m.type !== 'TIME') || !/^\d/.test(m.value)) return null;
			const mod = word === 'earlier' ? 'START' : 'END';
			return { ...m, start: i, mod };
		}
		const mod = PART_MODS.get(word);
		if (!mod) return null;
		let k = skipHyphen(ctx, j + 1);
		const nounPart =
			word === 'beginning' ||
			word === 'start' ||
			word === 'end' ||
			word === 'middle' ||
			word === 'close';
		if (nounPart) {
			if (!hasThe || lowerAt(ctx, k) !== 'of') return null;
			k++;
			// "the end of the year" is the end of the year being talked about.
			if (lowerAt(ctx, k) === 'the') {
				const grain = PERIOD_NOUNS.get(lowerAt(ctx, k + 1));
				if (grain) {
					const ref = storyOrPublication(ctx, i, tenseAround(ctx, i, k + 2));
					const { value } = shift(ref, grain, 0);
					return { start: i, end: k + 2, type: 'DATE', value, mod };
				}
			}
		}
		const m = innerAt(ctx, k);
		if (!m || m.type === 'DURATION' || m.type === 'SET' || m.mod) return null;
		// "the early 1980s", "the early summer" keep "the"; "late-November" never had one.
		if (hasThe && !nounPart && /^\d{4}-\d\d/.test(m.value)) return null;
		return { ...m, start: i, mod };
	};
}

/** "year-end", "year end", "year's end": the end of the publication year. */
export function yearEnd(ctx: Context, i: number): Match | null {
	let j = i;
	if (lowerAt(ctx, j) === 'the') j++;
	if (lowerAt(ctx, j) !== 'year') return null;
	let k = skipHyphen(ctx, j + 1);
	if (lowerAt(ctx, k) === "'" || lowerAt(ctx, k) === '\u2019') {
		if (lowerAt(ctx, k + 1) !== 's') return null;
		k += 2;
	}
	if (lowerAt(ctx, k) !== 'end') return null;
	const start = j;
	const { value } = shift(ctx.dct, 'Y', 0);
	return { start, end: k + 1, type: 'DATE', value, mod: 'END' };
}
