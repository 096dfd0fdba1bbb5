/**
 * A distance set off by commas says where a thing is from another ("Lake Monoun, some 100
 * kilometres to the south,", "a plant, about 40 miles north of Tulsa,"): it is never a subject nor
 * a clause, and a title leaves it, as it leaves an age. Each kind of distance is a row of
 * `DISTANCES` with the sentence that asked for it.
 */

/** A length: "some 100 kilometres", "about 40 miles", "6km", "two miles". */
const LENGTH = String.raw`(?:(?:some|about|around|roughly|nearly|almost|just|barely|only|more\s+than|less\s+than|under|over)\s+)?(?:[\d.,]+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s*-?\s*(?:km|kilometres?|kilometers?|miles?|metres?|meters?|feet|yards?|nautical\s+miles?)`;

/** Which way: "to the south", "north of Tulsa", "from the coast", "offshore", "away". */
const WAY = String.raw`(?:(?:to\s+the\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:\s+of\s+[^,;]+)?|(?:from|off|outside|beyond|inland\s+from|up(?:stream|river)\s+from|down(?:stream|river)\s+from)\s+[^,;]+|away|offshore|inland|up(?:stream|river)|down(?:stream|river))`;

export const DISTANCES: { pattern: RegExp; example: string }[] = [
	{
		// Between commas, after the noun it places.
		pattern: new RegExp(String.raw`,\s+${LENGTH}\s+${WAY},(?=\s)`, 'giu'),
		example:
			'A smaller release of gas from Lake Monoun, some 100 kilometres to the south, had killed 37 people along a road.'
	},
	{
		// Ending the sentence: "…at a plant, about 40 miles north of Tulsa."
		pattern: new RegExp(String.raw`,\s+${LENGTH}\s+${WAY}(?=[.]?$)`, 'giu'),
		example: 'A blaze injured six workers at a plant, about 40 miles north of Tulsa.'
	}
];

/** `s` without its distance asides, unless one holds `mark` (a date's own words). */
export function withoutDistances(s: string, mark: string): string {
	return DISTANCES.reduce(
		(t, { pattern }) => t.replace(pattern, (m) => (m.includes(mark) ? m : '')),
		s
	);
}
