import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { PREVIEW_WIDTH } from '$lib/preview/svg';

/**
 * Turns a preview SVG into PNG with resvg (a Rust renderer, prebuilt for each platform in its
 * npm package: nothing to download or compile). resvg draws text only with fonts it is given:
 * DejaVu Sans (Debian's fonts-dejavu-core, which .ci/run installs) or Liberation Sans where
 * present, and the system's fonts besides. Without any font the image keeps its timeline and
 * loses its words, and the server says so once.
 */
const FONT_FILES = [
	process.env.DATELINE_PREVIEW_FONT,
	'/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
	'/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
	'/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
	'/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf'
].filter((f): f is string => !!f && existsSync(f));

let warned = false;

export function renderPng(svg: string): Buffer {
	if (!FONT_FILES.length && !warned) {
		warned = true;
		console.warn(
			'Dateline previews: no font found (install fonts-dejavu-core or set DATELINE_PREVIEW_FONT); previews will have no text.'
		);
	}
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'width', value: PREVIEW_WIDTH },
		font: {
			fontFiles: FONT_FILES,
			loadSystemFonts: true,
			defaultFontFamily: 'DejaVu Sans'
		}
	});
	return resvg.render().asPng();
}
