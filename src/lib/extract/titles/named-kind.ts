/**
 * A date inside a name's description dates what the description tells of the name: "was
 * developed by Tessaly Bio, a company founded in 2016 by two pediatric allergists" → "Tessaly
 * Bio founded by two pediatric allergists"; "studied at Reed College, a school founded in 1908"
 * → "Reed College founded". The sentence's own happening is not the date's.
 */

import { MARK } from './words';

const NAMED_KIND = new RegExp(
	String.raw`(\p{Lu}[\p{L}’'.&-]*(?:\s+(?:of\s+|&\s+)?\p{Lu}[\p{L}’'.&-]*){0,4}),\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}?(\p{Ll}+ed|built|begun|born|made|set\s+up|run)\s+(?:(?:in|on|during)\s+)?(${MARK}T\d+${MARK})(\s+by\s+[^,;.]+)?`,
	'u'
);

/** The name's own happening, its description's participle and agent, or null. */
export function namedKind(s: string, mark: string): string | null {
	const m = NAMED_KIND.exec(s);
	if (!m || m[3] !== mark) return null;
	return `${m[1]} ${m[2]}${m[4] ?? ''}`;
}
