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
