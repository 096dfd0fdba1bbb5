import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import * as d3Time from 'd3-time';
import { describe, expect, it } from 'vitest';
import { rewriteD3Time } from './pure-d3-time.js';

const require = createRequire(import.meta.url);
const original = readFileSync(require.resolve('d3-time'), 'utf8');

describe('d3-time with its module-level statements marked pure', () => {
	it('marks the intervals, their range aliases, the tickers and timeYear.every', () => {
		const code = rewriteD3Time(original);
		expect(code).toContain('const utcDay = /* @__PURE__ */ timeInterval(');
		expect(code).toContain('const timeDays = /* @__PURE__ */ (() => timeDay.range)();');
		expect(code).toContain(
			'const timeTicks = /* @__PURE__ */ (() => timeTickstimeTickInterval[0])();'
		);
		expect(code).toMatch(/\/\* @__PURE__ \*\/ \(\(\) => \{ timeYear\.every = \(k\) =>/);
		// The UTC years' own `every` is left as it is.
		expect(code).toMatch(/^utcYear\.every = \(k\) => \{/m);
	});

	it('exports the same values: UTC ticks, intervals and counts as before', async () => {
		// A module of its own, from a data: URL, which imports d3-array by its file's URL.
		const code = rewriteD3Time(original).replace(
			"from 'd3-array'",
			`from '${pathToFileURL(require.resolve('d3-array')).href}'`
		);
		const rewritten = (await import(
			/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(code)}`
		)) as typeof d3Time;
		const spans: [string, string, number][] = [
			['2001-01-01T00:00:00Z', '2001-01-01T00:00:02Z', 10],
			['2019-03-01T00:00:00Z', '2019-03-09T00:00:00Z', 8],
			['1957-01-01T00:00:00Z', '2022-06-01T00:00:00Z', 10],
			['-002000-01-01T00:00:00Z', '2020-01-01T00:00:00Z', 5]
		];
		for (const [a, b, count] of spans) {
			const [from, to] = [new Date(a), new Date(b)];
			expect(rewritten.utcTicks(from, to, count)).toEqual(d3Time.utcTicks(from, to, count));
			expect(rewritten.timeTicks(from, to, count)).toEqual(d3Time.timeTicks(from, to, count));
			expect(rewritten.utcDay.count(from, to)).toBe(d3Time.utcDay.count(from, to));
			expect(rewritten.utcMonth.offset(from, 5)).toEqual(d3Time.utcMonth.offset(from, 5));
			expect(rewritten.utcYear.every(25)!.range(from, to)).toEqual(
				d3Time.utcYear.every(25)!.range(from, to)
			);
			expect(rewritten.timeYears(from, to)).toEqual(d3Time.timeYears(from, to));
		}
	});

	it('fails the build when d3-time no longer has a shape it rewrites', () => {
		expect(() =>
			rewriteD3Time(original.replace(/^timeYear\.every = /m, 'timeYear.each = '))
		).toThrow(/d3-time has changed/);
	});
});
