import { bounds, isPoint } from '../timeline/fuzzy-date';
import { formatFuzzyDate } from '../timeline/format';
import type { TimelineEvent } from '../timeline/types';
import type { TimeScale } from './time-scale';
import { textWidth, wrapText } from './text-measure';

export interface LayoutOptions {
	/** Width of the drawing, px. */
	width: number;
	/** Widest a label may be, px (default 220, and never more than 70% of the width). */
	labelMaxWidth?: number;
	/** Title font size and line height, px (default 14 / 18); titles wrap to `titleLines` (3). */
	fontSize?: number;
	lineHeight?: number;
	titleLines?: number;
	/** Date line font size and height, px (default 12 / 16). */
	dateFontSize?: number;
	dateLineHeight?: number;
	/** Inner padding of a label, px (default 6); gap between neighbours in a lane (default 8). */
	padding?: number;
	gap?: number;
	/** Height of the band the marks sit in above their label (default 10). */
	markHeight?: number;
	/** Space reserved at the top for the axis (default 36). */
	axisHeight?: number;
	/**
	 * Measures text in px at a font size and weight. The default estimates from average glyph
	 * widths; a browser passes real measurements (canvas measureText) so labels fit their font.
	 */
	measure?: TextMeasure;
}

export type TextMeasure = (text: string, fontSize: number, bold: boolean) => number;

const estimate: TextMeasure = (text, fontSize, bold) =>
	textWidth(text, fontSize * (bold ? BOLD : 1));

export const LAYOUT_DEFAULTS = {
	labelMaxWidth: 220,
	fontSize: 14,
	lineHeight: 18,
	titleLines: 3,
	dateFontSize: 12,
	dateLineHeight: 16,
	padding: 6,
	gap: 8,
	markHeight: 10,
	axisHeight: 36,
	measure: estimate
} satisfies Omit<Required<LayoutOptions>, 'width'>;

/** Titles are set semi-bold, a little wider than the regular advance widths. */
const BOLD = 1.08;

/**
 * The narrowest width at which a title still wraps into `lines` lines: narrow labels pack into
 * fewer lanes, and every lane is `lines` tall anyway.
 */
function balancedWidth(
	title: string,
	fontSize: number,
	maxWidth: number,
	lines: number,
	measure: TextMeasure
): number {
	const width = (text: string) => measure(text, fontSize, true);
	const longestWord = Math.max(...title.split(/\s+/).map(width));
	let w = Math.max(longestWord, width(title) / lines);
	while (w < maxWidth && wrapText(title, width, w, lines + 1).length > lines) w += 8;
	// A margin for the browser's own line breaking, so the title keeps to its lines.
	return Math.min(maxWidth, w * 1.06 + 2);
}

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** One event, positioned: where its mark and its label go. Pure data; any renderer draws it. */
export interface EventMark {
	id: string;
	/** Index of the event in the (date-ordered) input. */
	index: number;
	/** Horizontal extent of the date: equal for a point, the uncertainty for a range. */
	x0: number;
	x1: number;
	point: boolean;
	lane: number;
	/** Vertical centre of the mark. */
	y: number;
	label: Box;
	/** The date line as shown on the label. */
	dateText: string;
	/** Whether any part of mark or label is within [0, width]. */
	visible: boolean;
}

export interface Layout {
	marks: EventMark[];
	lanes: number;
	width: number;
	height: number;
	laneHeight: number;
}

/**
 * Places every event: x from the scale, a label beside its mark, and lanes so that no two
 * labels (or a label and a range) overlap. Greedy first-fit in date order: linear in events
 * times lanes, and lanes read in time from the top.
 */
export function layoutEvents(
	events: readonly TimelineEvent[],
	scale: TimeScale,
	options: LayoutOptions
): Layout {
	const o = { ...LAYOUT_DEFAULTS, ...options };
	const maxLabel = Math.max(80, Math.min(o.labelMaxWidth, o.width * 0.7));
	const labelHeight = o.padding * 2 + o.dateLineHeight + o.titleLines * o.lineHeight;
	const laneHeight = o.markHeight + labelHeight;
	const items = events.map((event, index) => {
		const [a] = bounds(event.start);
		const b = event.end ? bounds(event.end)[1] : bounds(event.start)[1];
		const point = !event.end && isPoint(event.start);
		const x0 = scale(point ? a + (b - a) / 2 : a);
		const x1 = point ? x0 : Math.max(scale(b), x0 + 2);
		const dateText = event.end
			? `${formatFuzzyDate(event.start)} – ${formatFuzzyDate(event.end)}`
			: formatFuzzyDate(event.start);
		const textWide = Math.max(
			balancedWidth(event.title, o.fontSize, maxLabel - o.padding * 2, o.titleLines, o.measure),
			o.measure(dateText, o.dateFontSize, false)
		);
		const width = Math.min(maxLabel, Math.ceil(textWide + o.padding * 2));
		const visible = x1 >= 0 && x0 <= o.width;
		// A label starts at its mark but stays on screen while any of its range does.
		const lx = visible
			? Math.min(Math.max(x0 - (point ? 6 : 0), 0), Math.max(0, o.width - width))
			: x0;
		return { id: event.id, index, x0, x1, point, dateText, visible, label: { x: lx, width } };
	});
	// Placed in date order, so lanes read top to bottom in time even where labels are pushed
	// in from the edge; any order keeps boxes apart, since a lane only takes what fits.
	const order = items
		.map((item, i) => ({ i, x0: item.x0, left: Math.min(item.x0, item.label.x) }))
		.sort((p, q) => p.x0 - q.x0 || p.i - q.i);
	const laneEnds: number[] = [];
	const lanes = new Array<number>(items.length);
	for (const { i, left } of order) {
		const item = items[i]!;
		const right = Math.max(item.x1, item.label.x + item.label.width) + o.gap;
		let lane = laneEnds.findIndex((end) => end <= left);
		if (lane < 0) lane = laneEnds.push(right) - 1;
		else laneEnds[lane] = right;
		lanes[i] = lane;
	}
	const marks: EventMark[] = items.map((item, i) => {
		const lane = lanes[i]!;
		const top = o.axisHeight + lane * (laneHeight + o.gap);
		return {
			...item,
			lane,
			y: top + o.markHeight / 2,
			label: {
				x: item.label.x,
				y: top + o.markHeight,
				width: item.label.width,
				height: labelHeight
			}
		};
	});
	return {
		marks,
		lanes: laneEnds.length,
		width: o.width,
		height: o.axisHeight + laneEnds.length * (laneHeight + o.gap),
		laneHeight
	};
}
