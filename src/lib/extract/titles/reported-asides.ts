/**
 * A participle's aside in commas on the subject of what was said ("Halden said on Tuesday that
 * owners of its tower fans, sold in 14 states until last spring, should unplug them") stands
 * between that subject and its verb; a title cut at its comma keeps a saying with nothing said
 * ("Halden said owners of its tower fans"). Without the date, the aside goes and what was said
 * keeps its verb; with the date, the aside is its noun's happening ("Tower fans sold in 14
 * states"), as a subject's aside is (`aside-owner.ts`).
 */

import { isPastVerb } from '../happenings';
import { isParticiple } from '../verb-forms';
import { nounBefore } from './words';

/** A verb of saying, up to four words (its date among them), an optional "that", the subject. */
const SAYING = String.raw`\b(?:said|says|told\s+\S+|announced|warned|reported|confirmed|disclosed|testified|added|argued)\s+(?:\S+\s+){0,4}?(?:that\s+)?`;

/** Verbs of what was said after the aside: a modal or a finite form ("should unplug", "had"). */
const THEN_VERB = String.raw`(?:should|would|could|will|can|may|might|must|had|has|have|was|were|is|are|did|does|do)\b`;

const REPORTED_ASIDE = new RegExp(
	`(${SAYING}[^,;]{3,80}?),\\s+(\\p{Ll}+)\\b([^,;]{0,80}),\\s+(?=${THEN_VERB})`,
	'u'
);

/**
 * The sentence without the aside, or the aside's own happening when the date is in it; null
 * when the sentence has no such aside.
 */
export function reportedAside(
	s: string,
	targetMark: string
): { main: string } | { happening: string } | null {
	const m = REPORTED_ASIDE.exec(s);
	if (!m) return null;
	const [all, before, participle, rest] = m as unknown as [string, string, string, string];
	if (!isParticiple(participle) && !isPastVerb(participle)) return null;
	if (!`${participle}${rest}`.includes(targetMark))
		return { main: `${s.slice(0, m.index)}${before} ${s.slice(m.index + all.length)}` };
	const noun = nounBefore(before);
	return noun ? { happening: `${noun} ${participle}${rest}` } : null;
}
