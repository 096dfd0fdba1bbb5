import { axisTicks, baseScale, layoutEvents, timeDomain, textWidth, wrapText } from '../layout';
import type { Timeline } from '../timeline/types';

/**
 * A timeline's social preview (og:image, oEmbed thumbnail) as SVG: the title, the source and the
 * timeline itself, laid out by the same layout as the page, at the size link previews use.
 * Pure string building, no DOM; the server turns it into PNG (src/lib/server/preview-png.ts).
 */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** Where a timeline's preview is served, relative to the site's root. */
export const previewPath = (slug: string) => `/t/${slug}/preview.png`;

/** Every word the preview shows, in one place (for the message catalogue). */
export const PREVIEW_WORDS = {
	events: (n: number) => (n === 1 ? '1 dated event' : `${n} dated events`),
	brand: 'Dateline'
};

const COLORS = {
	bg: '#ffffff',
	fg: '#1b1f24',
	muted: '#57606a',
	grid: '#e6e8eb',
	border: '#c9ced4',
	mark: '#1f5fbf',
	range: 'rgba(31, 95, 191, 0.22)',
	accent: '#b4261a',
	label: '#ffffff'
};

/** Text from an article goes into XML: escaped, never markup. */
export function escapeXml(text: string): string {
	return text.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!
	);
}

export interface PreviewFacts {
	title: string;
	/** "The New York Times · Jun 26, 2020". */
	byline: string;
}

const MARGIN = 40;
const FONT = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";

export function previewSvg(timeline: Timeline, facts: PreviewFacts): string {
	const w = PREVIEW_WIDTH;
	const h = PREVIEW_HEIGHT;
	const out: string[] = [];
	const text = (x: number, y: number, size: number, body: string, attrs = '') =>
		out.push(`<text x="${x}" y="${y}" font-size="${size}" ${attrs}>${escapeXml(body)}</text>`);

	out.push(`<rect width="${w}" height="${h}" fill="${COLORS.bg}"/>`);
	out.push(`<rect width="${w}" height="8" fill="${COLORS.accent}"/>`);
	const titleLines = wrapText(facts.title, (t) => textWidth(t, 40) * 1.08, w - 2 * MARGIN, 2);
	titleLines.forEach((line, i) =>
		text(MARGIN, 70 + i * 48, 40, line, `font-weight="bold" fill="${COLORS.fg}"`)
	);
	const metaY = 70 + titleLines.length * 48 - 8;
	text(
		MARGIN,
		metaY,
		22,
		`${facts.byline} · ${PREVIEW_WORDS.events(timeline.events.length)}`,
		`fill="${COLORS.muted}"`
	);

	// The timeline: axis, then as many lanes of labelled events as fit, then every event's mark
	// on one strip at the foot, so a dense timeline still shows its whole shape.
	const top = metaY + 24;
	const bottom = h - 70;
	const width = w - 2 * MARGIN;
	const scale = baseScale(timeDomain(timeline.events), width);
	const layout = layoutEvents(timeline.events, scale, { width, labelMaxWidth: 260 });
	out.push(`<g transform="translate(${MARGIN} ${top})">`);
	const areaHeight = bottom - top;
	for (const tick of axisTicks(scale, 120)) {
		out.push(
			`<line x1="${tick.x}" x2="${tick.x}" y1="24" y2="${areaHeight + 40}" stroke="${COLORS.grid}"/>`
		);
		text(tick.x + 4, 16, 16, tick.label, `fill="${COLORS.muted}"`);
	}
	for (const mark of layout.marks) {
		if (mark.label.y + mark.label.height > areaHeight) continue;
		const event = timeline.events[mark.index]!;
		out.push(markSvg(mark.x0, mark.x1, mark.y, mark.point));
		const { x, y, width: lw, height: lh } = mark.label;
		out.push(
			`<rect x="${x}" y="${y}" width="${lw}" height="${lh}" rx="6" fill="${COLORS.label}" stroke="${COLORS.border}"/>`
		);
		text(x + 6, y + 18, 12, mark.dateText, `fill="${COLORS.muted}"`);
		const lines = wrapText(event.title, (t) => textWidth(t, 14) * 1.08, lw - 12, 3);
		lines.forEach((line, i) =>
			text(x + 6, y + 36 + i * 18, 14, line, `font-weight="bold" fill="${COLORS.fg}"`)
		);
	}
	const strip = areaHeight + 24;
	out.push(`<line x1="0" x2="${width}" y1="${strip}" y2="${strip}" stroke="${COLORS.border}"/>`);
	for (const mark of layout.marks) out.push(markSvg(mark.x0, mark.x1, strip, mark.point));
	out.push('</g>');
	text(MARGIN, h - 18, 18, PREVIEW_WORDS.brand, `font-weight="bold" fill="${COLORS.mark}"`);

	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" ` +
		`viewBox="0 0 ${w} ${h}" font-family="${FONT}">${out.join('')}</svg>`
	);
}

function markSvg(x0: number, x1: number, y: number, point: boolean): string {
	if (point) {
		return `<circle cx="${x0}" cy="${y}" r="6" fill="${COLORS.mark}" stroke="${COLORS.bg}" stroke-width="2"/>`;
	}
	return `<rect x="${x0}" y="${y - 5}" width="${Math.max(8, x1 - x0)}" height="10" rx="2" fill="${COLORS.range}" stroke="${COLORS.mark}" stroke-width="1.5"/>`;
}
