import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJsonText } from './json-text';

const wild = (name: string) =>
	readFileSync(new URL(`./fixtures/wild/${name}`, import.meta.url), 'utf8');

describe('parseJsonText', () => {
	// One row per way a wild file wraps its JSON: the file, and a value its JSON must hold.
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each row reaches into its own file's shape
	const wrapped: [file: string, has: (json: any) => unknown][] = [
		['video-clips-jsonp.js', (j) => j.events[0].start_date.minute], // var x = {…};
		['middle-ages-var.js', (j) => j.scale], // var timeline_json_data = {…};
		['tjs2-conlanger-jsonp.jsonp', (j) => j.timeline.date[1].startDate], // storyjs_jsonp_data = {…}
		['tjs2-blog-json.js', (j) => j.timeline.date[0].classname], // var json = {…}
		['constructed-bom-bc.json', (j) => j.events[1].display_date], // a byte-order mark
		['jazz-trailing-comma.json', (j) => j.events[1].media.url], // a comma before }
		['tjs2-sstimeline-leading-space.json', (j) => j.timeline.headline] // white space first
	];
	for (const [file, has] of wrapped) {
		it(`reads ${file} through its wrapper`, () => {
			const parsed = parseJsonText(wild(file));
			expect('json' in parsed).toBe(true);
			expect(has((parsed as { json: unknown }).json)).toBeTruthy();
		});
	}

	it('reads JSONP with a callback, and leaves a comma inside a string alone', () => {
		expect(parseJsonText('cb({"a": "x,}"});')).toEqual({ json: { a: 'x,}' } });
		expect(parseJsonText('{"a": [1, 2,], }')).toEqual({ json: { a: [1, 2] } });
	});

	it('says what a web page or a template saved under a JSON name is', () => {
		expect(parseJsonText(wild('github-page-saved-as-json.json'))).toEqual({
			problem:
				'this is a web page (HTML), not a TimelineJS file; save the raw file instead (on GitHub, the "Raw" button)'
		});
		expect(parseJsonText(wild('inls161-jekyll-template.json'))).toMatchObject({
			problem: expect.stringMatching(/^this is a template \(Jekyll front matter/)
		});
	});

	it('does not take a good file with template-like words in a string for a template', () => {
		const text = wild('houston-copy-template-url.json');
		expect(text).toContain('{{ static_url }}');
		expect('json' in parseJsonText(text)).toBe(true);
	});

	it('names the line and column of a syntax error', () => {
		expect(parseJsonText('{\n  "events": [\n    {"a": 1} {"b": 2}\n  ]\n}')).toMatchObject({
			problem: expect.stringMatching(/^not valid JSON at line 3, column 14 \(/)
		});
	});
});
