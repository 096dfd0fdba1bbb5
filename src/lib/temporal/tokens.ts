import { sentenceGoesOn } from './full-stops';

/**
 * The tokenizer: one linear pass, no regular expressions over the whole text. Patterns then
 * look at a bounded window of tokens, so tagging time grows linearly with text length.
 */

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
	/** As written. */
	text: string;
	/** Lower-cased, for lexicon look-ups. */
	lower: string;
	kind: TokenKind;
	start: number;
	end: number;
	/** True when whitespace separates this token from the previous one. */
	spaced: boolean;
	/** True when a line break or sentence-final punctuation precedes it: a sentence starts. */
	sentenceStart: boolean;
	/** Which paragraph (line of text: pasted articles break lines between paragraphs) it is in. */
	paragraph: number;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) =>
	(c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7);
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2009;

export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	let i = 0;
	let spaced = true;
	let sentenceStart = true;
	let paragraph = 0;
	let newLine = false;
	const n = text.length;
	while (i < n) {
		const c = text.charCodeAt(i);
		if (isSpace(c)) {
			if (c === 10 && i + 1 < n && text.charCodeAt(i + 1) === 10) sentenceStart = true;
			if (c === 10) newLine = true;
			spaced = true;
			i++;
			continue;
		}
		let j = i + 1;
		let kind: TokenKind = 'punct';
		if (isDigit(c)) {
			kind = 'number';
			while (j < n && isDigit(text.charCodeAt(j))) j++;
		} else if (isLetter(c)) {
			kind = 'word';
			while (j < n && isLetter(text.charCodeAt(j))) j++;
		}
		const tokenText = text.slice(i, j);
		if (newLine && tokens.length > 0) paragraph++;
		newLine = false;
		tokens.push({
			text: tokenText,
			lower: tokenText.toLowerCase(),
			kind,
			start: i,
			end: j,
			spaced,
			sentenceStart,
			paragraph
		});
		sentenceStart = false;
		if (kind === 'punct' && (c === 46 || c === 33 || c === 63) && isSentenceEnd(text, i, j)) {
			sentenceStart = true;
		}
		spaced = false;
		i = j;
	}
	return tokens;
}

/**
 * Which tokens lie inside a quotation: 1 each, from one pass over the quote marks. Curly marks
 * say which way they face; a straight '"' opens after a space or at a sentence's start and
 * closes otherwise; `` and '' are the wire's. A paragraph closes any quotation left open (a
 * quote running on into the next paragraph leaves its closing mark off).
 */
export function quotedTokens(tokens: Token[]): Uint8Array {
	const quoted = new Uint8Array(tokens.length);
	let open = false;
	let paragraph = 0;
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i]!;
		if (t.paragraph !== paragraph) {
			paragraph = t.paragraph;
			open = false;
		}
		if (t.kind === 'punct') {
			const double = (t.text === '`' || t.text === "'") && tokens[i + 1]?.text === t.text;
			if (t.text === '\u201c' || (double && t.text === '`')) open = true;
			else if (t.text === '\u201d' || (double && t.text === "'")) open = false;
			else if (t.text === '"') open = t.spaced || t.sentenceStart || i === 0;
			if (double) i++;
			continue;
		}
		if (open) quoted[i] = 1;
	}
	return quoted;
}

/**
 * A full stop ends a sentence when whitespace and then a capital or quote follow, unless it
 * closes an abbreviation or an initial the sentence goes on past ("Ms. Holt promised in March",
 * "the U.S. Women's Championship in St. Louis in October"; full-stops.ts, the extractor's rule).
 */
function isSentenceEnd(text: string, stop: number, j: number): boolean {
	let k = j;
	while (k < text.length && (text[k] === '"' || text[k] === '\u201d' || text[k] === "'")) k++;
	if (k >= text.length) return true;
	if (!isSpace(text.charCodeAt(k))) return false;
	const closed = k > j;
	while (k < text.length && isSpace(text.charCodeAt(k))) k++;
	const next = text.charCodeAt(k);
	if (k < text.length && !((next >= 65 && next <= 90) || next === 34 || next === 0x201c))
		return false;
	return (
		closed || text.charCodeAt(stop) !== 46 || k >= text.length || !sentenceGoesOn(text, stop, k)
	);
}
