import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportTimeline, importTimelineFile, type TjsDocument } from '../src/lib/interchange';
import { safeHtml } from '../src/lib/interchange/safe-html';
import { launchBrowser } from './support/browser';
import { artifactPath } from './support/server';
import { xssVectors } from './support/xss-vectors';

/**
 * What a TimelineJS export carries as HTML, put into a page the way TimelineJS before 3.8 put
 * it (innerHTML, unsanitised), in Chromium: the hostile wild files and the whole XSS corpus.
 * Nothing may run (the vectors call window.__xss(n), a tripwire; dialogs are caught too), and
 * no element may carry a handler, a script or a frame.
 */
const WILD = 'src/lib/interchange/fixtures/wild';
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

function exportedHtml(file: string): string[] {
	const text = readFileSync(`${WILD}/${file}`, 'utf8');
	const { timeline } = importTimelineFile(text, { file, published: '2026-12-05' });
	const doc = JSON.parse(exportTimeline(timeline, 'timelinejs').body) as TjsDocument;
	return [doc.title, ...doc.events].flatMap((s) => [s?.text?.headline ?? '', s?.text?.text ?? '']);
}

async function render(fragments: string[], shot: string) {
	const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
	const fired: string[] = [];
	await page.exposeFunction('__xss', (n: number) => fired.push(`__xss(${n})`));
	page.on('dialog', (dialog) => {
		fired.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	await page.setContent('<!doctype html><main id="slides"></main>');
	await page.evaluate((html: string[]) => {
		const main = document.getElementById('slides')!;
		for (const h of html) {
			const slide = document.createElement('section');
			slide.innerHTML = h;
			main.append(slide);
		}
	}, fragments);
	// Every image has loaded or failed, so an onerror would have fired by now.
	await page.evaluate(() =>
		Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)))
	);
	const found = await page.evaluate(() => {
		const all = [...document.querySelectorAll('#slides *')];
		return {
			handlers: all.flatMap((el) =>
				[...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)
			),
			active: all
				.filter((el) =>
					/^(SCRIPT|IFRAME|OBJECT|EMBED|SVG|MATH|FORM|BASE|META|LINK|STYLE)$/i.test(el.tagName)
				)
				.map((el) => el.tagName),
			links: all
				.flatMap((el) => ['href', 'src'].map((a) => el.getAttribute(a)))
				.filter((v): v is string => v !== null && !/^(https?:|mailto:|\/\/|[^:]*$)/i.test(v)),
			text: document.getElementById('slides')!.innerText
		};
	});
	await page.screenshot({ path: artifactPath(shot), fullPage: true });
	await page.close();
	return { fired, ...found };
}

describe('markup in a TimelineJS export, rendered unsanitised in Chromium', () => {
	it('the hostile wild files: words and safe markup only, nothing runs', async () => {
		const html = [
			...exportedHtml('constructed-bom-bc.json'),
			...exportedHtml('tjs2-govhack-scripts.json')
		];
		const { fired, handlers, active, links, text } = await render(html, 'export-markup-wild.png');
		expect(fired).toEqual([]);
		expect(handlers).toEqual([]);
		expect(active).toEqual([]);
		expect(links).toEqual([]);
		expect(text).toContain("Caesar is killed & Rome's republic ends");
		expect(text).toContain('<script>__xss(4)</script> Republic declared');
		expect(text).toContain('Click me');
	});

	it('the XSS corpus through safeHtml: nothing runs', async () => {
		const { fired, handlers, active, links } = await render(
			xssVectors().map((v) => safeHtml(v)),
			'export-markup-corpus.png'
		);
		expect(fired).toEqual([]);
		expect(handlers).toEqual([]);
		expect(active).toEqual([]);
		expect(links).toEqual([]);
	});

	it('the same corpus unsanitised trips the wire (the test can see an attack)', async () => {
		const { fired, handlers } = await render(xssVectors(), 'export-markup-unsafe.png');
		expect(handlers.length).toBeGreaterThan(0);
		expect(fired.length).toBeGreaterThan(0);
	});
});
