import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_HEIGHT, embedSnippet, embedUrl, escapeHtml } from './snippet';

const ORIGIN = 'https://timelines.example.org';

describe('embedSnippet', () => {
	const snippet = embedSnippet({ origin: ORIGIN, slug: 'a-story', title: 'A story' });

	it('is a lazy, full-width iframe with a title and a default height, then embed.js', () => {
		expect(snippet).toBe(
			`<iframe src="${ORIGIN}/embed/a-story" title="Timeline: A story" width="100%" ` +
				`height="${DEFAULT_EMBED_HEIGHT}" style="width:100%;border:0" loading="lazy" ` +
				`data-dateline-embed></iframe>\n<script src="${ORIGIN}/embed.js" async></script>`
		);
	});

	it('escapes a title that would break out of its attribute', () => {
		const html = embedSnippet({
			origin: ORIGIN,
			slug: 'a-story',
			title: '"><script>alert(1)</script> & co\'s'
		});
		expect(html).toContain(
			'title="Timeline: &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; co&#39;s"'
		);
		expect(html.match(/<script/g)).toHaveLength(1);
	});

	it('carries the options in the src, with & escaped, and a fixed height as the frame height', () => {
		const html = embedSnippet({
			origin: ORIGIN,
			slug: 'a-story',
			title: 'A story',
			options: { theme: 'dark', height: 600 }
		});
		expect(html).toContain(`src="${ORIGIN}/embed/a-story?theme=dark&amp;height=600"`);
		expect(html).toContain('height="600"');
	});

	it('caps the width when asked (oEmbed maxwidth)', () => {
		const html = embedSnippet({ origin: ORIGIN, slug: 's', title: 't', maxWidth: 500 });
		expect(html).toContain('style="width:100%;max-width:500px;border:0"');
	});
});

describe('embedUrl and escapeHtml', () => {
	it('builds the absolute embed address', () => {
		expect(embedUrl(ORIGIN, 'a-story', { id: 'x' })).toBe(`${ORIGIN}/embed/a-story?id=x`);
	});

	it('escapes the five HTML-special characters', () => {
		expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;'
		);
	});
});
