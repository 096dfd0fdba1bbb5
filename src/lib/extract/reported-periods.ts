/**
 * One event per happening for a period's results. An earnings story tells the quarter's profit
 * in its lede ("Harbor Foods said on Thursday that its third-quarter profit fell 18 percent")
 * and again further down ("Net income for the quarter fell to $412 million"): one happening,
 * reported on one day. The lede's report (a day just after the period) covers the period's
 * mention in its own sentence, and any later mention of the same period's same measure.
 */
import type { FuzzyDate } from '../timeline/types';
import type { Candidate } from './events';
import { contentWords } from './same-happening';

/** Names of one result: a quarter's "profit" is its "net income" and its "earnings". */
export const MEASURES: { names: RegExp; example: string }[] = [
	{
		names: /\b(?:profits?|net income|earnings|earned|net)\b/i,
		example: 'third-quarter profit fell 18 percent … Net income for the quarter fell'
	},
	{ names: /\b(?:revenues?|sales|turnover)\b/i, example: 'quarterly revenue rose … Sales rose' },
	{ names: /\b(?:losses|loss)\b/i, example: 'a second-quarter loss … the loss widened' }
];

const PERIODS = new Set(['quarter', 'half', 'month', 'season', 'year']);
/** How soon after its period a report may tell it: results come out within about a quarter. */
const REPORTED_WITHIN_MS = 120 * 86_400_000;
/** How much of the period's title the report's title must hold to tell the same thing. */
const LIKENESS = 0.6;

const measureOf = (title: string) => MEASURES.findIndex((m) => m.names.test(title));

function reports(day: Candidate, period: Candidate): boolean {
	if (day.start.precision !== 'day' && day.start.precision !== 'time') return false;
	if (!PERIODS.has(period.start.precision) || period.kind === 'plan') return false;
	const gap = Date.parse(day.start.earliest) - Date.parse(period.start.latest);
	return gap > 0 && gap <= REPORTED_WITHIN_MS;
}

/** The events that remain, with the periods each report covers. */
export function foldReportedPeriods(candidates: Candidate[]): Candidate[] {
	const covered = new Map<Candidate, FuzzyDate[]>();
	const dropped = new Set<Candidate>();
	// In one sentence: the period's result inside the day's report of it. (Other happenings
	// of a period stay: "reported on Friday that Tanzania last month expelled five Iraqis" is
	// two times.)
	// Grouped by sentence, so a run-on "sentence" of many dates costs its own length only.
	const bySentence = new Map<Candidate['sentence'], Candidate[]>();
	for (const c of candidates)
		bySentence.set(c.sentence, [...(bySentence.get(c.sentence) ?? []), c]);
	for (const period of candidates) {
		const report = reportOf(period, bySentence.get(period.sentence)!);
		if (!report) continue;
		dropped.add(period);
		covered.set(report, [...(covered.get(report) ?? []), period.start]);
	}
	// Further on: the same period's same measure, in other words.
	for (const later of candidates) {
		if (dropped.has(later) || !PERIODS.has(later.start.precision)) continue;
		const measure = measureOf(later.title);
		if (measure < 0) continue;
		const report = [...covered].find(
			([day, periods]) =>
				day !== later &&
				measureOf(day.title) === measure &&
				periods.some((p) => p.value === later.start.value)
		)?.[0];
		if (!report) continue;
		dropped.add(later);
		report.confidence = Math.min(1, report.confidence + 0.05);
	}
	return candidates.filter((c) => !dropped.has(c));
}

/** The event of the same sentence that reports a period's result, if any. */
export function reportOf(period: Candidate, sentenceEvents: Candidate[]): Candidate | undefined {
	if (!PERIODS.has(period.start.precision) || measureOf(period.title) < 0) return undefined;
	return sentenceEvents.find(
		(day) => day !== period && reports(day, period) && heldIn(period.title, day.title)
	);
}

function heldIn(part: string, whole: string): boolean {
	// An aside after the result ("earned $312 million, its first profit since …") is no part
	// of what was reported.
	const words = [...contentWords(part.split(',')[0]!)];
	const held = contentWords(whole);
	return words.filter((w) => held.has(w)).length >= LIKENESS * words.length;
}
