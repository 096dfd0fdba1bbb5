/**
 * A noun's aside with a "when" clause of its own: "the painting, stolen in 1990, when thieves
 * posed as police, for $4 million", "the city, which had lost 4,000 jobs since 2020, when the
 * mill closed, would seek state aid". The "when" clause tells of the aside's date, so it goes
 * with the aside: a date outside them titles the sentence without both ("Museum bought painting
 * for $4 million", was "… painting, stolen, when thieves posed as police"; "Officials said city
 * would seek state aid"), and the aside's own date titles the aside without its "when" clause
 * ("Tax first proposed", was "Library lost its roof" for the sentence's Tuesday).
 */

import { isPastVerb } from '../happenings';
import { isParticiple } from '../verb-forms';

/** ", <participle or which/who> …, when …," after a noun: the aside, then its "when" clause. */
const ASIDE_WHEN =
	/,\s+((?:which|who)\s[^,;]*?|(?:(?:first|last|once|later|originally|\p{Ll}+ly)\s+)?(\p{Ll}{3,})\b[^,;]*?),\s+when\s+[^,;]*?(?=,|$)(,?)/gu;

/**
 * The sentence with the "when" clause of a noun's aside taken out, and the aside too when the
 * date `mark` is in neither; unchanged when the date is in the "when" clause, or there is none.
 */
export function asideWhen(s: string, mark: string): string {
	if (!s.includes(', when ')) return s;
	return s.replace(
		ASIDE_WHEN,
		(m, aside: string, participle: string | undefined, comma: string, at: number) => {
			// (A participle's aside only: "…, first proposed in 2019, when …", not a clause's "the
			// tax passed in 2019, when …", which the date's own rules tell.)
			if (participle && !isParticiple(participle) && !isPastVerb(participle)) return m;
			// (Not a clause of the sentence's own subject: "The mill closed in 2020, when …".)
			if (at === 0 || !/\p{L}$/u.test(s.slice(0, at))) return m;
			const when = m.slice(m.indexOf(', when ') + 2);
			if (when.includes(mark)) return m;
			if (aside.includes(mark)) return `, ${aside}${comma}`;
			return comma ? ' ' : '';
		}
	);
}
