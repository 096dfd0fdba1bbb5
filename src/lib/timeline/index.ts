export * from './types';
export { DataError, type Problem } from './problems';
export { validateTimeline } from './validate';
export { timelineSchema } from './schema';
export { formatBounds, formatDay, formatFuzzyDate, formatSpan } from './format';
export {
	bounds,
	calendarDayProblem,
	compareFuzzyDates,
	fuzzyDate,
	isPoint,
	midpoint,
	parseCalendarDay
} from './fuzzy-date';
