import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { xssVectors } from '../../../tests/support/xss-vectors';
import { htmlToText } from './html-text';
import { exportTimeline, importTimelineFile } from './index';
import { isSafeUrl, safeHtml } from './safe-html';
import type { Timeline } from '../timeline/types';
import type { TjsDocument } from './timelinejs';

/** Every tag the output holds, with its attributes: what a browser will build from it. */
const tagsOf = (html: string) => [...html.matchAll(/<[^>]*>/g)].map((m) => m[0]);
const ALLOWED_TAG =
	/^<\/?(a|abbr|b|blockquote|br|cite|code|dd|del|div|dl|dt|em|h[1-6]|hr|i|img|ins|li|mark|ol|p|pre|q|s|small|span|strong|sub|sup|table|tbody|td|th|thead|tr|u|ul)( [a-z]+(="[^"<>]*")?)*>$/;

describe('safeHtml', () => {
	it.each([
		['<p>From Sputnik to <em>Apollo 11</em>.</p>', '<p>From Sputnik to <em>Apollo 11</em>.</p>'],
		['58&nbsp;cm &amp; more, a < b', '58&nbsp;cm &amp; more, a &lt; b'],
		[
			'<a href="https://example.org/x?a=1&amp;b=2">x</a>',
			'<a href="https://example.org/x?a=1&amp;b=2">x</a>'
		],
		[
			'<A HREF=https://example.org TARGET=_blank>x</A>',
			'<a href="https://example.org" target="_blank">x</a>'
		],
		['<a href="javascript:__xss(1)">x</a>', '<a>x</a>'],
		['<a href="jav&#x09;ascript:__xss(1)">x</a>', '<a>x</a>'],
		['<a href=" &#14; javascript:__xss(1)">x</a>', '<a>x</a>'],
		['<a href="java&Tab;script:x">x</a>', '<a href="java&amp;Tab;script:x">x</a>'],
		['<img src=x onerror="__xss(1)">', '<img src="x">'],
		// Cut where htmlToText cuts: at the first ">".
		['<img src="data:image/svg+xml,<svg onload=x>">', '<img>">'],
		['<script>__xss(2)</script>Rome founded', ' Rome founded'],
		['<iframe src="https://example.org/embed"></iframe>Caesar', 'Caesar'],
		["<button onclick='myal()'>Click me</button>", 'Click me'],
		['<p style="position:fixed" class="lead" onmouseover=x>a</p>', '<p class="lead">a</p>'],
		['&lt;script&gt;__xss(4)&lt;/script&gt;', '&lt;script&gt;__xss(4)&lt;/script&gt;'],
		['<scr<script>ipt>__xss(5)</scr</script>ipt>', ''],
		['<svg/onload=__xss(6)>', ''],
		['<!-- <img src=x onerror=__xss(7)> -->', ' -->'],
		['<p title="a &quot;b&quot; <c>">x</p>', '<p title="a &quot;b&quot; &lt;c">">x</p>']
	])('%j → %j', (html, safe) => {
		expect(safeHtml(html)).toBe(safe);
	});

	it('lets only the allow-list through any of the XSS corpus, and keeps the words htmlToText reads', () => {
		for (const vector of xssVectors()) {
			const safe = safeHtml(vector);
			for (const tag of tagsOf(safe)) expect(tag, vector).toMatch(ALLOWED_TAG);
			for (const [, , url] of safe.matchAll(/ (href|src)="([^"]*)"/g))
				expect(isSafeUrl(url!), vector).toBe(true);
			expect(safe.replace(/<[^>]*>/g, ''), vector).not.toMatch(/</);
			expect(htmlToText(safe), vector).toBe(htmlToText(vector));
			expect(safeHtml(safe), vector).toBe(safe);
		}
	});

	it.each([
		['https://example.org', true],
		['//example.org/a.png', true],
		['images/photo.jpg', true],
		['mailto:desk@example.org', true],
		['javascript:alert(1)', false],
		['JaVaScRiPt:alert(1)', false],
		['  javascript:alert(1)', false],
		['java\tscript:alert(1)', false],
		['&#106;avascript:alert(1)', false],
		['vbscript:msgbox(1)', false],
		['data:text/html,<script>alert(1)</script>', false]
	])('a link to %j is safe: %s', (url, safe) => {
		expect(isSafeUrl(url)).toBe(safe);
	});
});

describe('TimelineJS export of the hostile fixtures', () => {
	const wild = (file: string) =>
		readFileSync(new URL(`./fixtures/wild/${file}`, import.meta.url), 'utf8');
	for (const file of ['constructed-bom-bc.json', 'tjs2-govhack-scripts.json']) {
		it(`${file}: writes no script, handler, frame or unsafe URL; words as Dateline read them`, () => {
			const { timeline } = importTimelineFile(wild(file), { file, published: '2026-12-05' });
			const doc = JSON.parse(exportTimeline(timeline, 'timelinejs').body) as TjsDocument;
			const slides = [doc.title, ...doc.events, ...(doc.eras ?? [])].filter(Boolean);
			const html = slides.flatMap((s) => [s!.text?.headline ?? '', s!.text?.text ?? '']);
			for (const h of html) for (const tag of tagsOf(h)) expect(tag).toMatch(ALLOWED_TAG);
			expect(html.flatMap(tagsOf).join(' ')).not.toMatch(
				/<script|<iframe|<button|onerror|onclick/i
			);
			const again = importTimelineFile(JSON.stringify(doc), {
				file: 'again.json',
				published: '2026-12-05'
			});
			expect(again.timeline.events.map((e) => [e.title, e.summary])).toEqual(
				timeline.events.map((e) => [e.title, e.summary])
			);
		});
	}

	it('constructed-bom-bc.json: words about markup stay words (entities), markup goes', () => {
		const file = 'constructed-bom-bc.json';
		const { timeline } = importTimelineFile(wild(file), { file, published: '2026-12-05' });
		const doc = JSON.parse(exportTimeline(timeline, 'timelinejs').body) as TjsDocument;
		expect(doc.events.map((e) => e.text)).toEqual([
			{
				headline: 'Ides of March',
				text: '<img src="x">Caesar is killed &amp; Rome&#39;s republic ends'
			},
			{ headline: ' Rome founded' },
			{
				headline:
					'&lt;img src=x onerror=__xss(3)&gt; &lt;script&gt;__xss(4)&lt;/script&gt; Republic declared',
				text: '&lt;iframe srcdoc=&quot;&lt;script&gt;parent.__xss(5)&lt;/script&gt;&quot;&gt;&lt;/iframe&gt; Brutus expels the king'
			}
		]);
	});

	it('drops media, thumbnails and backgrounds that are not web addresses, and unsafe embeds', () => {
		const doc = {
			events: [
				{
					start_date: { year: 2020 },
					text: { headline: 'x' },
					media: {
						url: 'javascript:__xss(1)',
						thumbnail: 'data:text/html,<script>__xss(2)</script>',
						caption: '<img src=x onerror=__xss(3)>',
						credit: '<a href="https://example.org">AP</a>'
					},
					background: { url: 'javascript:__xss(4)', color: 'red;background:url(javascript:x)' }
				},
				{
					start_date: { year: 2021 },
					text: { headline: 'y' },
					media: {
						url: '<iframe src="https://www.youtube.com/embed/x" srcdoc="<script>__xss(5)</script>" onload="__xss(6)" allowfullscreen></iframe>'
					},
					display_date: '<b onmouseover=__xss(7)>2021</b>',
					group: '<i>Courts</i>'
				}
			]
		};
		const { timeline } = importTimelineFile(JSON.stringify(doc), {
			file: 'media.json',
			published: '2026-12-05'
		});
		const out = JSON.parse(exportTimeline(timeline, 'timelinejs').body) as TjsDocument;
		expect(out.events[0]!.media).toEqual({
			caption: '<img src="x">',
			credit: '<a href="https://example.org">AP</a>'
		});
		expect(out.events[0]!.background).toEqual({});
		expect(out.events[1]!.media).toEqual({
			url: '<iframe src="https://www.youtube.com/embed/x" allowfullscreen></iframe>'
		});
		expect(out.events[1]!.display_date).toBe('2021');
		expect(out.events[1]!.group).toBe('Courts');
	});
});

describe('Dateline JSON export of the hostile fixtures', () => {
	const wild = (file: string) =>
		readFileSync(new URL(`./fixtures/wild/${file}`, import.meta.url), 'utf8');
	for (const file of ['constructed-bom-bc.json', 'tjs2-govhack-scripts.json']) {
		it(`${file}: the TimelineJS slides it keeps hold no script, handler, frame or unsafe URL`, () => {
			const { timeline } = importTimelineFile(wild(file), { file, published: '2026-12-05' });
			// The file as read keeps its markup, to write back; the export does not.
			expect(JSON.stringify(timeline.events.map((e) => e.extra))).toMatch(
				/<script|onclick|onerror/i
			);
			const exported = JSON.parse(exportTimeline(timeline, 'json').body) as Timeline;
			const slides = [
				...(exported.events.map((e) => e.extra?.timelinejs) as TjsDocument['events']),
				...((exported.extra?.timelinejs as TjsDocument | undefined)?.eras ?? []),
				(exported.extra?.timelinejs as TjsDocument | undefined)?.title
			].filter(Boolean);
			const html = slides.flatMap((s) => [s!.text?.headline ?? '', s!.text?.text ?? '']);
			for (const h of html) for (const tag of tagsOf(h)) expect(tag).toMatch(ALLOWED_TAG);
			// Every string it keeps, however deep: tags a browser would build hold no script,
			// frame, button or handler, and no address is a script's.
			const strings = (v: unknown): string[] =>
				typeof v === 'string'
					? [v]
					: v && typeof v === 'object'
						? Object.values(v).flatMap(strings)
						: [];
			const kept = strings([exported.extra, exported.events.map((e) => e.extra)]);
			expect(kept.flatMap(tagsOf).join(' ')).not.toMatch(/<script|<iframe|<button|\son\w+=/i);
			expect(kept.filter((k) => /^\s*javascript:/i.test(k))).toEqual([]);
			// Read back, it is the same timeline, and exports to TimelineJS as the original does.
			const again = importTimelineFile(exportTimeline(timeline, 'json').body, {
				file: 'again.json',
				published: '2026-12-05'
			});
			expect(again.timeline.events.map((e) => [e.title, e.summary, e.start])).toEqual(
				timeline.events.map((e) => [e.title, e.summary, e.start])
			);
			expect(exportTimeline(again.timeline, 'timelinejs').body).toBe(
				exportTimeline(timeline, 'timelinejs').body
			);
		});
	}
});
