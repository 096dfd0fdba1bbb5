/**
 * A date between a possessive and a noun of happening dates that noun, not the clause around it:
 * "The exhibit marks Neil Armstrong's 1969 walk on the moon" is, for 1969, "Neil Armstrong
 * walked on moon", never "Exhibit marks Armstrong's walk on moon". The possessor is who did it
 * (or, for a passive row, to whom it was done: "Mandela's 1990 release from prison" → "Mandela
 * released from prison"). Each row is a noun, the verb a headline tells it by, and the
 * preposition, if any, that opens its object ("destruction of the levees" → "destroyed levees").
 */

import { isPastVerb } from '../happenings';
import { FINITE, MARK } from './words';

export const POSSESSED_HAPPENINGS: {
	noun: string;
	verb: string;
	object?: string;
	example: string;
}[] = [
	{ noun: 'walk', verb: 'walked', example: "Neil Armstrong's 1969 walk on the moon" },
	{
		noun: 'challenge',
		verb: 'issued challenge',
		example: "President Kennedy's 1961 challenge to land a man on the moon"
	},
	{
		noun: 'destruction',
		verb: 'destroyed',
		object: 'of',
		example: "Hurricane Katrina's 2005 destruction of the levees"
	},
	{ noun: 'visit', verb: 'visited', object: 'to', example: "Nixon's 1972 visit to China" },
	{ noun: 'trip', verb: 'traveled', example: "the president's 2019 trip to Hanoi" },
	{ noun: 'flight', verb: 'flew', example: "Lindbergh's 1927 flight to Paris" },
	{ noun: 'invasion', verb: 'invaded', object: 'of', example: "Iraq's 1990 invasion of Kuwait" },
	{
		noun: 'attack',
		verb: 'attacked',
		object: 'on',
		example: "Japan's 1941 attack on Pearl Harbor"
	},
	{
		noun: 'discovery',
		verb: 'discovered',
		object: 'of',
		example: "Howard Carter's 1922 discovery of the tomb"
	},
	{
		noun: 'purchase',
		verb: 'bought',
		object: 'of',
		example: "the city's 2015 purchase of the golf course"
	},
	{
		noun: 'acquisition',
		verb: 'acquired',
		object: 'of',
		example: "Oracle's 2010 acquisition of Sun Microsystems"
	},
	{ noun: 'sale', verb: 'sold', object: 'of', example: "the county's 2018 sale of the hospital" },
	{
		noun: 'takeover',
		verb: 'took over',
		object: 'of',
		example: "the state's 2016 takeover of the school district"
	},
	{
		noun: 'marriage',
		verb: 'married',
		object: 'to',
		example: "Grace Kelly's 1956 marriage to Rainier"
	},
	{ noun: 'merger', verb: 'merged', example: "Exxon's 1999 merger with Mobil" },
	{ noun: 'landing', verb: 'landed', example: "Apollo 11's 1969 landing on the moon" },
	{
		noun: 'launch',
		verb: 'launched',
		object: 'of',
		example: "the probe's 2011 launch from Cape Canaveral"
	},
	{ noun: 'eruption', verb: 'erupted', example: "Mount St. Helens' 1980 eruption" },
	{ noun: 'collapse', verb: 'collapsed', example: "the bridge's 2007 collapse" },
	{ noun: 'crash', verb: 'crashed', example: "the airline's 1996 crash in the Everglades" },
	{
		noun: 'founding',
		verb: 'founded',
		object: 'of',
		example: "the company's 1921 founding in Dayton"
	},
	{ noun: 'opening', verb: 'opened', object: 'of', example: "the museum's 1959 opening" },
	{ noun: 'closure', verb: 'closed', object: 'of', example: "the mill's 2009 closure" },
	{ noun: 'resignation', verb: 'resigned', example: "Nixon's 1974 resignation" },
	{ noun: 'retirement', verb: 'retired', example: "Jordan's 1993 retirement from basketball" },
	{ noun: 'death', verb: 'died', example: "Elvis Presley's 1977 death at Graceland" },
	{ noun: 'disappearance', verb: 'disappeared', example: "Amelia Earhart's 1937 disappearance" },
	{ noun: 'escape', verb: 'escaped', example: "the inmates' 1962 escape from Alcatraz" },
	{
		noun: 'arrest',
		verb: 'arrested',
		object: 'of',
		example: "the senator's 2019 arrest on fraud charges"
	},
	{
		noun: 'conviction',
		verb: 'convicted',
		object: 'of',
		example: "Hale's 2012 conviction for fraud"
	},
	{
		noun: 'election',
		verb: 'elected',
		object: 'of',
		example: "Obama's 2008 election as president"
	},
	{
		noun: 'release',
		verb: 'released',
		object: 'of',
		example: "Mandela's 1990 release from prison"
	},
	{ noun: 'debut', verb: 'made debut', example: "the Beatles' 1964 debut on American television" },
	{ noun: 'bankruptcy', verb: 'filed for bankruptcy', example: "the city's 2013 bankruptcy" }
];

