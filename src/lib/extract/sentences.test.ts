import { describe, expect, it } from 'vitest';
import { bodyParagraphs, datelineLength, splitParagraphs, splitSentences } from './sentences';
import { cpuTime } from './testing/cpu-time';

describe('splitParagraphs: body or page chrome', () => {
	const rows: [string, boolean][] = [
		['Russia pays Taliban to kill American soldiers in Afghanistan', true],
		['By New York Times', true],
		['Load more', true],
		['Share this article', true],
		['Photo: Getty Images', true],
		['The report comes amid the peace talks to end the long-running war there.', false],
		['“If someone makes them, we’ll respond,” Peskov said.', false]
	];
	it.each(rows)('"%s" is chrome: %s', (text, chrome) => {
		expect(splitParagraphs(text)[0]!.chrome).toBe(chrome);
	});

	// A web page's text copied whole: one paragraph a line, no blank lines, a "Related" list last.
	const lede =
		'HARLOW BAY — A Calder County judge on Tuesday sentenced Dennis Varga, the town’s former ' +
		'treasurer, to nine years in state prison for stealing more than $2.3 million from a fund.';
	const copied = [
		'Former treasurer sentenced to nine years',
		'By Marisa Okonkwo, Courts Reporter',
		'Advertisement',
		lede,
		'A grand jury indicted him on 14 counts of theft and money laundering in October 2019, and his trial opened in 2022.',
		'Related',
		'Seawall contractor fined over late repairs'
	].join('\n');

	it('reads each line of unwrapped pasted text as its paragraph, the chrome lines apart', () => {
		const paragraphs = splitParagraphs(copied);
		expect(paragraphs.map((p) => p.chrome)).toEqual([true, true, true, false, false, true, true]);
		expect(paragraphs[3]!.text).toBe(lede);
		expect(copied.slice(paragraphs[3]!.start, paragraphs[3]!.end)).toBe(lede);
		expect(splitSentences(copied).map((s) => s.paragraph)).toEqual([3, 4]);
	});

	it('keeps a text with no body paragraph whole rather than leaving nothing', () => {
		const notes = 'Council votes on budget in March 2027\nMayor to resign, aides say';
		expect(splitSentences(notes).map((s) => s.text)).toEqual([notes]);
	});

	it('keeps prose wrapped at a column as one paragraph', () => {
		const wrapped =
			'The Nasdaq fell 3 percent on Tuesday, its worst day since\nMarch, as investors sold shares of\nchip makers.';
		expect(splitParagraphs(wrapped)).toHaveLength(1);
		expect(splitSentences(wrapped)).toHaveLength(1);
	});
});

