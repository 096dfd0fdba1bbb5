import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
	fetchArticlePage,
	ingest,
	isPublicAddress,
	readArticleHtml,
	testFetchOrigins
} from './index';

const newsPage = readFileSync(
	new URL('../../../../tests/fixtures/news-page.html', import.meta.url),
	'utf8'
);

describe('isPublicAddress', () => {
	it.each([
		['93.184.216.34', true],
		['8.8.8.8', true],
		['2606:4700:4700::1111', true],
		['127.0.0.1', false],
		['127.8.9.10', false],
		['10.1.2.3', false],
		['172.16.0.1', false],
		['172.31.255.255', false],
		['192.168.1.1', false],
		['169.254.169.254', false],
		['100.64.0.1', false],
		['0.0.0.0', false],
		['224.0.0.1', false],
		['255.255.255.255', false],
		['::1', false],
		['::', false],
		['fe80::1', false],
		['fd12:3456::1', false],
		['ff02::1', false],
		['::ffff:127.0.0.1', false],
		['::ffff:7f00:1', false],
		['::ffff:10.0.0.1', false],
		['::ffff:8.8.8.8', true],
		['64:ff9b::7f00:1', false],
		['not an address', false]
	])('%s is public: %s', (address, expected) => {
		expect(isPublicAddress(address)).toBe(expected);
	});
});

