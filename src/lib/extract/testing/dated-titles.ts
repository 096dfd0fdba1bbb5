import { extractTimeline } from '../events';

/** Each event of a one-paragraph wire story (published 2026-09-16) as "<date value> <title>". */
export const datedTitles = (text: string): string[] =>
	extractTimeline({
		slug: 'story',
		title: 'Story',
		source: 'Wire',
		published: '2026-09-16',
		text
	}).events.map((e) => `${e.start.value} ${e.title}`);