describe('splitSentences', () => {
	it('keeps offsets into the original text', () => {
		const text = 'Headline here\n\nFirst sentence is here. Second one follows it.\n\nLoad more';
		const sentences = splitSentences(text);
		expect(sentences.map((s) => s.text)).toEqual([
			'First sentence is here.',
			'Second one follows it.'
		]);
		for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
	});

	it('does not end a sentence at abbreviations, initials or U.S.', () => {
		const text =
			'Mr. Smith met Donald J. Trump in the U.S. capital on Jan. 5. They talked for an hour.';
		expect(splitSentences(text).map((s) => s.text)).toEqual([
			'Mr. Smith met Donald J. Trump in the U.S. capital on Jan. 5.',
			'They talked for an hour.'
		]);
	});

	it('ends a sentence at a closing abbreviation when a word that opens sentences follows', () => {
		const split = (text: string) => splitSentences(text).map((s) => s.text);
		expect(split('He moved to Washington, D.C. He said the move was hard.')).toEqual([
			'He moved to Washington, D.C.',
			'He said the move was hard.'
		]);
		expect(split('He died at his home in Santa Fe, N.M. He was 91.')).toEqual([
			'He died at his home in Santa Fe, N.M.',
			'He was 91.'
		]);
		expect(split('The deal went to Ranger Industries Inc. After the payments, it closed.')).toEqual(
			['The deal went to Ranger Industries Inc.', 'After the payments, it closed.']
		);
		expect(split('Iraq is in a confrontation with the U.S. And it has hostages.')).toHaveLength(2);
	});

	it('goes on after a closing abbreviation that a name or title follows', () => {
		for (const text of [
			'The D.C. Council voted on Tuesday to delay the budget.',
			'Officers of the U.S. Army arrived in Kabul on Monday.',
			'Acme Inc. Chief Executive Ann Lee resigned on Friday.',
			'Troops from the U.N. Security Council mission left on Friday.',
			'Mr. Smith and Gov. Ann Lee met in Washington, D.C., on Monday.',
			'Her husband, the Rev. Samuel Adeyemi, died in 2011.'
		])
			expect(splitSentences(text)).toHaveLength(1);
	});

	it('ends a sentence after a decade or an ordinal, which are no initials', () => {
		const text = 'It was the worst since the 1980s. Inflation peaked on the 3rd. Prices fell.';
		expect(splitSentences(text)).toHaveLength(3);
		expect(splitSentences('Polls close at 8p.m. Tuesday in most states.')).toHaveLength(1);
		expect(
			splitSentences('It spent five years chasing the comet around the sun. It slipped into orbit.')
		).toHaveLength(2);
		expect(
			splitSentences('The answer was no. The couple sat. They wed. Then they left.')
		).toHaveLength(4);
		expect(splitSentences('Sun. Oct. 5 and Sat. Nov. 4, see fig. 2, etc. and so on.')).toHaveLength(
			1
		);
		for (const text of [
			'Its last signal reached Earth at 11:42 a.m. Central European Time, after the craft hit.',
			'Polls close at 9 p.m. Eastern time in most states.',
			'The launch is set for 6:05 a.m. Pacific Daylight Time on Friday.'
		])
			expect(splitSentences(text)).toHaveLength(1);
		expect(splitSentences('The polls closed at 8 p.m. Turnout was high at the time.')).toHaveLength(
			2
		);
	});

	it('ends a sentence after a possessive, whose "s" is no initial', () => {
		const text = "It bought the regional grocer Hill's. The FTC sued on Tuesday.";
		expect(splitSentences(text)).toHaveLength(2);
		expect(splitSentences('He met Hill’s. Lawyers said so.')).toHaveLength(2);
	});

	it('ends a sentence after a closing quotation mark', () => {
		const text = '“We will respond,” he said. “We did it on our own.” The talks went on.';
		expect(splitSentences(text)).toHaveLength(3);
	});

	it('ends a sentence before a wire-style quotation (`` or two apostrophes)', () => {
		const text =
			"''He will leave at 4,'' Castro said. ''And I will go too.'' Later, ``we'll see.''";
		expect(splitSentences(text).map((s) => s.text)).toEqual([
			"''He will leave at 4,'' Castro said.",
			"''And I will go too.''",
			"Later, ``we'll see.''"
		]);
	});

	it('groups the body into paragraphs for reading', () => {
		const paragraphs = bodyParagraphs(
			'One is here. Two is here too.\n\nThree is in a new paragraph.'
		);
		expect(paragraphs.map((p) => p.length)).toEqual([2, 1]);
	});
});

describe('datelineLength: a wire dateline opening the story', () => {
	const first = (text: string) => datelineLength(splitSentences(text)[0]!);
	it.each([
		['WASHINGTON (Reuters) - The Fed held rates.', 'WASHINGTON (Reuters) - '],
		['BRUSSELS, Feb. 10 (Xinhua) -- NATO agreed.', 'BRUSSELS, Feb. 10 (Xinhua) -- '],
		['MIAMI _ The family left.', 'MIAMI _ '],
		['LONDON — Shares in London fell sharply on Monday.', 'LONDON — '],
		['NEW YORK (AP) — Mayor Eric Adams spoke.', 'NEW YORK (AP) — ']
	])('"%s" opens with "%s"', (text, dateline) => {
		expect(first(text)).toBe(dateline.length);
	});

	it.each([
		'COVID-19 hospitalizations rose sharply on Monday.',
		'GOP-led committees subpoenaed the records.',
		'NASA, which launched the probe on Tuesday — its first in years, said it worked.',
		'U.S. - China talks resumed on Friday.'
	])('finds none in "%s"', (text) => {
		expect(first(text)).toBe(0);
	});

	it('looks only at the start of the story, not at later paragraphs', () => {
		const p = 'The markets in Europe fell sharply on Monday morning.';
		const sentences = splitSentences(`${p}\n\n${p}\n\n${p}\n\nLONDON — ${p}`);
		expect(sentences).toHaveLength(4);
		expect(datelineLength(sentences[3]!)).toBe(0);
	});

	it('stays fast on a run of spaces (no backtracking)', () => {
		const { ms } = cpuTime(() => {
			for (const gap of [' '.repeat(2000), '\u00a0'.repeat(2000)])
				first(`NYSE,${gap}shares rose sharply on Monday.`);
		});
		// A guard against catastrophic backtracking (once minutes), not a benchmark: CPU time,
		// which other test runs on a shared machine do not stretch.
		expect(ms).toBeLessThan(10_000);
	});
});
