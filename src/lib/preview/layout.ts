import { buildIndex, CHART, ChartLayout, timeDomain, type Band } from '../layout';
import type { TimelineEvent } from '../timeline/types';

/**
 * Where the preview draws each label and its mark, px. The chart's layout places the labels
 * (lanes, clusters); the preview, a still picture with room for more lanes than a chart, draws
 * each label's mark in a row of its own lane just above it, so every label sits under its own
 * mark, however far down its lane is (one row of marks at the top left a fifth lane's label
 * 300 px from its mark, with nothing between them to say which was whose).
 */
export interface PreviewItem {
	kind: 'event' | 'cluster';
	lane: number;
	/** The first event (in date order) and how many it stands for. */
	first: number;
	count: number;
	/** The span its events cover, ms (a cluster says it). */
	from: number;
	to: number;
	label: { x: number; y: number; width: number; height: number };
	/** A known day is a dot at `x`; a range or a cluster a bar from `x0` to `x1`. */
	mark: { point: boolean; x: number; x0: number; x1: number; y: number };
}

/** A lane: a gap, its row of marks (a dot's 14 px), then its labels. */
const GAP = 4;
export const MARK_ROW = 15;
export const LANE = GAP + MARK_ROW + CHART.labelHeight;
export const LABEL_WIDTH = 220;
/** A dot's radius and stroke, and the least width of a bar. */
export const DOT = 7;
export const BAR = 8;

/** How many lanes fit a height under the axis. */
export const lanesIn = (height: number) =>
	Math.max(1, Math.floor((height - CHART.axisHeight) / LANE));

export function previewLayout(
	events: readonly TimelineEvent[],
	width: number,
	lanes: number
): PreviewItem[] {
	const band: Band = { min: width, labelWidth: LABEL_WIDTH, lanes };
	const domain = timeDomain(events);
	const index = buildIndex(events);
	const from = domain[0].getTime();
	const layout = new ChartLayout(index, [from, domain[1].getTime()], band);
	const items = layout.view(from, domain[1].getTime()).items;
	const out: PreviewItem[] = items.map((item) => {
		const top = CHART.axisHeight + item.lane * LANE + GAP;
		const x = Math.max(0, Math.min(width - LABEL_WIDTH, item.x * width));
		return {
			kind: item.kind,
			lane: item.lane,
			first: item.first,
			count: item.count,
			from: item.from,
			to: item.to,
			label: { x, y: top + MARK_ROW, width: LABEL_WIDTH, height: CHART.labelHeight },
			mark: {
				point: item.kind === 'event' && index.point[item.first] === 1,
				x: item.anchorX * width,
				x0: item.x0 * width,
				x1: item.x1 * width,
				y: top + MARK_ROW / 2
			}
		};
	});
	// A mark stays between its neighbours' labels in its lane (halfway to each), so no two marks
	// meet; its own place, at its label's edge, is inside. A dot (radius 6) and the least bar
	// (8 px) fit whole.
	for (let lane = 0; lane < lanes; lane++) {
		const row = out.filter((item) => item.lane === lane).sort((a, b) => a.label.x - b.label.x);
		row.forEach((item, i) => {
			const before = row[i - 1]?.label;
			const after = row[i + 1]?.label;
			const lo = before ? (before.x + before.width + item.label.x) / 2 + 1 : 0;
			const hi = after ? (item.label.x + item.label.width + after.x) / 2 - 1 : width;
			const mark = item.mark;
			const least = mark.point ? DOT : BAR / 2;
			mark.x = Math.max(lo + least, Math.min(hi - least, mark.x));
			mark.x0 = Math.max(lo, Math.min(mark.x0, mark.x - BAR / 2));
			mark.x1 = Math.min(hi, Math.max(mark.x1, mark.x + BAR / 2));
		});
	}
	return out;
}
