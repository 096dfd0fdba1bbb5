import { sentenceGoesOn } from '../temporal/full-stops';

/** A sentence of an article's body, with its character offsets into the article text. */
export interface Sentence {
	start: number;
	end: number;
	text: string;
	/** Index of the paragraph it belongs to, counting every paragraph of the text. */
	paragraph: number;
	/** Whether it is the first sentence of its paragraph. */
	opensParagraph: boolean;
}

/** A block of text between blank lines, and whether it is page chrome rather than body. */
export interface Paragraph {
	start: number;
	end: number;
	text: string;
	chrome: boolean;
}

const CHROME_LINE =
	/^(by\s+[^.]{1,80}|load more|read more|share( this)?( article)?|advertisement|related|subscribe.*|sign up.*|photo:.*|image:.*|credit:.*|getty images|reuters|ap photo.*|follow us.*|comments?|more from.*)$/i;

/**
 * A line longer than this is a paragraph of its own, not prose wrapped at a column: text copied
 * from a web page puts one paragraph on each line, with no blank line between them, while wire
 * copy wrapped by hand keeps its lines under about 80 characters.
 */
const PARAGRAPH_LINE = 160;

/**
 * Splits text into paragraphs at blank lines (and, in a block of unwrapped lines, at each line)
 * and tells body from page chrome. Pasted articles carry headlines, captions, bylines and
 * buttons ("Load more"); body text is a paragraph that reads as prose: several words ending in
 * sentence punctuation.
 */
export function splitParagraphs(text: string): Paragraph[] {
	const paragraphs: Paragraph[] = [];
	const blank = /\n[ \t]*(?:\r?\n)+/g;
	let from = 0;
	const paragraph = (start: number, end: number) => {
		const raw = text.slice(start, end);
		const lead = raw.length - raw.trimStart().length;
		const body = raw.trim();
		if (!body) return;
		const s = start + lead;
		paragraphs.push({ start: s, end: s + body.length, text: body, chrome: isChrome(body) });
	};
	const block = (start: number, end: number) => {
		const lines = text.slice(start, end).split('\n');
		if (lines.length < 2 || !lines.some((line) => line.trim().length > PARAGRAPH_LINE)) {
			return paragraph(start, end);
		}
		let at = start;
		for (const line of lines) {
			paragraph(at, at + line.length);
			at += line.length + 1;
		}
	};
	for (let m = blank.exec(text); m; m = blank.exec(text)) {
		block(from, m.index);
		from = m.index + m[0].length;
	}
	block(from, text.length);
	return paragraphs;
}

function isChrome(paragraph: string): boolean {
	if (CHROME_LINE.test(paragraph)) return true;
	const words = paragraph.split(/\s+/).length;
	const endsLikeProse = /[.!?]["'”’)]*$|[”"]$/.test(paragraph);
	return !endsLikeProse || words < 5;
}

/**
 * Whether an event's sentence starts between two offsets of the text. A paragraph that tells an
 * event is body however it reads: an imported timeline's article is made of its events' texts
 * ("Ides of March."), and an editor may take an event from a caption.
 */
export type Told = (start: number, end: number) => boolean;

/**
 * Splits the body paragraphs of a text into sentences. A full stop ends a sentence when a
 * capital letter, a digit or an opening quote follows it, unless it closes a known
 * abbreviation or an initial ("U.S.", "Donald J. Trump").
 */
export function splitSentences(text: string, told?: Told): Sentence[] {
	const sentences: Sentence[] = [];
	const paragraphs = splitParagraphs(text);
	// A text with no paragraph that reads as body (notes, a list of headlines) is kept whole:
	// leaving all of it out would leave an editor nothing to make an event from.
	const allChrome = paragraphs.every((p) => p.chrome);
	paragraphs.forEach((paragraph, index) => {
		if (paragraph.chrome && !allChrome && !told?.(paragraph.start, paragraph.end)) return;
		const p = paragraph.text;
		// Wire copy opens quotations with `` or '' as well as “ and ".
		const boundary = /([.!?])(["'”’)\]]*)\s+(?=["'“‘(`[]{0,2}[A-Z0-9])/g;
		let from = 0;
		for (let m = boundary.exec(p); m; m = boundary.exec(p)) {
			if (m[1] === '.' && !m[2] && sentenceGoesOn(p, m.index, m.index + m[0].length)) continue;
			const end = m.index + m[1]!.length + m[2]!.length;
			sentences.push(sentence(paragraph.start, p, from, end, index));
			from = m.index + m[0].length;
		}
		if (from < p.length) sentences.push(sentence(paragraph.start, p, from, p.length, index));
	});
	return sentences;
}

function sentence(
	offset: number,
	p: string,
	from: number,
	to: number,
	paragraph: number
): Sentence {
	return {
		start: offset + from,
		end: offset + to,
		text: p.slice(from, to),
		paragraph,
		opensParagraph: from === 0
	};
}

/** The body of an article as the reader sees it: paragraphs of sentences, chrome left out. */
export function bodyParagraphs(text: string, told?: Told): Sentence[][] {
	const paragraphs: Sentence[][] = [];
	let last = -1;
	for (const s of splitSentences(text, told)) {
		if (s.paragraph !== last) paragraphs.push([]);
		paragraphs[paragraphs.length - 1]!.push(s);
		last = s.paragraph;
	}
	return paragraphs;
}

/**
 * A wire dateline opening a story: "WASHINGTON (Reuters) - ", "MIAMI _ ", "BRUSSELS, Feb. 10
 * (Xinhua) -- ", "LONDON — ". A place in capitals, then its details, then a dash with spaces (so
 * "COVID-19" or "GOP-led" is no dateline); a month or a weekday in capitals ("MARCH 8, 2017 —")
 * heads a chronology's entry instead. Single spaces only, so it cannot backtrack.
 */
export const DATELINE =
	/^(?!(?:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)\b)[\p{Lu}][\p{Lu}'’-]{2,}\.?(?: [\p{Lu}][\p{Lu}.'’-]+){0,3}(?:, [\p{Lu}\d][^()\n,]{0,30}?){0,2}(?: \([^()\n]{1,40}\))?(?: ?(?:--?|_) | ?[—–] ?)/u;

/** How many characters of a story's first sentence are its dateline (0 when there is none). */
export function datelineLength(sentence: Sentence): number {
	if (sentence.paragraph > 2 || !sentence.opensParagraph) return 0;
	return DATELINE.exec(sentence.text)?.[0].length ?? 0;
}
