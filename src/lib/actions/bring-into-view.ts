/**
 * Brings an element that appears on its own (a conflict to merge) to where the editor is: into
 * view and focused, so a screen reader says its name and the keyboard goes on from there. The
 * element needs `tabindex="-1"` to take focus.
 */
export function bringIntoView(node: HTMLElement): void {
	node.scrollIntoView({ block: 'start' });
	node.focus({ preventScroll: true });
}
