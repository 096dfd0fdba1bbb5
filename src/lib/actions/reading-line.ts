import { readingLineY, sentenceAt, type Band, type SentenceBox } from '$lib/state/reading.svelte';

/**
 * Follows the reading line through a container's dated sentences (`[data-dated]`, each with
 * `data-sentence`) as the page scrolls, and reports the sentence it crosses and how far
 * through it. Sentence positions are measured once and again only when the text reflows, so a
 * scroll costs a couple of box reads per frame and no layout of the article.
 */
export interface ReadingLineOptions {
	/** The part of the window where the article can be read (below a pinned panel, …). */
	band: () => Band;
	onread: (sentence: number | null, fraction: number) => void;
}

export function readingLine(node: HTMLElement, options: ReadingLineOptions) {
	let current = options;
	let boxes: SentenceBox[] = [];
	let frame = 0;

	// Positions are kept relative to the container, so a pinned panel above it that changes
	// height moves the container without making them stale.
	function measure() {
		const origin = node.getBoundingClientRect().top;
		boxes = [...node.querySelectorAll<HTMLElement>('[data-dated]')].map((el) => {
			const rect = el.getBoundingClientRect();
			return {
				sentence: Number(el.dataset.sentence),
				top: rect.top - origin,
				bottom: rect.bottom - origin
			};
		});
		boxes.sort((a, b) => a.top - b.top);
	}

	function update() {
		frame = 0;
		const maxScroll = document.documentElement.scrollHeight - innerHeight;
		const line = readingLineY(current.band(), scrollY, Math.max(0, maxScroll));
		const at = sentenceAt(boxes, line - node.getBoundingClientRect().top);
		current.onread(at?.sentence ?? null, at?.fraction ?? 0);
	}

	const schedule = () => {
		if (!frame) frame = requestAnimationFrame(update);
	};
	const reflow = () => {
		measure();
		schedule();
	};

	const resize = new ResizeObserver(reflow);
	resize.observe(node);
	addEventListener('scroll', schedule, { passive: true });
	addEventListener('resize', reflow);
	reflow();

	return {
		update(next: ReadingLineOptions) {
			current = next;
		},
		destroy() {
			resize.disconnect();
			removeEventListener('scroll', schedule);
			removeEventListener('resize', reflow);
			cancelAnimationFrame(frame);
		}
	};
}
