/**
 * A body told by what it is, then named in apposition: "The national weather service, Meteo
 * Italia, said …", "The regional rail operator, Trenitalia Liguria, suspended …". The name is
 * the body's, never a person's (a role's name is: "The town's mayor, Ellen Price"), and it is
 * what a later "it" or "its" stands for: "It issued a red warning" → "Meteo Italia issued red
 * warning" (issue 13, point 4).
 */

import { isThing } from '../things';

/**
 * Heads of a body's description that THINGS (things.ts) does not hold, each with the case that
 * asked for it. Only read where a capitalised name stands in apposition after them.
 */
export const BODY_HEADS: { head: string; example: string }[] = [
	{ head: 'service', example: 'The national weather service, Meteo Italia, said' },
	{ head: 'operator', example: 'The regional rail operator, Trenitalia Liguria, suspended' },
	{ head: 'broadcaster', example: 'The public broadcaster, RTÉ, said' },
	{ head: 'watchdog', example: "The country's data watchdog, the ICO, fined" },
	{ head: 'provider', example: 'The internet provider, Fibrelink, restored' },
	{ head: 'developer', example: 'The developer, Harrow Homes, withdrew' },
	{ head: 'authority', example: 'The port authority, Porto de Santos, closed' },
	{ head: 'supplier', example: 'The water supplier, Aqualis, warned' },
	{ head: 'insurer', example: 'The insurer, Norvik Mutual, paid' },
	{ head: 'distributor', example: 'The film distributor, Lantern Pictures, bought' },
	{ head: 'chipmaker', example: 'The chipmaker, Corvane, recalled' },
	{ head: 'automaker', example: 'The automaker, Brightline Motors, cut' },
	{ head: 'carmaker', example: 'The carmaker, Voss, cut' },
	{ head: 'startup', example: 'The startup, Tidepool, raised' },
	{ head: 'organization', example: 'The aid organization, Harvest Relief, delivered' },
	{ head: 'organisation', example: 'The aid organisation, Harvest Relief, delivered' },
	{ head: 'group', example: 'The advocacy group, Clean Rivers, sued' },
	{ head: 'business', example: 'The family business, Osei Freight, grew' },
	{ head: 'institute', example: 'The research institute, Nordlys, published' },
	{ head: 'office', example: 'The statistics office, Istat, said' }
];

const HEADS = new Set(BODY_HEADS.map((r) => r.head));

/** Whether a description's last word names a body: "service", "company", not "mayor". */
export function isBodyHead(word: string): boolean {
	const lower = word.toLowerCase();
	return HEADS.has(lower) || isThing(lower);
}

/**
 * "The <description>, <Name>," opening a clause, its verb after: the name, when the
 * description's head is a body's. (A name of capitals may hold "of" or "&": "Bank of Lyon".)
 */
const DESCRIBED_NAME =
	/^(?:[Tt]he|[Ii]ts)\s+(?:[\p{L}’'-]+\s+){0,4}?([\p{Ll}-]+),\s+(?:the\s+)?(\p{Lu}[\p{L}\d’'&.-]*(?:\s+(?:(?:of|for|and|de|&)\s+)?\p{Lu}[\p{L}\d’'&.-]*){0,4}),\s+(?:which\s[^,]+,\s+|who\s[^,]+,\s+)?(?=\p{Ll})/u;

/** The body's name a clause opens with by its description, or null. */
export function describedBody(clause: string): string | null {
	const m = DESCRIBED_NAME.exec(clause.trimStart());
	if (!m || !isBodyHead(m[1]!)) return null;
	return m[2]!;
}

/** Whether the description of "<description>, <Name>," is a body's (then the name is no person). */
export function describesBody(description: string): boolean {
	const head = /([\p{Ll}-]+)\s*$/u.exec(description)?.[1];
	return !!head && isBodyHead(head);
}
