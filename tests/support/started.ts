/**
 * A part a suite's set-up makes (its server, its browser), read inside a row: the part, or an
 * error that names it when the set-up failed or has not run, rather than a TypeError later on.
 */
export function started<T>(value: T | undefined, what: string): T {
	if (value === undefined) throw new Error(`the suite's ${what} is not started`);
	return value;
}
