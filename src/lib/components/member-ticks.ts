import { CHART, type EventIndex, type ViewItem } from '$lib/layout';

/** Shades of a tick, from a lone event to the densest pixel of the view. */
const LEVELS = 4;

/**
 * Draws the events inside a long timeline's clusters on a canvas, one tick each: a cluster may
 * hold 100,000 events, which as SVG elements would be as many DOM nodes. Ticks are merged per
 * device pixel and shaded by how many events they stand for, so the row also reads as
 * density; a frame costs the members in view and one stroke per pixel at most. Labelled events
 * keep their SVG marks (EventMarks), which carry the selection's looks. Loaded by the chart
 * for a long timeline only (a short one draws its few ticks in SVG).
 */
export function drawMemberTicks(
	canvas: HTMLCanvasElement,
	items: readonly ViewItem[],
	index: EventIndex,
	span: readonly [Date, Date],
	width: number
): void {
	const ratio = devicePixelRatio || 1;
	const w = Math.max(1, Math.round(width * ratio));
	const h = Math.round(canvas.clientHeight * ratio);
	if (canvas.width !== w) canvas.width = w;
	if (canvas.height !== h) canvas.height = h;
	const context = canvas.getContext('2d');
	if (!context) return;
	context.setTransform(1, 0, 0, 1, 0, 0);
	context.clearRect(0, 0, w, h);
	// The canvas's CSS colour is the marks' theme colour, resolved (light-dark() included).
	context.strokeStyle = getComputedStyle(canvas).color;
	context.lineWidth = 2 * ratio;
	const y = CHART.axisHeight + CHART.markRow / 2;
	const from = span[0].getTime();
	const scale = w / Math.max(1, span[1].getTime() - from);
	const anchor = index.anchor;
	// Events per device pixel: a lone event is a full tick, a crowd a darker one.
	const counts = new Uint32Array(w + 1);
	let most = 1;
	for (const item of items) {
		if (item.kind !== 'cluster') continue;
		for (let s = item.first; s <= item.last; s++) {
			const x = Math.round((anchor[s]! - from) * scale);
			if (x < 0 || x > w) continue;
			const c = ++counts[x]!;
			if (c > most) most = c;
		}
	}
	for (let level = 1; level <= LEVELS; level++) {
		context.globalAlpha = 0.4 + (0.6 * (level - 1)) / (LEVELS - 1);
		context.beginPath();
		for (let x = 0; x <= w; x++) {
			const c = counts[x]!;
			if (!c) continue;
			const shade =
				most === 1 ? LEVELS : 1 + Math.round(((LEVELS - 1) * Math.log(c)) / Math.log(most));
			if (shade !== level) continue;
			context.moveTo(x, (y - 6) * ratio);
			context.lineTo(x, (y + 6) * ratio);
		}
		context.stroke();
	}
	context.globalAlpha = 1;
}
