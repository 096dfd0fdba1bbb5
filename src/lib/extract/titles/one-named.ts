/**
 * "One" of a set, then its name in apposition, opening a clause: the name is the clause's
 * subject. "Four banks cut their rates on Monday, and one, Southern Cross Bank, raised its rate
 * on Tuesday" is, for Tuesday, "Southern Cross Bank raised its rate", never "Four banks raised its
 * rate" (the first clause's subject, borrowed by a clause that seemed to have none) or "One
 * raised its rate" (issue 13, point 4).
 */

/**
 * After "and", "but" or a semicolon (or opening the sentence), "one" or "one of them", the name
 * of capitalised words between commas, then a lower-case word: the name takes the place of all
 * three. (A name may hold "of", "&" or "and": "Bank of Lyon", "Kettle & Co.")
 */
const ONE_NAMED =
	/(^|(?:,\s+)?\b(?:and|but)\s+|;\s+)[Oo]ne(?:\s+of\s+(?:them|those|the\s+[\p{Ll}-]+))?,\s+((?:the\s+)?\p{Lu}[\p{L}\d’'&.-]*(?:\s+(?:(?:of|for|and|&)\s+)?\p{Lu}[\p{L}\d’'&.-]*){0,4}),\s+(?=\p{Ll})/gu;

/** The sentence with each "one, <Name>," put as the name: "…, and Southern Cross Bank raised …". */
export function oneNamed(s: string): string {
	return s.replace(ONE_NAMED, (_m, before: string, name: string) => `${before}${name} `);
}
