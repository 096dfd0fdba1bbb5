import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { PAYLOAD_ID, payloadElement, readPayload } from './payload';

const hostile = '</script><script>window.__xss()</script><!-- \u2028 \u2029 & "quotes"';

function parse(html: string): Document {
	return new JSDOM(`<!doctype html><html><head>${html}</head><body></body></html>`).window.document;
}

describe('the embed payload', () => {
	it('stays one inert JSON element whatever the text holds, and reads back the same', () => {
		const payload = {
			data: { title: hostile, list: [1, 'two', null] },
			lang: 'fr' as const,
			readerPath: '../t/a'
		};
		const html = payloadElement(payload);
		expect(html.match(/<\/script>/g)).toHaveLength(1);
		expect(html).not.toContain('<!--');
		const doc = parse(html);
		expect(doc.querySelectorAll('script')).toHaveLength(1);
		expect(doc.getElementById(PAYLOAD_ID)?.getAttribute('type')).toBe('application/json');
		expect(readPayload(doc)).toEqual(payload);
	});

	it('reads nothing from a page without one, and warns about a broken one', () => {
		expect(readPayload(parse(''))).toBeNull();
		const warnings: unknown[] = [];
		const warn = console.warn;
		console.warn = (message: unknown) => warnings.push(message);
		try {
			const broken = parse(`<script type="application/json" id="${PAYLOAD_ID}">{"data":</script>`);
			expect(readPayload(broken)).toBeNull();
		} finally {
			console.warn = warn;
		}
		expect(String(warnings[0])).toMatch(/unreadable page data/);
	});
});
