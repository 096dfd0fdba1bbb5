/**
 * Years on both sides of the era boundary. Arithmetic uses astronomical numbering (1 BC is
 * year 0, 44 BC is -43), which JavaScript dates share (`setUTCFullYear(-43)`); TIMEX3 values
 * write a year before AD 1 as `BC` and its BC number, the way TIMEX2 and the WikiWars gold do
 * ("BC0044" for 44 BC, "BC04" for the 5th century BC, "BC047" for the 470s BC).
 */

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The TIMEX3 year of an astronomical year: 2020 → "2020", 79 → "0079", -43 → "BC0044". */
export function timexYear(y: number): string {
	return y > 0 ? pad(y, 4) : `BC${pad(1 - y, 4)}`;
}

/** The astronomical year of a TIMEX3 year: "BC0044" → -43, "0079" → 79. */
export function astronomicalYear(timex: string): number {
	return timex.startsWith('BC') ? 1 - Number(timex.slice(2)) : Number(timex);
}

/** A TIMEX3 year, before the era or after: the prefix of every calendar value. */
export const TIMEX_YEAR = '(BC\\d{4}|\\d{4})';

/** The year a reader counts in (44 for 44 BC) and its era. */
export function eraYear(y: number): { year: number; bc: boolean } {
	return y > 0 ? { year: y, bc: false } : { year: 1 - y, bc: true };
}

/** A UTC instant at the start of a calendar day of an astronomical year. */
export function utcDate(y: number, monthIndex = 0, day = 1, hours = 0, minutes = 0): Date {
	const date = new Date(Date.UTC(2000, monthIndex, day, hours, minutes));
	// Date.UTC maps years 0-99 to 1900-1999, and string parsing of years before 0 differs
	// between engines: set the year explicitly.
	date.setUTCFullYear(y, monthIndex, day);
	return date;
}
