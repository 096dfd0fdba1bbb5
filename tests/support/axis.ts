import type { Page } from 'playwright-core';

/**
 * What the measured band's axis shows, as a reader sees it: its tick labels, and each label
 * that an off-screen marker covers or the chart's edge cuts (a string: tsx would wrap a named
 * function the page lacks).
 */
const AXIS = `(() => {
	const viewport = document.querySelector('.reader .viewport').getBoundingClientRect();
	const markers = [...document.querySelectorAll('.reader .offscreen')].map((m) => m.getBoundingClientRect());
	const texts = [...document.querySelectorAll('.reader .band.measured .axis text')];
	const meet = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
	return {
		labels: texts.map((t) => t.textContent),
		covered: texts.filter((t) => markers.some((m) => meet(m, t.getBoundingClientRect()))).map((t) => t.textContent),
		cut: texts
			.filter((t) => { const r = t.getBoundingClientRect(); return r.left < viewport.left || r.right > viewport.right; })
			.map((t) => t.textContent)
	};
})()`;

export const axisAsSeen = (page: Page) =>
	page.evaluate(AXIS) as Promise<{ labels: string[]; covered: string[]; cut: string[] }>;
