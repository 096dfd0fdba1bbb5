import type { TextMeasure } from '../layout/layout';

/**
 * Measures text with the font the labels are really set in (canvas measureText), so the pure
 * layout sizes label boxes to the reader's font rather than to an estimate. Widths are cached:
 * the same titles are measured on every zoom frame.
 */
export function canvasMeasure(element: Element): TextMeasure | null {
	const context = document.createElement('canvas').getContext('2d');
	if (!context) return null;
	const family = getComputedStyle(element).fontFamily;
	const cache = new Map<string, number>();
	return (text, fontSize, bold) => {
		const key = `${bold ? 'b' : 'r'}${fontSize}|${text}`;
		let width = cache.get(key);
		if (width === undefined) {
			context.font = `${bold ? 600 : 400} ${fontSize}px ${family}`;
			width = context.measureText(text).width;
			cache.set(key, width);
		}
		return width;
	};
}
