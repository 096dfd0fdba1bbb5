/**
 * A denial until a date ("The Millers did not return to the farm until July") tells that the
 * happening came at that date: its title for the date is the happening affirmed ("Millers
 * returned to farm"), never the denial, which says the opposite of what the day saw.
 */

import { IRREGULAR_PASTS } from '../../temporal/irregular-verbs';

/** Bases whose past is irregular, as news uses them after "did not". */
const IRREGULAR: Record<string, string> = Object.fromEntries(
	`go:went come:came leave:left get:got take:took begin:began make:made find:found give:gave
	run:ran win:won hear:heard see:saw know:knew hold:held meet:met pay:paid sell:sold tell:told
	say:said speak:spoke stand:stood sit:sat fall:fell rise:rose break:broke build:built send:sent
	spend:spent lose:lost keep:kept bring:brought buy:bought think:thought feel:felt sleep:slept
	eat:ate drink:drank drive:drove ride:rode fly:flew write:wrote wake:woke become:became
	set:set put:put cut:cut let:let shut:shut hit:hit quit:quit`
		.split(/\s+/)
		.map((pair) => pair.split(':') as [string, string])
);

/** The simple past of a base form: "return" → "returned", "go" → "went". */
export function pastOf(base: string): string {
	if (IRREGULAR[base]) return IRREGULAR[base];
	if (IRREGULAR_PASTS.has(base)) return base;
	if (/e$/.test(base)) return `${base}d`;
	if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
	return `${base}ed`;
}

/** A past denial in a title: "did not" or "could not" (or its contraction) before the verb. */
const DENIAL = /\b(?:did|could)(?:\s+not|n['’]t)\s+(\p{Ll}+)/u;

/** The title of a date that a denial runs until, affirmed; the title as it was otherwise. */
export function untilDenied(title: string, before: string): string {
	if (!/\buntil\s+$/i.test(before)) return title;
	return title.replace(DENIAL, (_, base: string) => pastOf(base));
}