const ROWS = new Map(POSSESSED_HAPPENINGS.map((row) => [row.noun, row]));

/** The table's nouns as a pattern's alternatives, for the yardsticks that ask (yardsticks.ts). */
export const POSSESSED_NOUNS = POSSESSED_HAPPENINGS.map((row) => row.noun).join('|');

/**
 * A possessor: a name of up to four capitalised words ("Neil Armstrong", "Mount St. Helens",
 * "Apollo 11"), or a determiner's noun ("the company", "its rival").
 */
const POSSESSOR = String.raw`((?:\p{Lu}[\p{L}.’'&-]*|\d+)(?:\s+(?:\p{Lu}[\p{L}.’'&-]*|\d+)){0,3}|(?:the|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)`;

/** What a noun's phrase runs to: the next comma, clause opener or end. */
const PHRASE_END =
	/[,;:]|\s(?:that|which|who|whom|whose|when|where|while|and|but|as|because|after|before|since|until)\s|\.$/;

/** The longest phrase after the noun a title keeps. */
const MAX_COMPLEMENT = 8;

/**
 * A phrase up to the sentence's own verb, when the possessed noun is its subject: "2010 launch
 * of the iPad changed tablets" → "of the iPad". (A past form after a determiner is an adjective:
 * "of the flooded levees".)
 */
function untilVerb(phrase: string): string {
	const words = phrase.split(/\s+/);
	const verb = words.findIndex(
		(w, i) =>
			i > 0 &&
			!DETERMINERS.has(words[i - 1]!.toLowerCase()) &&
			(FINITE.has(w.toLowerCase()) || isPastVerb(w.toLowerCase()))
	);
	return verb < 0 ? phrase : words.slice(0, verb).join(' ');
}

const DETERMINERS = new Set('the a an its his her their this that these those'.split(' '));

/**
 * The clause the date `mark` names between a possessive and a noun of happening (see the
 * table), or null: "Hurricane Wilma's [2005] destruction of the old one" → "Hurricane Wilma
 * destroyed the old one". Another date inside the phrase leaves it to the other rules.
 */
export function possessedHappening(s: string, mark: string): string | null {
	if (!s.includes(`${mark} `)) return null;
	const m = new RegExp(
		String.raw`(?:^|\s)${POSSESSOR}(?:['’]s|(?<=s)['’])\s+${mark}\s+([\p{Ll}-]+)(.*)$`,
		'u'
	).exec(s);
	if (!m) return null;
	const row = ROWS.get(m[2]!);
	if (!row) return null;
	const possessor = m[1]!.replace(/^(?:the|its|their|his|her)\s+/, '');
	const end = PHRASE_END.exec(m[3]!);
	let complement = untilVerb((end ? m[3]!.slice(0, end.index) : m[3]!).trim());
	if (complement.includes(MARK) || complement.split(/\s+/).length > MAX_COMPLEMENT) complement = '';
	// (A word that opens no phrase is the sentence's own: "walk inspired millions".)
	if (
		complement &&
		!/^(?:of|to|on|in|at|from|with|over|into|for|as|across|against)\s/.test(complement)
	)
		complement = '';
	if (row.object && complement.startsWith(`${row.object} `))
		complement = complement.slice(row.object.length + 1);
	return `${possessor} ${row.verb}${complement ? ` ${complement}` : ''}`;
}
