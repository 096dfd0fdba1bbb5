import { tickStep } from './tick-step';
import { DEFAULT_LANG, type Lang } from '../i18n/lang';
import { utcDate } from '../timeline/era';
import { formatTick, type TickUnit } from '../timeline/format';
import { baseScale, type TimeScale } from './time-scale';

export interface Tick {
	x: number;
	label: string;
	/** Epoch milliseconds, a stable key for the renderer. */
	time: number;
}

const YEAR_MS = 365.2425 * 86_400_000;

/**
 * Axis ticks for the visible span, about one per `spacing` pixels, each named at the coarsest
 * unit that changed there ("2020", then "February", "March"), in the reader's language. D3
 * picks the interval for months, weeks, days and hours; years are counted here, as historians
 * count them, so an axis across the era reads "500 BC, AD 1, AD 500" rather than "501 BC"
 * (astronomical -500), and a span of millennia steps in round thousands.
 */
export function axisTicks(scale: TimeScale, spacing = 90, lang: Lang = DEFAULT_LANG): Tick[] {
	const [x0, x1] = scale.range() as [number, number];
	const count = Math.max(2, Math.floor(Math.abs(x1 - x0) / spacing));
	const [d0, d1] = scale.domain() as [Date, Date];
	const eraAlways = d0.getUTCFullYear() <= 0;
	const years = (d1.getTime() - d0.getTime()) / YEAR_MS >= count;
	const times = years ? yearTicks(d0, d1, count) : scale.ticks(count);
	return times.map((t) => ({
		x: scale(t),
		label: formatTick(t, unitOf(t), lang, eraAlways),
		time: t.getTime()
	}));
}

/** Historical year numbers (44 BC is -44, no year 0) to and from astronomical ones. */
const historical = (y: number) => (y <= 0 ? y - 1 : y);
const astronomical = (h: number) => (h < 0 ? h + 1 : h);

/**
 * Round years in historical numbering: multiples of a 1-2-5 step on either side of the era,
 * with AD 1 standing for the step's zero (there is no year 0 to name).
 */
function yearTicks(d0: Date, d1: Date, count: number): Date[] {
	// The first year that starts inside the domain, and the last.
	const first = historical(d0.getUTCFullYear() + (d0 > utcDate(d0.getUTCFullYear()) ? 1 : 0));
	const last = historical(d1.getUTCFullYear());
	// tickStep may overshoot the count by half; labels with an era are wide, so round up.
	let step = Math.max(1, Math.round(tickStep(first, last, count)));
	while ((last - first) / step > count + 1) step = nextStep(step);
	const ticks: Date[] = [];
	for (let k = Math.ceil(first / step); k * step <= last; k++) {
		const h = k * step;
		if (h === 0 && step === 1) continue;
		ticks.push(utcDate(astronomical(h === 0 ? 1 : h)));
	}
	return ticks;
}

/** The next 1-2-5 step up: 1, 2, 5, 10, 20, 50… */
function nextStep(step: number): number {
	const power = 10 ** Math.floor(Math.log10(step));
	const lead = Math.round(step / power);
	return lead === 1 ? 2 * power : lead === 2 ? 5 * power : 10 * power;
}

/** The coarsest calendar unit a tick's instant starts. */
function unitOf(t: Date): TickUnit {
	if (t.getUTCHours() !== 0 || t.getUTCMinutes() !== 0) return 'time';
	if (t.getUTCDate() !== 1) return 'day';
	return t.getUTCMonth() === 0 ? 'year' : 'month';
}

/** Room kept between an off-screen marker and the chart's edge, and between it and a tick label. */
const MARKER_MARGIN = 4;
/** A tick label's width per character, px, generously (12 px tabular figures and letters). */
const TICK_CHAR = 7.5;
/** Room between two tick labels, px. */
const TICK_GAP = 6;

/** Labels named in the clear: how many ticks keep one. */
const labelled = (ticks: Tick[]) => ticks.filter((t) => t.label).length;

/**
 * The axis's ticks (`x` a fraction of the chart's width) with no label where an off-screen
 * marker covers it or past either edge of a chart `width` px wide (`before` and `after` are
 * the markers' widths, 0 for none): the markers sit on the axis row, and a half-hidden year
 * beside one, or cut by the edge, reads as another date.
 */
export function ticksClearOf(ticks: Tick[], width: number, before: number, after: number): Tick[] {
	if (!width) return ticks;
	const left = before ? 2 * MARKER_MARGIN + before : 0;
	const right = after ? width - 2 * MARKER_MARGIN - after : width;
	const clear = ticks.map((tick) => {
		const x = tick.x * width;
		const half = (tick.label.length * TICK_CHAR) / 2;
		return tick.label && (x - half < left || x + half > right) ? { ...tick, label: '' } : tick;
	});
	return apart(clear, width);
}

/**
 * No two labels run together ("October2018"): where a label would touch one kept already it
 * goes unnamed, years first, so the axis still says which year its months are in.
 */
function apart(ticks: Tick[], width: number): Tick[] {
	const kept: [number, number][] = [];
	const keeps = (tick: Tick) => {
		const x = tick.x * width;
		const half = (tick.label.length * TICK_CHAR) / 2 + TICK_GAP / 2;
		if (kept.some(([a, b]) => x - half < b && a < x + half)) return false;
		kept.push([x - half, x + half]);
		return true;
	};
	const isYear = (tick: Tick) => unitOf(new Date(tick.time)) === 'year';
	const named = new Set(
		[...ticks.filter(isYear), ...ticks.filter((t) => !isYear(t))].filter((t) => t.label && keeps(t))
	);
	return ticks.map((tick) => (tick.label && !named.has(tick) ? { ...tick, label: '' } : tick));
}

/**
 * The axis of the visible `span` on a chart `width` px wide with off-screen markers `before`
 * and `after` px wide (0 for none): `ticks` (the band's, as the server drew them) clear of the
 * markers and the edges. One label gives no scale to read, and a label kept under a marker
 * reads as another date: where clearing leaves fewer than two, the stretch between the markers
 * gets ticks of its own, at the interval its width asks for, so at least two labels stand
 * clear of both (a narrow axis zoomed in between two markers, as on a phone).
 */
export function ticksBetweenMarkers(
	span: [Date, Date],
	ticks: Tick[],
	width: number,
	before: number,
	after: number,
	lang: Lang = DEFAULT_LANG
): Tick[] {
	const clear = ticksClearOf(ticks, width, before, after);
	if (!width || labelled(clear) >= 2) return clear;
	const left = before ? 2 * MARKER_MARGIN + before : 0;
	const right = after ? width - 2 * MARKER_MARGIN - after : width;
	// Inset by half the widest label, so every tick of the stretch has room for its own.
	const pad = (Math.max(4, ...ticks.map((t) => t.label.length)) * TICK_CHAR) / 2;
	const from = left + pad;
	const to = right - pad;
	if (to - from < 1) return clear;
	const whole = baseScale(span, width);
	const stretch = baseScale([whole.invert(from), whole.invert(to)], to - from);
	// Down to a label every 30 px: a year between a phone's two markers names two months only there.
	for (const spacing of [90, 60, 45, 30]) {
		const own = axisTicks(stretch, spacing, lang).map((t) => ({ ...t, x: (from + t.x) / width }));
		const cleared = ticksClearOf(own, width, before, after);
		if (labelled(cleared) >= 2) return cleared;
	}
	return clear;
}
