import { describe, expect, it } from 'vitest';
import { bodyParagraphs } from '../extract/sentences';
import { importTimelineJs } from '../interchange/timelinejs';
import { sentencesElsewhere, sourcesOf, textFragmentLink, toldIn } from './sources';
import type { Article, Timeline } from './types';

const day = {
	text: 'Sept. 3, 2021',
	value: '2021-09-03',
	earliest: '2021-09-03T00:00:00.000Z',
	latest: '2021-09-03T23:59:59.999Z',
	precision: 'day' as const
};
const ledger: Article = {
	slug: 'ledger',
	title: 'Harbor bridge reopens',
	source: 'The Coastal Ledger',
	published: '2023-09-14',
	text: 'The city closed the bridge on Sept. 3, 2021.'
};
const courier: Article = {
	slug: 'courier',
	title: 'Detours end',
	source: 'Bay Courier',
	published: '2023-09-15',
	url: 'https://courier.example/detours#top',
	text: 'Intro.\n\nThe city closed the Harbor Bridge on Sept. 3, 2021, when a report warned\nof high-wind failure.'
};
const timeline: Timeline = {
	article: 'ledger',
	articles: ['ledger', 'courier'],
	title: 'Harbor bridge',
	published: '2023-09-14',
	events: [
		{
			id: 'closed',
			title: 'City closed bridge',
			summary: ledger.text,
			start: day,
			source: { article: 'ledger', start: 0, end: ledger.text.length },
			sources: [{ article: 'courier', start: 8, end: courier.text.length }]
		}
	]
};

describe('sentencesElsewhere', () => {
	it('carries the other articles’ sentences, named by their source and linked to the sentence', () => {
		const found = sentencesElsewhere(timeline, [ledger, courier], 'ledger');
		expect(Object.keys(found)).toEqual(['courier:8']);
		expect(found['courier:8']).toEqual({
			text: 'The city closed the Harbor Bridge on Sept. 3, 2021, when a report warned of high-wind failure.',
			name: 'Bay Courier',
			href: 'https://courier.example/detours#:~:text=The%20city%20closed%20the%20Harbor,warned%20of%20high%2Dwind%20failure.'
		});
	});

	it('has no link without an address, and nothing for the article the page shows', () => {
		const noUrl = { ...courier, url: undefined };
		expect(sentencesElsewhere(timeline, [ledger, noUrl], 'ledger')['courier:8']!.href).toBe(
			undefined
		);
		expect(sentencesElsewhere(timeline, [ledger], 'ledger')).toEqual({});
	});
});

describe('textFragmentLink', () => {
	it('quotes a short sentence whole, escaping what the fragment syntax reserves', () => {
		expect(textFragmentLink('https://x.example/a', 'Vote set, 2-1 & more')).toBe(
			'https://x.example/a#:~:text=Vote%20set%2C%202%2D1%20%26%20more'
		);
	});
});

describe('the paragraphs a reader sees', () => {
	// A TimelineJS file's texts are often a few words: its article is made of them, and the page
	// chrome filter read them as captions, so those events had no sentence to show.
	const file = {
		title: { text: { headline: 'Roads of Rome' } },
		events: [
			{
				start_date: { year: -312 },
				text: {
					headline: 'Via Appia begun',
					text: 'Censor Appius Claudius Caecus began the road to Capua.'
				}
			},
			{
				start_date: { year: -44, month: 3, day: 15 },
				text: { headline: 'Caesar killed', text: 'Ides of March.' }
			},
			{ start_date: { year: 117 }, text: { headline: 'Roads surveyed & mapped' } }
		]
	};

	it('shows every paragraph that tells an event, however short, and still leaves page chrome out', () => {
		const { article, timeline } = importTimelineJs(file, { published: '2026-12-05' });
		const told = toldIn(timeline.events.flatMap(sourcesOf), article.slug);
		const starts = new Set(
			bodyParagraphs(article.text, told)
				.flat()
				.map((s) => s.start)
		);
		for (const event of timeline.events) expect(starts.has(event.source.start)).toBe(true);

		const pasted =
			'Read more\n\nThe city closed the bridge on Sept. 3, 2021.\n\nShare this article';
		expect(
			bodyParagraphs(pasted, toldIn([], 'x'))
				.flat()
				.map((s) => s.text)
		).toEqual(['The city closed the bridge on Sept. 3, 2021.']);
	});
});
