/**
 * A participle phrase that trails its clause after a comma and holds a date of its own is a
 * happening of the clause's subject, told at that date: "Haddad joined the bank in 1998, leaving
 * in 2004 for a rival" → (2004) "Haddad left for rival"; "…, having moved to Singapore in 2007" →
 * "Lee moved to Singapore"; "…, installing motion sensors in 1981 and hiring a night guard" →
 * "Gallery installed motion sensors". Only where the date is the phrase's own, before any clause
 * or second participle inside it ("ending a fight that began when … in 2023" is that clause's).
 */

import { pastOfIng, pastOfParticiple } from '../verb-forms';
import { MARK, PARTICIPLE, subjectOf } from './words';

/** "-ing" words that open no doing: a preposition's, or a span's start or end. */
const NOT_DOINGS = new Set(
	`including according following beginning starting ending excluding regarding concerning
	during pending barring notwithstanding totalling totaling amounting bringing`.split(/\s+/)
);

/** Words that open a clause or a second phrase inside the participle's phrase. */
const INNER =
	/\s(?:that|which|who|whom|whose|when|where|after|before|while|since|until|as|because|and\s+\p{Ll}+ing)\s/u;

/** The clause, a comma, the participle ("having" and a participle, or an "-ing" form) and its phrase. */
const TRAILING = /^(.+?),\s+(?:(having\s+(?:been\s+)?)(\p{Ll}+)|(\p{Ll}{3,}ing))\b([^,;]*)$/u;

/** Another date of the sentence, as a marker. */
const OTHER_DATE = new RegExp(`${MARK}O\\d+${MARK}`);

/** A perfect's auxiliary and its participle: "has slumped", "had tightened", "have grown". */
const PERFECT =
	/\b(?:has|have|had)\s+(?:\p{Ll}+ly\s+)?(?!(?:the|its|his|her|their|our|that|this|these|those|some|any|all|no|not|one|two|to|more|less|little|much|many|enough|nothing|plans?|reason|time)\b)\p{Ll}{3,}\b/u;

export function trailingDoing(clause: string, mark: string): string | null {
	if (!clause.includes(mark)) return null;
	const m = TRAILING.exec(clause);
	if (!m) return null;
	const [, before, having, participle, ing, phrase] = m as unknown as [
		string,
		string,
		string | undefined,
		string | undefined,
		string | undefined,
		string
	];
	if (before.includes(mark) || !phrase.includes(mark)) return null;
	if (ing && NOT_DOINGS.has(ing)) return null;
	// The phrase has a time of its own only beside the clause's own date, or after a perfect that
	// tells a state ("Its stock has slumped recently, closing unchanged Friday at $29"); after a
	// past happening with no date of its own, the phrase's date dates both ("sought to soften the
	// words, saying on Friday that …"), and the clause stays the title.
	if (!OTHER_DATE.test(before) && !PERFECT.test(before)) return null;
	if (having && !PARTICIPLE.test(participle!)) return null;
	// The phrase's own words up to a clause or a second participle inside it; the date among them.
	const inner = INNER.exec(phrase);
	const own = inner ? phrase.slice(0, inner.index) : phrase;
	// (Nor a date that only names a part of something, "on the last day of a season": that is the
	// clause's own time told again.)
	// (Nor a date that names a noun, "recovering from the February storm that closed 40 stores":
	// the noun's rules read it.)
	if (!own.includes(mark) || own.includes(`${mark} of `)) return null;
	if (new RegExp(`\\b(?:the|a|an|its|his|her|their|this|that)\\s+${mark}\\s+\\p{L}`, 'u').test(own))
		return null;
	const subject = subjectOf(before);
	if (!subject || subject.includes(MARK) || subject.split(' ').length > 5) return null;
	const verb = having
		? `${/been/.test(having) ? 'was ' : ''}${/been/.test(having) ? participle : pastOfParticiple(participle!)}`
		: pastOfIng(ing!);
	return `${subject} ${verb}${own}`;
}
