/**
 * d3-interpolate for the standalone embed bundle (scripts/embed-bundle.js puts it in place of
 * the package). d3-scale's default interpolator handles colours, strings and objects, and the
 * package builds its colour spaces when loaded, which brings all of d3-color. Dateline's scales
 * only map numbers to pixels: numbers are all the embed interpolates.
 */
export function interpolateNumber(a: number, b: number): (t: number) => number {
	return (t) => a * (1 - t) + b * t;
}

export function interpolateRound(a: number, b: number): (t: number) => number {
	return (t) => Math.round(a * (1 - t) + b * t);
}

export function interpolate(a: unknown, b: unknown): (t: number) => number {
	if (typeof a !== 'number' || typeof b !== 'number') {
		throw new TypeError(`Dateline embed: can only interpolate numbers, not ${typeof a}`);
	}
	return interpolateNumber(a, b);
}

/** d3-scale's diverging scales use this; Dateline has none. */
export function piecewise(): never {
	throw new Error('Dateline embed: piecewise interpolation is not in this bundle');
}
