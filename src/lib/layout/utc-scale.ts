/**
 * Dateline's one scale: a UTC time scale from two dates to two pixel positions
 * (src/lib/layout/time-scale.ts), zoomed by copying it with another domain, inverted, and
 * asked for ticks. This is d3-scale's `scaleUtc` with d3-scale's own arithmetic (a linear map,
 * t = (x - d0) / (d1 - d0), then r0 * (1 - t) + r1 * t) and d3-time's UTC ticks, so every
 * position is the same number (utc-scale.test.ts checks it against d3-scale); the rest of
 * d3-scale (ordinal, log, power and quantile scales, tick formats, d3-interpolate, d3-color
 * and d3-format behind them) stays out of every page's code: the embed's since it had a bundle
 * of its own, the reader's since 2026-12-05 (about 45 KB of raw script before hydration).
 */
import type { ScaleTime } from 'd3-scale';
import { utcTicks } from './utc-time';

/** A map from [a0, a1] to [b0, b1], as d3-scale's bimap with d3-interpolate's interpolateNumber. */
function linear(a0: number, a1: number, b0: number, b1: number): (x: number) => number {
	if (a1 < a0) [a0, a1, b0, b1] = [a1, a0, b1, b0];
	const width = a1 - a0;
	return (x) => {
		const t = width ? (x - a0) / width : isNaN(width) ? NaN : 0.5;
		return b0 * (1 - t) + b1 * t;
	};
}

export function scaleUtc(): ScaleTime<number, number> {
	let domain = [Date.UTC(2000, 0, 1), Date.UTC(2000, 0, 2)];
	let range = [0, 1];
	let output: ((x: number) => number) | null = null;
	let input: ((y: number) => number) | null = null;

	const scale = (x: Date | number) => {
		const value = +x;
		if (x == null || isNaN(value)) return undefined;
		output ??= linear(domain[0]!, domain[1]!, range[0]!, range[1]!);
		return output(value);
	};
	const changed = () => {
		output = input = null;
		return scale;
	};
	const methods = {
		domain(dates?: Iterable<Date | number>) {
			if (dates === undefined) return domain.map((t) => new Date(t));
			// As d3-scale's time scales: a number is read as a date, whole milliseconds.
			domain = Array.from(dates, (t) => +new Date(+t));
			return changed();
		},
		range(values?: Iterable<number>) {
			if (values === undefined) return range.slice();
			range = Array.from(values, Number);
			return changed();
		},
		invert(y: number) {
			input ??= linear(range[0]!, range[1]!, domain[0]!, domain[1]!);
			return new Date(Math.round(input(+y)));
		},
		ticks(count = 10) {
			return utcTicks(new Date(domain[0]!), new Date(domain.at(-1)!), count);
		},
		copy() {
			return scaleUtc().domain(domain).range(range);
		}
	};
	return Object.assign(scale, methods) as unknown as ScaleTime<number, number>;
}
