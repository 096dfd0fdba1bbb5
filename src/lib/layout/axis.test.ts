import { describe, expect, it } from 'vitest';
import { utcDate } from '../timeline/era';
import { axisTicks, ticksBetweenMarkers, ticksClearOf } from './axis';
import { baseScale } from './time-scale';

const labels = (from: number, to: number, width: number, lang?: 'fr') =>
	axisTicks(baseScale([utcDate(from), utcDate(to)], width), 90, lang).map((t) => t.label);

describe('axisTicks across the era and across millennia', () => {
	it('reads "500 BC … AD 500" in round centuries, AD 1 standing for the missing year 0', () => {
		expect(labels(-499, 500, 1000)).toEqual([
			'500 BC',
			'400 BC',
			'300 BC',
			'200 BC',
			'100 BC',
			'AD 1',
			'AD 100',
			'AD 200',
			'AD 300',
			'AD 400',
			'AD 500'
		]);
	});

	it('places each BC tick at the start of the year it names', () => {
		const ticks = axisTicks(baseScale([utcDate(-60), utcDate(-20)], 1280));
		const tick = ticks.find((t) => t.label === '50 BC')!;
		expect(tick.time).toBe(utcDate(-49).getTime());
		expect(ticks.every((t, i) => i === 0 || t.x > ticks[i - 1]!.x)).toBe(true);
	});

	it('steps in thousands over five millennia, at phone and desk widths', () => {
		expect(labels(-2999, 2001, 1280)).toEqual([
			'3000 BC',
			'2500 BC',
			'2000 BC',
			'1500 BC',
			'1000 BC',
			'500 BC',
			'AD 1',
			'AD 500',
			'AD 1000',
			'AD 1500',
			'AD 2000'
		]);
		expect(labels(-2999, 2001, 360)).toEqual(['2000 BC', 'AD 1', 'AD 2000']);
	});

	it('leaves modern years plain and names them in the reader’s language', () => {
		expect(labels(1900, 2000, 1000)).toContain('1950');
		expect(labels(-499, 500, 1000, 'fr')).toContain('500 av. J.-C.');
		expect(labels(-499, 500, 1000, 'fr')).toContain('500 apr. J.-C.');
	});
});

describe('ticks beside the off-screen markers', () => {
	const ticks = [0.02, 0.1, 0.5, 0.9, 0.98].map((x, i) => ({
		time: i,
		x,
		label: String(2000 + i)
	}));
	const labels = (t: { label: string }[]) => t.map((tick) => tick.label);
	it('keep their labels clear of a marker at either end of the axis, and of its edges, and every tick', () => {
		// 360 px wide, a marker 60 px wide at the left: 2000 (7 px) and 2001 (36 px) are under it;
		// 2004 (353 px) would be cut by the right edge.
		expect(labels(ticksClearOf(ticks, 360, 60, 0))).toEqual(['', '', '2002', '2003', '']);
		expect(labels(ticksClearOf(ticks, 360, 0, 60))).toEqual(['', '2001', '2002', '', '']);
		expect(labels(ticksClearOf(ticks, 360, 0, 0))).toEqual(['', '2001', '2002', '2003', '']);
		expect(ticksClearOf(ticks, 1280, 60, 60).map((t) => t.x)).toEqual(ticks.map((t) => t.x));
		// Unmeasured (the server's page): nothing known to hide.
		expect(labels(ticksClearOf(ticks, 0, 60, 60))).toEqual(labels(ticks));
	});

	it('never run two labels together, and keep the years among them', () => {
		// The axis is made at a band's layout width and drawn at the chart's: a phone band of
		// 320 px drawn 250 px wide put "October" against "2018" after one zoom step.
		const day = 86_400_000;
		const start = Date.UTC(2017, 9, 1);
		for (const days of [20, 120, 400, 550, 800, 3000, 40_000])
			for (const width of [250, 300, 360]) {
				const span: [Date, Date] = [new Date(start), new Date(start + days * day)];
				const made = axisTicks(baseScale(span, 320), 90).map((t) => ({ ...t, x: t.x / 320 }));
				const shown = ticksClearOf(made, width, 0, 0).filter((t) => t.label);
				for (const [i, tick] of shown.slice(1).entries()) {
					const before = shown[i]!;
					const room = ((tick.label.length + before.label.length) * 7.5) / 2;
					expect(
						tick.x * width - before.x * width,
						`${before.label} ${tick.label}`
					).toBeGreaterThan(room);
				}
				const years = made.filter(
					(t) => new Date(t.time).getUTCMonth() === 0 && new Date(t.time).getUTCDate() === 1
				);
				const inside = years.filter((t) => t.x * width > 20 && t.x * width < width - 20);
				if (inside.length) expect(shown.some((t) => inside.includes(t))).toBe(true);
			}
	});

	const span: [Date, Date] = [new Date(Date.UTC(2019, 8, 1)), new Date(Date.UTC(2020, 1, 1))];
	const yearTicks = [
		{ time: 0, x: 0.02, label: '2019' },
		{ time: 1, x: 0.5, label: '2020' },
		{ time: 2, x: 0.98, label: '2021' }
	];
	it('give the stretch between two markers ticks of its own when it would keep one label, none under a marker', () => {
		// Markers 48 px wide at both ends of a 344 px axis: of the band's ticks only 2020 is clear.
		const axis = ticksBetweenMarkers(span, yearTicks, 344, 48, 48);
		const shown = axis.filter((t) => t.label);
		expect(shown.length).toBeGreaterThanOrEqual(2);
		for (const tick of shown) {
			const half = (tick.label.length * 7.5) / 2;
			expect(tick.x * 344 - half).toBeGreaterThanOrEqual(2 * 4 + 48);
			expect(tick.x * 344 + half).toBeLessThanOrEqual(344 - 2 * 4 - 48);
		}
		// Each is a date of the view, in order.
		const times = shown.map((t) => t.time);
		expect(times).toEqual([...times].sort((a, b) => a - b));
		for (const t of times) {
			expect(t).toBeGreaterThan(span[0].getTime());
			expect(t).toBeLessThan(span[1].getTime());
		}
	});

	it('name two months between the markers of a phone zoomed to one year (the seed’s 2019 selected)', () => {
		const year: [Date, Date] = [new Date('2019-01-24T03:15Z'), new Date('2019-12-08T20:44Z')];
		const band = axisTicks(baseScale(year, 320)).map((t) => ({ ...t, x: t.x / 320 }));
		// April and October sit half under the 44 px markers of a 328 px axis, July alone is clear.
		const shown = labels(ticksBetweenMarkers(year, band, 328, 44, 44)).filter(Boolean);
		expect(shown.length).toBeGreaterThanOrEqual(2);
	});

	it('keep the band’s own ticks when two labels stand clear, and say nothing where no room is left', () => {
		const axis = ticksBetweenMarkers(span, ticks, 360, 60, 0);
		expect(labels(axis)).toEqual(['', '', '2002', '2003', '']);
		// 100 px between two 40 px markers leaves no room for a label: none is shown under one.
		expect(labels(ticksBetweenMarkers(span, yearTicks, 100, 40, 40)).filter(Boolean)).toEqual([]);
	});
});
