/**
 * d3-time-format for the standalone embed bundle (scripts/embed-bundle.js puts it in place of
 * the package). d3-scale's time scales make a default tick format from it when created, and
 * nothing in Dateline shows that format: the axis is labelled in the page's language by
 * src/lib/layout/axis.ts. So the embed carries no formatter of its own: a date formats as its
 * ISO 8601 string, and d3-time-format's locale tables and parser stay out.
 */
type Formatter = (date: Date) => string;

const iso: Formatter = (date) => date.toISOString();

export const utcFormat = (specifier: string): Formatter => (void specifier, iso);
export const timeFormat = utcFormat;
