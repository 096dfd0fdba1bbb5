import { describe, expect, it } from 'vitest';
import { ViewState } from './view.svelte';

const domain: [Date, Date] = [new Date('2016-01-01T00:00:00Z'), new Date('2021-01-01T00:00:00Z')];
const span = (view: ViewState) => {
	const [a, b] = view.scale.domain();
	return b!.getTime() - a!.getTime();
};

describe('ViewState: zoom and pan of one timeline', () => {
	it('opens on the whole domain', () => {
		const view = new ViewState(domain, 1000);
		expect(view.scale.domain()).toEqual(domain);
	});

	it('zooms in about the centre, halving the visible span', () => {
		const view = new ViewState(domain, 1000);
		const middle = view.scale.invert(500).getTime();
		view.zoomBy(2);
		expect(span(view)).toBeCloseTo((domain[1].getTime() - domain[0].getTime()) / 2, -3);
		expect(view.scale.invert(500).getTime()).toBeCloseTo(middle, -3);
	});

	it('keeps the time under the pointer fixed when zooming about it', () => {
		const view = new ViewState(domain, 1000);
		const under = view.scale.invert(200).getTime();
		view.zoomBy(4, 200);
		expect(view.scale.invert(200).getTime()).toBeCloseTo(under, -3);
	});

	it('never zooms out past the whole timeline or in past a few days', () => {
		const view = new ViewState(domain, 1000);
		view.zoomBy(0.1);
		expect(view.transform.k).toBe(1);
		for (let i = 0; i < 30; i++) view.zoomBy(2);
		expect(view.transform.k).toBe(view.maxZoom);
		expect(span(view)).toBeGreaterThanOrEqual(4 * 86_400_000 - 1);
	});

	it('pans within the domain and no further', () => {
		const view = new ViewState(domain, 1000);
		view.zoomBy(4);
		view.panBy(1e6);
		expect(view.scale.domain()[0]).toEqual(domain[0]);
		view.setTransform(4, -Infinity);
		expect(view.scale.domain()[1]!.getTime()).toBeCloseTo(domain[1].getTime(), -3);
		view.setTransform(4, 0);
		expect(view.scale.domain()[0]).toEqual(domain[0]);
	});

	it('reveals an off-screen span by panning only as far as needed', () => {
		const view = new ViewState(domain, 1000);
		view.zoomBy(8, 0);
		const target = Date.parse('2020-03-21');
		view.reveal(target, Date.parse('2020-03-31'));
		const x = view.scale(target);
		expect(x).toBeGreaterThanOrEqual(24);
		expect(x).toBeLessThanOrEqual(1000 - 24);
		expect(view.transform.k).toBe(8);
	});

	it('shows a requested span, and keeps it across a resize', () => {
		const view = new ViewState(domain, 1000);
		view.showSpan(new Date('2019-01-01'), new Date('2020-01-01'));
		const [a, b] = view.scale.domain();
		expect(a!.toISOString().slice(0, 10)).toBe('2019-01-01');
		expect(b!.toISOString().slice(0, 10)).toBe('2020-01-01');
		view.resize(360);
		expect(view.scale.domain()[0]!.toISOString().slice(0, 10)).toBe('2019-01-01');
	});
});
