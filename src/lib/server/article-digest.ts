import { createHash } from 'node:crypto';

/** The white space a paste may add or lose at a text's edges: a newline more or less. */
const EDGES = /^[ \t\r\n]+|[ \t\r\n]+$/g;

/** An article's text as /new compares it: its edges' white space aside. */
export function normalisedText(text: string): string {
	return text.replace(EDGES, '');
}

/**
 * The SHA-256 (hex) of an article's normalised text, kept in `articles.text_digest` (migration
 * 0005) so a paste finds the same article by one indexed lookup instead of trimming and
 * comparing every article's whole text.
 */
export function articleDigest(text: string): string {
	return createHash('sha256').update(normalisedText(text), 'utf8').digest('hex');
}
