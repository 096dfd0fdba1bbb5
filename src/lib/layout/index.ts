export { axisTicks, type Tick } from './axis';
export {
	layoutEvents,
	LAYOUT_DEFAULTS,
	type Box,
	type EventMark,
	type Layout,
	type LayoutOptions,
	type TextMeasure
} from './layout';
export { textWidth, wrapText } from './text-measure';
export { baseScale, MIN_VISIBLE_SPAN, timeDomain, type TimeScale } from './time-scale';
