import { axisTicks, baseScale, buildIndex, CHART, timeDomain } from '../layout';
import { formatSpan } from '../timeline/format';
import { labelDate } from '../timeline/label';
import type { Timeline } from '../timeline/types';
import { byline } from '../timeline/byline';
import { LANE, lanesIn, previewLayout, type PreviewItem } from './layout';

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
	cluster: (n: number) => `${n} events`,
	brand: 'Dateline'
};

/** Roughly how wide text sets (average advance of a sans-serif): previews only wrap titles. */
const textWidth = (text: string, size: number) => text.length * size * 0.56;

/** Cuts a line to `width`, with an ellipsis. */
function clip(line: string, size: number, width: number): string {
	let cut = line;
	while (cut && textWidth(`${cut}…`, size) > width) cut = cut.slice(0, -1);
	return `${cut.trimEnd()}…`;
}

/** Greedy word wrap into at most `lines` lines; what does not fit ends in an ellipsis. */
function wrap(text: string, size: number, width: number, lines: number): string[] {
	const words = text.split(/\s+/).filter(Boolean);
	const out: string[] = [];
	let line = '';
	let used = 0;
	for (const word of words) {
		const next = line ? `${line} ${word}` : word;
		if (line && textWidth(next, size) > width) {
			out.push(line);
			if (out.length === lines) break;
			line = word;
		} else line = next;
		used++;
	}
	if (out.length < lines && line) out.push(line);
	return out.map((l, i) =>
		textWidth(l, size) > width || (i === out.length - 1 && used < words.length)
			? clip(l, size, width)
			: l
	);
}

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
	const titleLines = wrap(facts.title, 40 * 1.08, w - 2 * MARGIN, 2);
	titleLines.forEach((line, i) =>
		text(MARGIN, 70 + i * 48, 40, line, `font-weight="bold" fill="${COLORS.fg}"`)
	);
	const metaY = 70 + titleLines.length * 48 - 8;
	text(
		MARGIN,
		metaY,
		22,
		byline(facts.byline, PREVIEW_WORDS.events(timeline.events.length)),
		`fill="${COLORS.muted}"`
	);
	// The name on the byline's line, at its right: the foot of the image is the timeline's.
	text(
		w - MARGIN,
		metaY,
		22,
		PREVIEW_WORDS.brand,
		`font-weight="bold" fill="${COLORS.mark}" text-anchor="end"`
	);

	// The timeline as the chart lays it out (labels, clusters with counts), with as many lanes
	// as the image has room for, each label under its own mark (./layout.ts).
	const top = metaY + 20;
	const width = w - 2 * MARGIN;
	const lanes = lanesIn(h - 20 - top);
	const domain = timeDomain(timeline.events);
	const index = buildIndex(timeline.events);
	const scale = baseScale(domain, width);
	const bottom = CHART.axisHeight + lanes * LANE;
	out.push(`<g transform="translate(${MARGIN} ${top})">`);
	for (const tick of axisTicks(scale, 120)) {
		out.push(
			`<line x1="${tick.x}" x2="${tick.x}" y1="${CHART.axisHeight - 6}" y2="${bottom}" stroke="${COLORS.grid}"/>`
		);
		text(tick.x + 4, 16, 16, tick.label, `fill="${COLORS.muted}"`);
	}
	for (const item of previewLayout(timeline.events, width, lanes)) {
		const { x, y } = item.label;
		out.push(markSvg(item.mark));
		out.push(
			`<rect x="${x}" y="${y}" width="${item.label.width}" height="${item.label.height}" rx="6" fill="${COLORS.label}" stroke="${COLORS.border}"/>`
		);
		if (item.kind === 'cluster') {
			text(
				x + 8,
				y + 24,
				16,
				PREVIEW_WORDS.cluster(item.count),
				`font-weight="bold" fill="${COLORS.fg}"`
			);
			text(
				x + 8,
				y + 46,
				13,
				formatSpan(new Date(item.from), new Date(item.to)),
				`fill="${COLORS.muted}"`
			);
			continue;
		}
		const event = timeline.events[index.order[item.first]!]!;
		text(x + 8, y + 17, 12, labelDate(event, 'en'), `fill="${COLORS.muted}"`);
		wrap(event.title, 14 * 1.08, item.label.width - 16, 2).forEach((line, i) =>
			text(x + 8, y + 36 + i * 18, 14, line, `font-weight="bold" fill="${COLORS.fg}"`)
		);
	}
	out.push('</g>');

	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" ` +
		`viewBox="0 0 ${w} ${h}" font-family="${FONT}">${out.join('')}</svg>`
	);
}

function markSvg(mark: PreviewItem['mark']): string {
	if (mark.point) {
		return `<circle cx="${mark.x}" cy="${mark.y}" r="6" fill="${COLORS.mark}" stroke="${COLORS.bg}" stroke-width="2"/>`;
	}
	return `<rect x="${mark.x0}" y="${mark.y - 5}" width="${mark.x1 - mark.x0}" height="10" rx="2" fill="${COLORS.range}" stroke="${COLORS.mark}" stroke-width="1.5"/>`;
}
