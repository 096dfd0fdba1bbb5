import type { DateLocale } from '../i18n/dates';
import { formatFuzzyDate } from './format';
import type { TimelineEvent } from './types';

/** An event's label title; one without a title shows its sentence, less the date it opens with ("May 2 — …"). */
export function labelTitle(event: TimelineEvent): string {
	if (event.title) return event.title;
	const text = event.summary.trim();
	if (!text.startsWith(event.start.text)) return text;
	return text.slice(event.start.text.length).replace(/^[\s,:;.—–-]+/, '') || text;
}

/** An event's dates as a label shows them: "March 2020", "2016 – 2018". */
export function labelDate(event: TimelineEvent, lang: DateLocale): string {
	return event.end
		? `${formatFuzzyDate(event.start, lang)} – ${formatFuzzyDate(event.end, lang)}`
		: formatFuzzyDate(event.start, lang);
}
