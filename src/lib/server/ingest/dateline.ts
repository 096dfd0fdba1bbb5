/**
 * What a pasted wire story says of itself in its first lines, when no page markup or front
 * matter says it: the dateline's day and agency ("WASHINGTON, March 3 (Reuters) -",
 * "KYIV, Ukraine, June 26, 2020 (AP) —") and a byline's outlet ("By Jane Doe, Associated Press").
 * A dateline usually leaves its year out: the story is then of the last such day on or before
 * the day it is read in, as a desk pasting today's wire copy means.
 */
const HEAD = 600;
const MONTHS = [
	'jan',
	'feb',
	'mar',
	'apr',
	'may',
	'jun',
	'jul',
	'aug',
	'sep',
	'oct',
	'nov',
	'dec'
] as const;
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
/** A place in capitals (its country or state after a comma), the day, the agency, a dash. */
const DATELINE = new RegExp(
	String.raw`^[ \t]*[A-Z][A-Z.'’ -]*[A-Z.](?:,[ \t]*[A-Z][\w.'’ -]*?)?,[ \t]+${MONTH}[ \t]+(\d{1,2})(?:,[ \t]*(\d{4}))?[ \t]*(?:\(([^()\n]{2,40})\))?[ \t]*[-—–:]`,
	'm'
);
/** "By Jane Doe, Associated Press" / "By Jane Doe | The Herald": the outlet after the names. */
const BYLINE =
	/^[ \t]*By[ \t]+[^\n,|]{2,80}?[ \t]*(?:,|\||—|–)[ \t]*(?:for[ \t]+)?([^\n,|]{2,50}?)[ \t]*$/m;
/** A byline's second part that is a role, not an outlet. */
const ROLE =
	/\b(?:writer|reporter|correspondent|editor|staff|contributor|columnist|photographer|bureau chief)s?\b/i;

export interface WireHead {
	/** YYYY-MM-DD */
	published?: string;
	source?: string;
}

export function readWireHead(text: string, today: Date): WireHead {
	const head = text.slice(0, HEAD);
	const found: WireHead = {};
	const d = DATELINE.exec(head);
	if (d) {
		const month = MONTHS.indexOf(d[1]!.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]);
		const day = Number(d[2]);
		const year = d[3] ? Number(d[3]) : lastYearOf(month, day, today);
		const date = new Date(Date.UTC(year, month, day));
		// "February 30" is no day: no date rather than a day of March.
		if (date.getUTCMonth() === month && date.getUTCDate() === day)
			found.published = date.toISOString().slice(0, 10);
		if (d[4]) found.source = d[4].trim();
	}
	const b = BYLINE.exec(head);
	if (!found.source && b && !ROLE.test(b[1]!)) found.source = b[1]!.trim();
	return found;
}

/** The year of the last `month`/`day` on or before `today` (UTC). */
function lastYearOf(month: number, day: number, today: Date): number {
	const year = today.getUTCFullYear();
	return Date.UTC(year, month, day) <= today.getTime() ? year : year - 1;
}
