/**
 * Brings an element that appears on its own (a conflict to merge) into view. Away from where
 * the editor works it is also focused, so a screen reader says its name and the keyboard goes
 * on from there (the element needs `tabindex="-1"`). Beside the field being typed in
 * (`focus: false`), focus stays in that field: the page scrolls to show as much of the
 * element's section as it can while that field stays in view below the sticky bar.
 */
export function bringIntoView(node: HTMLElement, options: { focus?: boolean } = {}): void {
	if (options.focus ?? true) {
		node.scrollIntoView({ block: 'start' });
		node.focus({ preventScroll: true });
		return;
	}
	const shown = (node.closest('section') ?? node).getBoundingClientRect();
	const kept = document.activeElement?.getBoundingClientRect();
	const below = shown.bottom - innerHeight;
	if (below <= 0) return;
	// The sticky bar's height: what scroll-margin-top keeps clear above a brought element.
	const bar = parseFloat(getComputedStyle(node).scrollMarginTop) || 0;
	const room = kept ? Math.max(0, kept.top - bar) : below;
	window.scrollBy({ top: Math.min(below, room) });
}
