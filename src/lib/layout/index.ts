export { axisTicks, ticksBetweenMarkers, ticksClearOf, type Tick } from './axis';
export { BANDS, CHART, bandHeight, bandOf, laneTop, layoutWidth, type Band } from './bands';
export {
	ChartLayout,
	density,
	levelOf,
	scaleOf,
	type Placed,
	type ViewItem,
	type ViewLayout
} from './chart-layout';
export { buildIndex, lowerBound, type EventIndex } from './event-index';
export { baseScale, MIN_VISIBLE_SPAN, timeDomain, type TimeScale } from './time-scale';
