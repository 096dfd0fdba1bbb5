/**
 * Deadlines that passed with nothing to tell. A promise, a plan or a goal told in the past
 * with a deadline ("had promised investors to fly the satellite by 2025") names a time by which
 * something was to happen; once that time has gone by, it dates no happening: not the promise
 * (told before it), not the work (which the text does not say was done). A deadline still ahead
 * stays a plan. Each rule is a row: the words before the deadline, and the example that called
 * for it.
 */

export interface DeadlineRule {
	/** Tested against the words before the date (up to ~120 characters), up to its "by". */
	before: RegExp;
	example: string;
}

/** "by 2025", "by the end of 2022", "by early 2024", "by mid-2023". */
const BY = String.raw`\bby\s+(?:the\s+(?:end|middle|start|beginning|close)\s+of\s+(?:the\s+)?)?(?:early\s+|late\s+|mid-?\s*)?$`;

/** No sentence's end nor clause break between the verb and the deadline. */
const SAME_CLAUSE = String.raw`[^.;:!?—–]*?`;

export const DEADLINES: DeadlineRule[] = [
	{
		// A promise and its deadline: the promise may be dated elsewhere in the sentence ("had
		// promised in 2018 to line its main canal by 2022"), the deadline is not its date.
		before: new RegExp(
			String.raw`\b(?:promised|pledged|vowed|promising|pledging|vowing)\b${SAME_CLAUSE}${BY}`,
			'i'
		),
		example: 'The company had promised investors to fly the satellite by 2025.'
	},
	{
		// A plan or a goal told in the past: "had planned to open the plant by 2023".
		before: new RegExp(
			String.raw`\b(?:planned|aimed|hoped|intended|expected|set\s+out|(?:was|were|had\s+been)\s+(?:supposed|meant|due|scheduled|set|expected|slated))\b${SAME_CLAUSE}${BY}`,
			'i'
		),
		example: 'The city had planned to finish the line by the end of 2024, but the money ran out.'
	},
	{
		// A plan told in the pluperfect with its date: "The company had planned to open the mine
		// in 2020" names when the mine was to open, and says it did not happen then (dev15e).
		before: new RegExp(
			String.raw`\b(?:had\s+(?:planned|hoped|intended|expected|aimed)|(?:was|were|had\s+been)\s+(?:supposed|meant|due|slated|scheduled|set|expected))\s+to\s+(?:[\w'’-]+\s+){1,5}?(?:in|on|for)\s+(?:the\s+(?:end|middle|start|beginning|fall|spring|summer|winter)\s+of\s+)?(?:early\s+|late\s+|mid-?\s*)?$`,
			'i'
		),
		example: 'The company had planned to open the mine in 2020.'
	},
	{
		// A condition's term: "received tax credits in 2016 on the condition that it keep 350
		// jobs in Lowell until 2025" says what was owed until then, not that anything happened
		// then (dev15e).
		before: new RegExp(
			String.raw`\b(?:on\s+(?:the\s+)?condition\s+that|provided\s+that|as\s+long\s+as|in\s+(?:return|exchange)\s+for)\b${SAME_CLAUSE}\b(?:by|until|till|through)\s+(?:the\s+(?:end|middle|start|beginning|close)\s+of\s+(?:the\s+)?)?(?:early\s+|late\s+|mid-?\s*)?$`,
			'i'
		),
		example:
			'The company had won tax credits on the condition that it keep 350 jobs in Lowell until 2025.'
	}
];

const BY_DATE = new RegExp(BY, 'i');

/** Whether a date after these words bounds its happening ("by the end of the year", "by 2025"). */
export function isBoundBy(before: string): boolean {
	return BY_DATE.test(before);
}

/** Whether a date after these words is a deadline told in the past (DEADLINES). */
export function isDeadline(before: string): boolean {
	return DEADLINES.some((rule) => rule.before.test(before));
}

/**
 * Schedules called off: "The hearing, which had been scheduled for Feb. 7, was called off",
 * "The festival was to open in May but was cancelled", "The vote, originally set for March 3,
 * was postponed to April 9". The date a schedule set names no happening once the sentence
 * says the happening was called off or moved: nothing happened then (a new date a postponement
 * gives, "to April 9", is no schedule's and stays).
 */
const SCHEDULED = new RegExp(
	[
		// "scheduled for", "set to open on", "planned for", "due in"
		String.raw`\b(?:scheduled|set|planned|slated|due|expected|meant|supposed)\s+(?:to\s+(?:[\w'’-]+\s+){1,4})?(?:for|on|in|at)\s+$`,
		// "was to open in", "were to meet on"
		String.raw`\b(?:was|were|had\s+been)\s+to\s+(?:[\w'’-]+\s+){1,4}(?:for|on|in|at)\s+$`
	].join('|'),
	'i'
);
/**
 * Words that call a happening off or move it, as done: a request, wish or possibility ("asked the
 * state to put off a closure", "may be postponed") leaves the schedule standing.
 */
const CALLED_OFF =
	/(?<!\b(?:to|may|might|could|would|will|should|must|can)\s+(?:be\s+|have\s+been\s+)?)\b(?:called\s+off|cancell?ed|scrapped|postponed|delayed|put\s+off|pushed\s+back|rescheduled|shelved|scuttled|never\s+(?:held|took\s+place|happened))\b/i;

/**
 * Whether a date after `before` is one a schedule set for a happening its sentence says was
 * called off or moved (`sentence` is the whole sentence).
 */
export function isCalledOff(before: string, sentence: string): boolean {
	return SCHEDULED.test(before) && CALLED_OFF.test(sentence);
}
