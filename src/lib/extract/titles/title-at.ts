import { extractTimeline } from '../events';

/**
 * The title of the event whose date reads `date`, in an article of `text` published on
 * `published`: the one way the title tests read a title, so a row says only its sentence.
 */
export function titleAt(text: string, date: string, published = '2026-06-01'): string | undefined {
	const { events } = extractTimeline({ slug: 's', title: 't', source: 'unknown', text, published });
	return events.find((e) => e.start.text === date)?.title;
}
