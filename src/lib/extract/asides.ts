/**
 * A length counted in an aside may count from its own sentence's happening, told after it: in
 * "Castell, who resigned three days later, had denied any wrongdoing on 4 May 2019" the
 * resignation is three days after 4 May 2019, not after the story's last date before the
 * sentence (dev17e). The aside is a relative clause between commas ("who …,", "which …,")
 * that holds the length, and the date is the first written one of the clause it interrupts.
 * Only where that clause is set back before the story's line (a pluperfect, "had denied") or
 * the story has no date of this paragraph to count from: "The storm hit on 4 May. Smith, who
 * died three days later, was buried on Friday" counts from the storm.
 */

/** Where a timex stands in its sentence: offsets into the sentence's text. */
export interface Placed {
	start: number;
	end: number;
	type: string;
}

/**
 * Openers of an aside whose happening the sentence tells beside its own: a relative clause of a
 * person or a thing. Each row: the words, and the example that called for it.
 */
const ASIDE_OPENERS: { words: RegExp; example: string }[] = [
	{
		words: /,\s+who\s/i,
		example: 'Castell, who resigned three days later, had denied any wrongdoing on 4 May 2019.'
	},
	{
		words: /,\s+which\s/i,
		example:
			'Kestrel, which collapsed two months later, had reported a record profit in March 2022.'
	}
];

/** A length's signal after it: "three days later", "two months earlier". */
const SIGNAL = /^\s+(?:later|earlier)\s*,/i;

/** A clause set back before the story's line: "had denied", "had already reported". */
const PLUPERFECT = /^\s*(?:\p{Ll}+ly\s+)?had\s+(?:not\s+|never\s+|already\s+|just\s+)?\p{Ll}+/u;

export interface AsideAnchor {
	/** Index into `dates` of the date the length may count from. */
	date: number;
	/** Whether the clause of that date is told in the pluperfect. */
	setBack: boolean;
}

/**
 * For a length ("three days" of "three days later") inside an aside that closes before the
 * sentence goes on, the date it may count from: the first DATE after the aside's closing
 * comma, in the clause the aside interrupts (no ";" or ":" between). Null when the length is
 * no aside's or no date follows.
 */
export function asideCountsFrom(text: string, length: Placed, dates: Placed[]): AsideAnchor | null {
	if (length.type !== 'DURATION') return null;
	const signal = SIGNAL.exec(text.slice(length.end));
	if (!signal) return null;
	const before = text.slice(0, length.start);
	// The aside's opener is the last comma before the length, with no other comma or clause
	// break between: "Castell, who resigned three days later," — not "…, and he resigned".
	const comma = before.lastIndexOf(',');
	if (comma < 0 || /[;:—–]/.test(before.slice(comma))) return null;
	const opener = before.slice(comma);
	if (!ASIDE_OPENERS.some((row) => row.words.test(opener))) return null;
	const closing = length.end + signal[0].length;
	const rest = text.slice(closing);
	const stop = rest.search(/[;:]/);
	const reach = closing + (stop < 0 ? rest.length : stop);
	const at = dates.findIndex((d) => d.type === 'DATE' && d.start >= closing && d.end <= reach);
	return at < 0 ? null : { date: at, setBack: PLUPERFECT.test(rest) };
}
