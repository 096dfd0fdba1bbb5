import ical from 'ical-generator';
import { formatBounds, formatFuzzyDate } from '../timeline/format';
import type { FuzzyDate, Timeline, TimelineEvent } from '../timeline/types';

export interface IcsExport {
	ics: string;
	/** Events iCalendar cannot hold (before AD 1, or with no placeable date), by id. */
	skipped: { id: string; reason: string }[];
}

const DAY_MS = 86_400_000;
const dayPrecise = (d: FuzzyDate) => d.precision !== 'time';

/**
 * A timeline as an iCalendar file (RFC 5545, written by ical-generator): one VEVENT per event.
 * A fuzzy date becomes the whole span it can mean ("late March 2020" is an all-day event from
 * March 21 through 31), a clock time a timed event in UTC. The stamp is the publication day, so
 * the same timeline always gives the same file.
 */
export function exportIcs(
	timeline: Timeline,
	options: { origin?: string; slug?: string } = {}
): IcsExport {
	// The reader's address is the timeline's slug, which differs from its first article's name
	// once a timeline is renamed or made from several articles.
	const slug = options.slug ?? timeline.article;
	const calendar = ical({
		name: timeline.title,
		prodId: { company: 'Dateline', product: 'timeline', language: 'EN' }
	});
	const stamp = new Date(`${timeline.published}T00:00:00Z`);
	const skipped: IcsExport['skipped'] = [];
	for (const event of timeline.events) {
		const reason = unplaceable(event);
		if (reason) {
			skipped.push({ id: event.id, reason });
			continue;
		}
		const last = event.end ?? event.start;
		const allDay = dayPrecise(event.start) || dayPrecise(last);
		const start = new Date(event.start.earliest);
		// iCalendar ends are exclusive: the day after an all-day span, the instant after a time.
		const end = allDay
			? new Date(Math.floor(Date.parse(last.latest) / DAY_MS) * DAY_MS + DAY_MS)
			: new Date(Date.parse(last.latest) + 1);
		const when = event.end
			? `${formatFuzzyDate(event.start)} – ${formatFuzzyDate(event.end)}`
			: formatFuzzyDate(event.start);
		calendar.createEvent({
			id: `${timeline.article}-${event.id}@dateline`,
			stamp,
			start,
			end,
			allDay,
			summary: event.title,
			description: [
				event.summary,
				`When: ${when} (${formatBounds(event.start)}${event.end ? ` … ${formatBounds(event.end)}` : ''})`,
				event.start.text ? `As written: “${event.start.text}”` : ''
			]
				.filter(Boolean)
				.join('\n\n'),
			...(options.origin ? { url: `${options.origin}/t/${slug}#${event.id}` } : {})
		});
	}
	return { ics: calendar.toString(), skipped };
}

function unplaceable(event: TimelineEvent): string | null {
	for (const date of [event.start, event.end]) {
		if (!date) continue;
		const from = new Date(date.earliest);
		if (Number.isNaN(from.getTime())) return `its date "${date.text}" has no calendar value`;
		if (from.getUTCFullYear() < 1) return `iCalendar has no years before AD 1 (${date.text})`;
		if (new Date(date.latest).getUTCFullYear() > 9999) return `iCalendar has no years after 9999`;
	}
	return null;
}
