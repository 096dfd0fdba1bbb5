import { bandOf } from '$lib/layout/bands';

/**
 * The server's page draws a chart's labels and marks for every band of widths, and CSS shows
 * the one that fits (BandStyles). Hydrated as it is, the chart hydrated all nine bands, then
 * threw eight away a frame later, once its width was measured. Called just before hydration,
 * this measures the server's chart (laid out already) and removes the other bands' markup, so
 * the chart, given that width, renders its own band alone and still matches the page.
 *
 * `root` holds one server-rendered chart not yet hydrated; without one (a page reached by a
 * link inside the app, which mounts) or with a chart not laid out (hidden), nothing changes.
 * Returns the chart's width, px.
 */
export function keepMeasuredBand(root: ParentNode | null): number | undefined {
	const chart = root?.querySelector<HTMLElement>('.timeline');
	const width = chart?.clientWidth;
	if (!chart || !width) return undefined;
	const bands = [...chart.querySelectorAll('.dl-viewport > .band')];
	const kept = chart.querySelector(`.dl-viewport > .dl-band-${bandOf(width)}`);
	if (!kept) return undefined;
	for (const band of bands) if (band !== kept) band.remove();
	return width;
}
