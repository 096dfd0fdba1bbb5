import { describe, expect, it } from 'vitest';
import { oembedDiscoveryUrl, oembedResponse, parseOembedRequest } from './oembed';

const ORIGIN = 'https://timelines.example.org';
const request = (query: Record<string, string>) =>
	parseOembedRequest(new URLSearchParams(query), ORIGIN);

describe('parseOembedRequest', () => {
	it.each([
		[`${ORIGIN}/t/a-story`, {}],
		[`${ORIGIN}/t/a-story/`, {}],
		[`${ORIGIN}/t/a-story#2019-event`, { event: '2019-event' }],
		[`${ORIGIN}/embed/a-story?theme=dark&height=500`, { theme: 'dark', height: 500 }]
	])('accepts our timeline URL %s', (url, options) => {
		const result = request({ url, format: 'json' });
		expect(result).toEqual({
			ok: true,
			request: { slug: 'a-story', options: expect.objectContaining(options) }
		});
	});

	it.each([
		['no url', {}, 400],
		['a relative url', { url: '/t/a-story' }, 400],
		['a malformed maxwidth', { url: `${ORIGIN}/t/a-story`, maxwidth: 'wide' }, 400],
		['a zero maxheight', { url: `${ORIGIN}/t/a-story`, maxheight: '0' }, 400],
		['another site', { url: `https://example.com/t/a-story` }, 404],
		['another page of ours', { url: `${ORIGIN}/about` }, 404],
		['a path that is no slug', { url: `${ORIGIN}/t/..%2Fsecrets` }, 404],
		['format=xml', { url: `${ORIGIN}/t/a-story`, format: 'xml' }, 501]
	])('refuses %s with the status the oEmbed spec gives', (_, query, status) => {
		expect(request(query)).toMatchObject({ ok: false, status });
	});
});

describe('oembedResponse', () => {
	const timeline = { slug: 'a-story', title: 'A "story"', source: 'The Example' };

	it('is a rich response whose html is the snippet', () => {
		const response = oembedResponse(ORIGIN, timeline);
		expect(response).toMatchObject({
			version: '1.0',
			type: 'rich',
			title: 'A "story"',
			author_name: 'The Example',
			provider_name: 'Dateline',
			provider_url: `${ORIGIN}/`,
			width: 640,
			height: 480
		});
		expect(response.html).toContain(`src="${ORIGIN}/embed/a-story"`);
		expect(response.html).toContain('title="Timeline: A &quot;story&quot;"');
	});

	it('leaves author_name out when the article names no outlet (it is optional in oEmbed)', () => {
		expect(oembedResponse(ORIGIN, { ...timeline, source: '' })).not.toHaveProperty('author_name');
	});

	it('honours maxwidth and maxheight, fixing the height so the embed cannot outgrow it', () => {
		const response = oembedResponse(ORIGIN, timeline, {
			options: {},
			maxWidth: 400,
			maxHeight: 300
		});
		expect(response).toMatchObject({ width: 400, height: 300 });
		expect(response.html).toContain('?height=300"');
		expect(response.html).toContain('max-width:400px');
	});

	it('keeps a fixed height that is already within maxheight', () => {
		const response = oembedResponse(ORIGIN, timeline, {
			options: { height: 200 },
			maxHeight: 300
		});
		expect(response.height).toBe(200);
	});
});

describe('oembedDiscoveryUrl', () => {
	it('points at the endpoint on the Node server and at the JSON file in the static export', () => {
		expect(oembedDiscoveryUrl(ORIGIN, 'a-story', false)).toBe(
			`${ORIGIN}/oembed?url=${encodeURIComponent(`${ORIGIN}/t/a-story`)}&format=json`
		);
		expect(oembedDiscoveryUrl(ORIGIN, 'a-story', true)).toBe(`${ORIGIN}/oembed/a-story.json`);
	});
});
