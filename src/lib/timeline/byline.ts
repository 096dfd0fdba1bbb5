/**
 * A byline's parts joined with middle dots, leaving out the empty ones: an article pasted
 * without its outlet's name reads "Mar 14, 2026 · 36 events", not "· Mar 14, 2026 · 36 events".
 */
export const byline = (...parts: (string | false | null | undefined)[]) =>
	parts.filter(Boolean).join(' · ');