describe('fetchArticlePage', () => {
	let server: Server;
	let base: string;
	let hits = 0;
	// The local server stands for the internet: tests that need to reach it allow loopback.
	const reachLocal = { allowAddress: () => true };
	beforeAll(async () => {
		server = createServer((req, res) => {
			hits++;
			const url = new URL(req.url!, 'http://x');
			const hop = Number(url.searchParams.get('hop') ?? 0);
			if (url.pathname === '/page') {
				res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
				res.end(newsPage);
			} else if (url.pathname === '/chain') {
				res.writeHead(302, { location: hop >= 1 ? `/page` : `/chain?hop=${hop + 1}` });
				res.end();
			} else if (url.pathname === '/loop') {
				res.writeHead(301, { location: `/loop?hop=${hop + 1}` });
				res.end();
			} else if (url.pathname === '/to-file') {
				res.writeHead(302, { location: 'file:///etc/passwd' });
				res.end();
			} else if (url.pathname === '/huge') {
				res.writeHead(200, { 'content-type': 'text/html' });
				const chunk = 'x'.repeat(64 * 1024);
				let sent = 0;
				const push = () => {
					while (sent < 6 * 1024 * 1024) {
						sent += chunk.length;
						if (!res.write(chunk)) return res.once('drain', push);
					}
					res.end();
				};
				push();
			} else if (url.pathname === '/slow') {
				res.writeHead(200, { 'content-type': 'text/html' });
				res.write('<p>');
				// Never ends: the fetch's own deadline must give up.
			} else if (url.pathname === '/image') {
				res.writeHead(200, { 'content-type': 'image/png' });
				res.end('png');
			} else {
				res.writeHead(404);
				res.end();
			}
		});
		await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(() => {
		server.closeAllConnections();
		server.close();
	});

	it('refuses loopback by address and by a host name that resolves to it, before connecting', async () => {
		const before = hits;
		await expect(fetchArticlePage(`${base}/page`)).rejects.toThrow(
			/resolves to 127\.0\.0\.1, which is not a public internet address/
		);
		const port = (server.address() as AddressInfo).port;
		await expect(fetchArticlePage(`http://localhost:${port}/page`)).rejects.toThrow(
			/not a public internet address/
		);
		await expect(
			fetchArticlePage(`http://news.example:${port}/page`, {
				resolve: async () => ['93.184.216.34', '127.0.0.1']
			})
		).rejects.toThrow(/resolves to 127\.0\.0\.1/);
		await expect(fetchArticlePage(`http://[::ffff:127.0.0.1]:${port}/page`)).rejects.toThrow(
			/not a public/
		);
		expect(hits).toBe(before);
	});

	it('connects to the address it checked, so a second DNS answer cannot reach elsewhere', async () => {
		// DNS answers a public address when checked; the connection must go there and only there.
		const port = (server.address() as AddressInfo).port;
		const seen: string[] = [];
		const allowAddress = (a: string) => {
			seen.push(a);
			return a === '127.0.0.1';
		};
		const page = await fetchArticlePage(`http://rebind.example:${port}/page`, {
			resolve: async () => ['127.0.0.1'],
			allowAddress
		});
		expect(page.body).toContain('Harbor Bridge');
		expect(seen).toEqual(['127.0.0.1']);
	});

	it('refuses other schemes, including as a redirect target', async () => {
		await expect(fetchArticlePage('file:///etc/passwd')).rejects.toThrow(/only http and https/);
		await expect(fetchArticlePage('ftp://example.com/x')).rejects.toThrow(/only http and https/);
		await expect(fetchArticlePage(`${base}/to-file`, reachLocal)).rejects.toThrow(
			/redirects to file:\/\/\/etc\/passwd: only http and https/
		);
		await expect(fetchArticlePage('not a url')).rejects.toThrow(/is not a web address/);
	});

	it('follows redirects, re-checking each, and gives up after five', async () => {
		const page = await fetchArticlePage(`${base}/chain`, reachLocal);
		expect(page.url).toBe(`${base}/page`);
		await expect(fetchArticlePage(`${base}/loop`, reachLocal)).rejects.toThrow(
			/more than 5 redirects/
		);
		// A redirect to a private address is checked like the first URL.
		let calls = 0;
		await expect(
			fetchArticlePage(`${base}/chain`, { allowAddress: () => calls++ === 0 })
		).rejects.toThrow(/not a public internet address/);
	});

	it('stops at 5 MB, after its time limit, and on what is not a page', async () => {
		await expect(fetchArticlePage(`${base}/huge`, reachLocal)).rejects.toThrow(/larger than 5 MB/);
		await expect(
			fetchArticlePage(`${base}/slow`, { ...reachLocal, timeoutMs: 300 })
		).rejects.toThrow(/took longer than 0.3 s/);
		await expect(fetchArticlePage(`${base}/image`, reachLocal)).rejects.toThrow(
			/is image\/png, not a web page/
		);
		await expect(fetchArticlePage(`${base}/missing`, reachLocal)).rejects.toThrow(/answered 404/);
	});

	it('reaches a loopback server only at an origin the test allowance names exactly', async () => {
		const allowOrigins = testFetchOrigins({ DATELINE_TEST_FETCH_ORIGINS: base });
		expect((await fetchArticlePage(`${base}/page`, { allowOrigins })).body).toContain('Harbor');
		// Another port on the same loopback address is not that origin.
		const otherPort = base.replace(/:(\d+)$/, (_, p) => `:${Number(p) === 1 ? 2 : Number(p) - 1}`);
		await expect(fetchArticlePage(`${otherPort}/page`, { allowOrigins })).rejects.toThrow(
			/not a public internet address/
		);
		// Production ignores the variable, whoever set it.
		expect(testFetchOrigins({ NODE_ENV: 'production', DATELINE_TEST_FETCH_ORIGINS: base })).toEqual(
			[]
		);
		expect(testFetchOrigins({})).toEqual([]);
	});

	it('reads a fetched page into an article draft', async () => {
		const draft = await ingest({ kind: 'url', url: `${base}/page` }, reachLocal);
		expect(draft.title).toBe('Harbor bridge reopens after two-year repair');
		expect(draft.published).toBe('2023-09-14');
	});
});

describe('readArticleHtml', () => {
	const article = readArticleHtml(newsPage, 'https://ledger.example/x');

	it('keeps the story and leaves navigation, ads, captions, "read more" and the newsletter out', () => {
		expect(article.text.split('\n\n')).toEqual([
			'The Harbor Bridge reopened to traffic on Thursday, two years after engineers found corroded cables beneath its main span and closed it to cars.',
			'Inspectors first flagged the corrosion in March 2021, and the city closed the bridge on Sept. 3, 2021, after a second report warned that the cables could fail in high winds.',
			'Repairs began in January 2022 and were expected to take a year, but a shortage of steel delayed the work by eight months, the transportation department said.',
			'Mayor Ellen Park, who cut the ribbon on Thursday, said the city would spend $12 million next spring on new sensors for the bridge.',
			'“We are not going to be surprised again,” Ms. Park said. The council will vote on the sensor contract on Oct. 2.',
			'Commuters said the closure had added as much as 40 minutes to their trips. Ferry ridership doubled in 2022, according to the port authority.'
		]);
	});

	it('prefills title, source, canonical URL and the day published where it was written', () => {
		expect(article).toMatchObject({
			title: 'Harbor bridge reopens after two-year repair',
			source: 'The Coastal Ledger',
			url: 'https://ledger.example/news/2023/harbor-bridge-reopens',
			published: '2023-09-14',
			publishedFrom: 'meta'
		});
	});

	it('falls back to JSON-LD, then <time>, and says where the date came from', () => {
		const noMeta = newsPage.replace(/<meta property="article:published_time"[^>]*>/, '');
		expect(readArticleHtml(noMeta).publishedFrom).toBe('json-ld');
		const onlyTime = noMeta.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '');
		expect(readArticleHtml(onlyTime)).toMatchObject({
			published: '2023-09-14',
			publishedFrom: 'time'
		});
	});
});

describe('ingest', () => {
	it('marks an inferred publication date as a guess with a warning', async () => {
		const draft = await ingest({
			kind: 'text',
			text: 'WASHINGTON, June 26, 2020 — Officials said on Friday that the program began last year.'
		});
		expect(draft).toMatchObject({ published: '2020-06-26', publishedFrom: 'guess' });
		expect(draft.warnings[0]).toMatch(/extractor's guess/);
	});

	it('reads a wire dateline’s day, its year left out, and its agency, as a guess to check', async () => {
		vi.useFakeTimers({ now: Date.parse('2026-12-06T18:00:00Z') });
		try {
			const draft = await ingest({
				kind: 'text',
				text: 'Senate passes budget\n\nWASHINGTON, March 3 (Reuters) - The Senate passed the budget on Tuesday, a week after talks stalled.'
			});
			// Read on December 6: this year's March 3; a December 7 is last year's.
			expect(draft).toMatchObject({
				published: '2026-03-03',
				publishedFrom: 'guess',
				source: 'Reuters'
			});
			expect(draft.warnings[0]).toMatch(/extractor's guess/);
			const december = await ingest({
				kind: 'text',
				text: 'KYIV, Ukraine, Dec. 7 (AP) — Power came back on Saturday.'
			});
			expect(december).toMatchObject({ published: '2025-12-07', source: 'AP' });
		} finally {
			vi.useRealTimers();
		}
	});

	it('reads a byline’s outlet as the source, never a reporter’s role', async () => {
		const byline = await ingest({
			kind: 'text',
			text: 'Port strike ends\nBy Jane Doe, Associated Press\n\nDockworkers went back to work on June 3, 2024.'
		});
		expect(byline.source).toBe('Associated Press');
		const role = await ingest({
			kind: 'text',
			text: 'Port strike ends\nBy Jane Doe, Staff Writer\n\nDockworkers went back to work on June 3, 2024.'
		});
		expect(role.source).toBe('');
	});

	it('reads Markdown front matter and refuses files that are not articles', async () => {
		const draft = await ingest({
			kind: 'file',
			name: 'story.md',
			content:
				'---\ntitle: A story\nsource: The Paper\npublished: 2021-02-03\n---\nIt rained on Monday.\n'
		});
		expect(draft).toMatchObject({
			title: 'A story',
			source: 'The Paper',
			published: '2021-02-03',
			publishedFrom: 'front-matter'
		});
		await expect(ingest({ kind: 'file', name: 'photo.png', content: 'x' })).rejects.toThrow(
			/photo\.png: not an article file/
		);
		await expect(ingest({ kind: 'text', text: '   ' })).rejects.toThrow(/the article is empty/);
	});

	it('takes pasted HTML through Readability', async () => {
		const draft = await ingest({ kind: 'text', text: newsPage });
		expect(draft.source).toBe('The Coastal Ledger');
		expect(draft.text).not.toMatch(/Advertisement|Subscribe|Photo: Sam Lee/);
	});
});
