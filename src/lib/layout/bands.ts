/**
 * The chart's geometry for a range of widths. Labels are laid out for a band's narrowest width,
 * never for the measured one, so the same layout fits every width in the band (positions are
 * fractions of the width, so a wider chart only spreads labels apart). The server renders every
 * band and CSS container queries show the one that fits: the first frame is already laid out
 * for the reader's width, and nothing moves when the scripts run.
 */
export interface Band {
	/** Narrowest chart width of the band, px: the width its labels are laid out for. */
	min: number;
	/** Label width, px. */
	labelWidth: number;
	/** Lanes of labels: fixed, so the chart's height never follows the zoom. */
	lanes: number;
}

export const BANDS: readonly Band[] = [
	{ min: 0, labelWidth: 118, lanes: 2 },
	{ min: 320, labelWidth: 124, lanes: 2 },
	{ min: 400, labelWidth: 140, lanes: 2 },
	{ min: 480, labelWidth: 150, lanes: 3 },
	{ min: 560, labelWidth: 156, lanes: 3 },
	{ min: 640, labelWidth: 160, lanes: 3 },
	{ min: 720, labelWidth: 168, lanes: 3 },
	{ min: 840, labelWidth: 176, lanes: 3 },
	{ min: 960, labelWidth: 184, lanes: 3 }
];

/** The width a band with `min` 0 is laid out for: the narrowest phone column it serves. */
const NARROWEST = 264;

/** Vertical geometry shared by every band, px. */
export const CHART = {
	/** The axis: tick labels and their baseline. */
	axisHeight: 26,
	/** The row the marks (dots, ranges, cluster spans) sit in, under the axis. */
	markRow: 18,
	labelHeight: 62,
	laneGap: 6,
	/** Horizontal space kept between labels in a lane, and a label's offset left of its mark. */
	gap: 6,
	/** The plot's border (TimelineChart's viewport), px: its labels are laid out inside it. */
	border: 1,
	pad: 6,
	bottom: 6
} as const;

/** The band a chart of this width falls in. */
export function bandOf(width: number): number {
	let band = 0;
	for (let b = 1; b < BANDS.length; b++) if (width >= BANDS[b]!.min) band = b;
	return band;
}

/** The width a band's labels are laid out for. */
export function layoutWidth(band: Band): number {
	return Math.max(NARROWEST, band.min);
}

/** Height of the chart's drawing in a band: the same at every zoom. */
export function bandHeight(band: Band): number {
	return (
		CHART.axisHeight +
		CHART.markRow +
		band.lanes * (CHART.labelHeight + CHART.laneGap) +
		CHART.bottom
	);
}

/** Top of a lane's labels, px. */
export function laneTop(lane: number): number {
	return CHART.axisHeight + CHART.markRow + lane * (CHART.labelHeight + CHART.laneGap);
}
