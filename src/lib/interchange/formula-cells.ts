/**
 * A spreadsheet opening a CSV runs a cell that starts with = + - @, a tab or a carriage return
 * as a formula (`=HYPERLINK(…)`, `=cmd|…`), whoever wrote the words. OWASP's CSV-injection
 * guidance: put a single quote before such a cell, which spreadsheets read as "this is text",
 * and quote every cell so no separator inside one can start another. A plain number ("-44",
 * a BC year) is no formula and stays as it is, so TimelineJS still reads it as a number.
 *
 * The import takes that one quote off again, so a sheet exported and read back keeps its
 * words. A cell that already starts with quotes before such a character ("'=" written by
 * someone) gets one more on export, so the quote taken off is always the one added.
 */
const FORMULA = /^[=+\-@\t\r]/;
const QUOTED_FORMULA = /^'+[=+\-@\t\r]/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** The cell as a spreadsheet will show it, never run it. */
export function neutraliseCell(cell: string): string {
	return (FORMULA.test(cell) && !NUMBER.test(cell)) || QUOTED_FORMULA.test(cell)
		? `'${cell}`
		: cell;
}

/** The cell as it was before `neutraliseCell`. */
export function restoreCell(cell: string): string {
	return QUOTED_FORMULA.test(cell) ? cell.slice(1) : cell;
}
