import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameValue } from './same-value';

/** What sameValue means: the JSON texts, every object's keys sorted, are the same. */
const byJson = (a: unknown, b: unknown) => stable(a) === stable(b);
const stable = (value: unknown) =>
	JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(
					Object.entries(v as Record<string, unknown>)
						.filter(([, x]) => x !== undefined)
						.sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
				)
			: v
	);

/** The same value with every object's keys in another order, as a server's copy may have them. */
function reordered(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(reordered);
	if (value && typeof value === 'object')
		return Object.fromEntries(
			Object.entries(value)
				.reverse()
				.map(([k, v]) => [k, reordered(v)])
		);
	return value;
}

/** JSON-like values, with undefined in objects and arrays as a draft's events may hold it. */
const values = fc.letrec((tie) => ({
	value: fc.oneof(
		{ depthSize: 'small' },
		fc.constantFrom(null, undefined, true, false, 0, -0, 1, NaN, '', 'a', 'b'),
		fc.integer({ min: -3, max: 3 }),
		fc.string({ maxLength: 3 }),
		fc.array(tie('value'), { maxLength: 4 }),
		fc.dictionary(fc.constantFrom('a', 'b', 'c', 'start', 'title'), tie('value'), {
			maxKeys: 4
		})
	)
})).value;

describe('sameValue', () => {
	it('says what comparing the sorted JSON texts says, for any two values', () => {
		fc.assert(
			fc.property(values, values, (a, b) => {
				expect(sameValue(a, b)).toBe(byJson(a, b));
			}),
			{ numRuns: 2000 }
		);
	});

	it('finds a value equal to its copy with its keys in another order, and to its JSON copy', () => {
		fc.assert(
			fc.property(values, (a) => {
				expect(sameValue(a, reordered(a))).toBe(true);
				const copy = JSON.parse(JSON.stringify([a]))[0];
				expect(sameValue(a, copy)).toBe(byJson(a, copy));
			})
		);
	});

	it('leaves out a key whose value is undefined, and reads undefined in an array as null', () => {
		expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
		expect(sameValue([undefined], [null])).toBe(true);
		expect(sameValue({ a: 1 }, { a: 1, b: null })).toBe(false);
		expect(sameValue({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
		expect(sameValue({ a: { b: 1, c: 2 } }, { a: { c: 2, b: 1 } })).toBe(true);
	});
});
