import { describe, expect, it } from 'vitest';
import { inferPublished, tagTimexes, toTimeML } from './index';

/** Words temporal patterns start on, plus the punctuation and oddities around them. */
const WORDS = [
	'the',
	'of',
	'in',
	'on',
	'last',
	'next',
	'this',
	'early',
	'late',
	'mid',
	'-',
	'March',
	'May',
	'Friday',
	'Sun.',
	'2019',
	'1990s',
	"'",
	's',
	'19',
	'th',
	'century',
	'quarter',
	'third',
	'fiscal',
	'year',
	'years',
	'ago',
	'earlier',
	'later',
	'a',
	'two',
	'twenty',
	'four',
	'hours',
	'p.m.',
	'10:35',
	',',
	'.',
	'(',
	'\u2014',
	'week',
	'weekend',
	'spring',
	'Q',
	'1',
	'FY',
	'2021',
	'/',
	'06',
	'26',
	'Christmas',
	'now',
	'soon',
	'as',
	'daily',
	'every',
	'end',
	'that',
	'day',
	'night',
	'until',
	'since',
	'\n\n',
	'recent',
	'current',
	'half',
	'first',
	'year-ago',
	'around',
	'more',
	'than',
	'nearly',
	'Jan',
	'Jan.',
	'1st',
	'0',
	'99999',
	'$',
	'%',
	'tonight',
	'today',
	'yesterday',
	'\u00e7',
	'\u{1f600}'
];

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
	let state = seed;
	return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('tagTimexes invariants', () => {
	it(
		'returns sorted, non-overlapping spans true to the text on random word salad',
		{
			timeout: 120_000
		},
		() => {
			const rnd = random(42);
			for (let n = 0; n < 2000; n++) {
				let text = '';
				const length = Math.floor(rnd() * 40);
				for (let k = 0; k < length; k++) {
					text += WORDS[Math.floor(rnd() * WORDS.length)] + (rnd() < 0.7 ? ' ' : '');
				}
				const published = rnd() < 0.5 ? '2020-02-29' : undefined;
				const timexes = tagTimexes(text, { published });
				expect(() => toTimeML(text, timexes, published)).not.toThrow();
				expect(() => inferPublished(text)).not.toThrow();
				let at = 0;
				for (const t of timexes) {
					expect(t.start).toBeGreaterThanOrEqual(at);
					expect(t.end).toBeGreaterThan(t.start);
					expect(text.slice(t.start, t.end)).toBe(t.text);
					expect(t.value).not.toMatch(/undefined|NaN|^$/);
					at = t.end;
				}
			}
		}
	);

	it('tags nothing in empty or blank text', () => {
		expect(tagTimexes('')).toEqual([]);
		expect(tagTimexes(' \n\t ')).toEqual([]);
	});

	// Speed is a benchmark's business (`npm run bench:timex` times hostile text): a wall-clock
	// budget here fails on a loaded machine. This only checks a 1 MB hostile string finishes.
	it('tags a 1 MB hostile string', { timeout: 120_000 }, () => {
		const text = 'the the 19 of of March March 2019 - - , early late the past '.repeat(17_000);
		const timexes = tagTimexes(text, { published: '2020-06-26' });
		expect(timexes.length).toBeGreaterThan(0);
	});
});
