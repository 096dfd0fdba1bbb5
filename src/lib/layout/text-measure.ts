/**
 * Estimates how wide text sets in a sans-serif font, without a DOM, so the layout stays pure
 * data that runs in Node, a worker or the browser. The figures are average advance widths (in
 * em) of system UI fonts; they err wide so estimated boxes hold the real text.
 */
const NARROW = /[ il.,:;'’|!()[\]ftjrI1]/;
const WIDE = /[mwMW@%]/;
const UPPER = /[A-Z]/;
const DIGIT = /[0-9]/;

export function textWidth(text: string, fontSize: number): number {
	let em = 0;
	for (const ch of text) {
		if (ch === ' ') em += 0.28;
		else if (NARROW.test(ch)) em += 0.32;
		else if (WIDE.test(ch)) em += 0.88;
		else if (UPPER.test(ch)) em += 0.68;
		else if (DIGIT.test(ch)) em += 0.58;
		else em += 0.55;
	}
	return em * fontSize;
}

/** Greedy word wrap into at most `maxLines` lines, by a width function; the last keeps the overflow. */
export function wrapText(
	text: string,
	width: (text: string) => number,
	maxWidth: number,
	maxLines: number
): string[] {
	const words = text.split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && width(candidate) > maxWidth && lines.length < maxLines - 1) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line) lines.push(line);
	return lines;
}
