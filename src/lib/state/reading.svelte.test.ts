import { describe, expect, it } from 'vitest';
import { ReadingState, readingLineY, sentenceAt, READING_LINE } from './reading.svelte';

describe('ReadingState: the event being read', () => {
	const sentences = new Map([
		[10, ['e1']],
		[50, ['e2', 'e3']]
	]);

	it('makes the event of the dated sentence at the reading line current', () => {
		const r = new ReadingState(sentences);
		expect(r.currentId).toBeNull();
		r.read(10, 0.5);
		expect(r.currentId).toBe('e1');
		expect(r.sentence).toBe(10);
	});

	it('hands a sentence with two events from the first to the second as the line passes', () => {
		const r = new ReadingState(sentences);
		r.read(50, 0.2);
		expect(r.currentId).toBe('e2');
		r.read(50, 0.6);
		expect(r.currentId).toBe('e3');
		r.read(50, 1);
		expect(r.currentId).toBe('e3');
	});

	it("keeps a link's event marked while the line crosses others, until the reader moves the page", () => {
		const r = new ReadingState(sentences);
		r.hold('e2');
		expect(r.currentId).toBe('e2');
		// The page, put at e2's sentence, has the line in e2's sentence's second half, or before any.
		r.read(50, 0.8);
		r.read(null);
		r.read(10, 0.5);
		expect(r.currentId).toBe('e2');
		r.release();
		r.read(10, 0.5);
		expect(r.currentId).toBe('e1');
	});

	it('ignores undated sentences and clears before the first dated one', () => {
		const r = new ReadingState(sentences);
		r.read(10, 1);
		r.read(20, 0.5);
		expect(r.currentId).toBe('e1');
		r.read(null);
		expect(r.currentId).toBeNull();
	});
});

describe('readingLineY: where the reading line lies in the visible band', () => {
	const band = { top: 300, bottom: 740 };
	const rest = 300 + 440 * READING_LINE;

	it('rests in the band, below a pinned panel, in the middle of a long page', () => {
		expect(readingLineY(band, 2000, 5000)).toBeCloseTo(rest);
	});

	it('starts at the band’s top and ends at its bottom, so first and last sentences are crossed', () => {
		expect(readingLineY(band, 0, 5000)).toBe(300);
		expect(readingLineY(band, 5000, 5000)).toBe(740);
	});

	it('never moves down the page faster than 1.5× the scroll, nor ever up', () => {
		let last = -Infinity;
		for (let scroll = 0; scroll <= 3000; scroll += 20) {
			const y = scroll + readingLineY(band, scroll, 3000);
			expect(y).toBeGreaterThanOrEqual(last);
			if (last > -Infinity) expect(y - last).toBeLessThanOrEqual(30 + 1e-9);
			last = y;
		}
	});
});

describe('sentenceAt: the dated sentence the line has reached', () => {
	const boxes = [
		{ sentence: 0, top: 100, bottom: 160 },
		{ sentence: 80, top: 400, bottom: 500 }
	];
	it('is none above the first, the one the line is in, and the last one passed', () => {
		expect(sentenceAt(boxes, 50)).toBeNull();
		expect(sentenceAt(boxes, 130)).toEqual({ sentence: 0, fraction: 0.5 });
		expect(sentenceAt(boxes, 300)).toEqual({ sentence: 0, fraction: 1 });
		expect(sentenceAt(boxes, 425)).toEqual({ sentence: 80, fraction: 0.25 });
	});
});
