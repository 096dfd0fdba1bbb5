/**
 * d3-array's `tickStep`, the step between about `count` round ticks from `start` to `stop`
 * (1, 2 or 5 times a power of ten; a fraction as its negative inverse inside). Its own file:
 * d3-array's module keeps its bisectors in every bundle that imports it (module-level property
 * reads), which the embed does not use. tick-step.test.ts checks it against d3-array.
 */
const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

function tickSpec(start: number, stop: number, count: number): [number, number, number] {
	const step = (stop - start) / Math.max(0, count);
	const power = Math.floor(Math.log10(step));
	const error = step / 10 ** power;
	const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
	let i1: number, i2: number, inc: number;
	if (power < 0) {
		inc = 10 ** -power / factor;
		i1 = Math.round(start * inc);
		i2 = Math.round(stop * inc);
		if (i1 / inc < start) ++i1;
		if (i2 / inc > stop) --i2;
		inc = -inc;
	} else {
		inc = 10 ** power * factor;
		i1 = Math.round(start / inc);
		i2 = Math.round(stop / inc);
		if (i1 * inc < start) ++i1;
		if (i2 * inc > stop) --i2;
	}
	if (i2 < i1 && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
	return [i1, i2, inc];
}

export function tickStep(start: number, stop: number, count: number): number {
	const reverse = stop < start;
	const inc = reverse ? tickSpec(stop, start, count)[2] : tickSpec(start, stop, count)[2];
	return (reverse ? -1 : 1) * (inc < 0 ? 1 / -inc : inc);
}
