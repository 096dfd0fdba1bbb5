import type { Frame, Page } from 'playwright-core';

/**
 * Waits until nothing in the page (the window or any scrolling box) has scrolled for `frames`
 * animation frames in a row. A smooth scroll moves on every frame until it ends, however slowly
 * a loaded machine draws them, so this waits for the scroll's end where a fixed pause guessed
 * at it (and on a busy CI machine read the page half-way).
 */
export function scrollSettled(scope: Page | Frame, frames = 6): Promise<void> {
	return scope.evaluate(
		(frames) =>
			new Promise<void>((done) => {
				let quiet = 0;
				const moved = () => (quiet = 0);
				// Scroll events come before a frame's animation callbacks, and a box's do not bubble.
				document.addEventListener('scroll', moved, { capture: true });
				const frame = () => {
					if (++quiet < frames) return void requestAnimationFrame(frame);
					document.removeEventListener('scroll', moved, { capture: true });
					done();
				};
				requestAnimationFrame(frame);
			}),
		frames
	);
}

/**
 * Waits until nothing in the element `selector` names has changed (a node, an attribute or a
 * text) for `frames` animation frames in a row: a chart redrawn after a key, a tap or a zoom
 * redraws within the frames that follow it, however slowly a loaded machine draws them, where
 * a fixed pause guessed at how long that takes.
 */
export function drawingSettled(scope: Page | Frame, selector: string, frames = 3): Promise<void> {
	return scope
		.locator(selector)
		.first()
		.evaluate(
			(root, frames) =>
				new Promise<void>((done) => {
					let quiet = 0;
					const observer = new MutationObserver(() => (quiet = 0));
					observer.observe(root, {
						subtree: true,
						childList: true,
						attributes: true,
						characterData: true
					});
					const frame = () => {
						if (++quiet < frames) return void requestAnimationFrame(frame);
						observer.disconnect();
						done();
					};
					requestAnimationFrame(frame);
				}),
			frames
		);
}
