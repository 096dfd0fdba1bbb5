/**
 * A length of time set off after the clause, counted from another happening ("…were cleared at
 * 2:40 p.m. on Thursday, more than 46 hours after they began"; "…rowed into English Harbour on
 * Monday afternoon, 41 days, 6 hours and 12 minutes after she left …"), says how long it took,
 * not what happened: the title leaves it whole, never its length alone ("Last faults cleared,
 * more than 46 hours"). A date in it dates the happening it counts from, which keeps it. Each kind
 * is a row of `LAPSES` with the sentence that asked for it.
 */

import { hasFiniteVerb } from './words';

/** A count of a unit of time: "46 hours", "a week", "six years", "41 days". */
const COUNT = String.raw`(?:[\d.,]+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|a\s+dozen)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)`;

/** The count with its hedge, and the counts after it: "more than 46 hours", "41 days, 6 hours and 12 minutes". */
const LENGTH = String.raw`(?:(?:some|about|around|roughly|nearly|almost|just|barely|only|more\s+than|less\s+than|under|over|exactly)\s+)?${COUNT}(?:(?:,\s+|\s+and\s+)${COUNT})*`;

export const LAPSES: { pattern: RegExp; example: string }[] = [
	{
		// After the clause: it runs to the clause's end, a comma's asides within it ("a year after
		// her husband, the engineer Paul Voss, died").
		pattern: new RegExp(String.raw`,\s+${LENGTH}\s+(?:after|before|since)\s`, 'giu'),
		example: 'The last faults were cleared on Thursday, more than 46 hours after they began.'
	}
];

/** Where the clause a lapse is in ends: a new clause after ", and", a semicolon, the end. */
const CLAUSE_END = /,\s+(?:and|but|yet)\s|;|\.?$/g;

/**
 * `s` without a length it counts from another happening, unless that holds `mark`; only after a
 * clause of its own (not an opening "In January, a week after …, a bombing killed"), and never a
 * cleft's ("It was on 12 March, three days after the storm, that …").
 */
export function withoutLapses(s: string, mark: string): string {
	for (const { pattern } of LAPSES)
		for (const m of s.matchAll(pattern)) {
			CLAUSE_END.lastIndex = m.index + m[0].length;
			const end = CLAUSE_END.exec(s)?.index ?? s.length;
			const span = s.slice(m.index, end);
			if (span.includes(mark) || /,\s+that\s/.test(span)) continue;
			if (!hasFiniteVerb(s.slice(0, m.index))) continue;
			return s.slice(0, m.index) + s.slice(end);
		}
	return s;
}
