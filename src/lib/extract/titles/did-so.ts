/**
 * A date on "which it did" or "as he did" tells when a thing asked, ordered or promised was done:
 * "The council asked the firm to repay the grant, which it did two weeks later" → (two weeks
 * later) "Firm repaid grant", never "Grant did repay grant". Who did it is the one asked (the
 * verb's object), or for a promise the one who promised (the clause's subject); what was done
 * may have no object ("asked the lifeboat to launch, which it did" → "Lifeboat launched"). Each
 * row is a kind of verb with the sentence that asked for it.
 */

import { pastOfIng } from '../verb-forms';
import { subjectOf } from './words';

export const DONE_AS_TOLD: {
	verbs: string;
	doer: 'object' | 'subject';
	example: string;
}[] = [
	{
		verbs:
			'asked|told|ordered|urged|directed|required|forced|invited|allowed|persuaded|pressed|instructed',
		doer: 'object',
		example: 'The council asked the firm to repay the grant, which it did two weeks later.'
	},
	{
		verbs: 'promised|pledged|vowed|agreed|undertook|offered|planned|decided|threatened|set out',
		doer: 'subject',
		example: 'The board promised to publish the report, which it did in March.'
	}
];

/** The "-ing" form of a bare verb: "close" → "closing", "stop" → "stopping". */
function ingOf(verb: string): string {
	if (/[^e]e$/.test(verb)) return `${verb.slice(0, -1)}ing`;
	if (/^[^aeiou]*[aeiou][bdglmnprt]$/.test(verb)) return `${verb}${verb.at(-1)}ing`;
	return `${verb}ing`;
}

/** The past of a bare verb, a prefix's too: "pay" → "paid", "repay" → "repaid". */
export function pastOf(verb: string): string {
	const regular = (v: string) => pastOfIng(ingOf(v)) !== `${ingOf(v).slice(0, -3)}ed`;
	const prefix = /^(?:re|over|under|out|with)(?=\p{Ll}{3})/u.exec(verb)?.[0] ?? '';
	if (prefix && !regular(verb) && regular(verb.slice(prefix.length)))
		return prefix + pastOfIng(ingOf(verb.slice(prefix.length)));
	return pastOfIng(ingOf(verb));
}

/** The happening a "which it did" date tells, or null. */
export function doneAsTold(s: string, targetMark: string): string | null {
	if (!/\b(?:which|as)\s+(?:it|he|she|they|we)\s+(?:did|had\s+done)\b/.test(s)) return null;
	for (const row of DONE_AS_TOLD) {
		const m = new RegExp(
			String.raw`^(.*?)\b(?:${row.verbs})\s+(?:(.+?)\s+)?to\s+(\p{Ll}+)(?:\s+([^,;]+?))?,\s+(?:which|as)\s+(?:it|he|she|they|we)\s+(?:did|had\s+done)(?:\s+so)?\s+(?:(?:on|in|at|by)\s+)?${targetMark}`,
			'u'
		).exec(s);
		if (!m) continue;
		const doer = row.doer === 'object' ? m[2] : subjectOf(`${m[1]}${m[0].slice(m[1]!.length)}`);
		if (!doer || doer.split(/\s+/).length > 6) return null;
		return [doer, pastOf(m[3]!), m[4]].filter(Boolean).join(' ');
	}
	return null;
}
