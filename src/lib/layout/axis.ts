import type { TimeScale } from './time-scale';

export interface Tick {
	x: number;
	label: string;
	/** Epoch milliseconds, a stable key for the renderer. */
	time: number;
}

/**
 * Axis ticks for the visible span, about one per `spacing` pixels. D3 picks the interval
 * (decades, years, months, weeks, days, hours) and its multi-scale format names each tick at
 * the coarsest unit that changed, so "2020" is followed by "February", "March".
 */
export function axisTicks(scale: TimeScale, spacing = 90): Tick[] {
	const [x0, x1] = scale.range() as [number, number];
	const count = Math.max(2, Math.floor(Math.abs(x1 - x0) / spacing));
	const format = scale.tickFormat(count);
	return scale.ticks(count).map((t) => ({ x: scale(t), label: format(t), time: t.getTime() }));
}
