/**
 * A decision's object told as a clause of its own ("The board decided that the depot will close
 * in June") is, in a headline, what the decider decided to do: "Board decided to close depot".
 * Only where the decider is the doer: the clause's subject is the decider itself ("the council
 * voted it will repay …" → "Council voted to repay …"), or a thing the clause's verb, in the
 * table below, tells what happens to ("the depot will close" → "to close depot"). A person's
 * plan stays as told: "Board decided Sam Holt will take charge".
 */

/** Verbs of deciding, as a title keeps them. */
const DECIDING = String.raw`(?:decided|voted|agreed|resolved)`;

/** Verbs whose subject is what is done to (a depot closes, a line reopens), and so their object. */
const HAPPENS_TO = new Set(
	'close open reopen shut merge expand relocate move end resume reduce grow'.split(' ')
);

const SELF = new RegExp(
	String.raw`^(.+?\b${DECIDING})\s+(?:that\s+)?(?:it|they)\s+(?:will|would)\s+(\p{Ll}+)\b`,
	'u'
);
const THING = new RegExp(
	String.raw`^(.+?\b${DECIDING})\s+(?:that\s+)?((?:the\s+|its\s+|their\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){0,4}?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?[\p{L}’'-]+)\s+(?:will|would)\s+(\p{Ll}+)\b`,
	'u'
);

/** A title of a decision whose object is a clause, told as what was decided to do. */
export function decidedTo(title: string): string {
	const self = SELF.exec(title);
	if (self) return `${self[1]} to ${self[2]}${title.slice(self[0].length)}`;
	const thing = THING.exec(title);
	if (!thing || !HAPPENS_TO.has(thing[3]!)) return title;
	return `${thing[1]} to ${thing[3]} ${thing[2]}${title.slice(thing[0].length)}`;
}
