/**
 * Reports which of a container's sentences cross the reading line (a thin band at `line` of the
 * viewport's height) as the reader scrolls. One IntersectionObserver for all sentences: no
 * scroll handlers, no layout reads on scroll.
 */
export interface ReadingLineOptions {
	/** Position of the reading line, as a fraction of the viewport height from the top. */
	line?: number;
	onsee: (sentence: number, atLine: boolean) => void;
}

export function readingLine(node: HTMLElement, options: ReadingLineOptions) {
	let current = options;
	const line = Math.min(0.95, Math.max(0.05, options.line ?? 0.4));
	const observer = new IntersectionObserver(
		(entries) => {
			for (const entry of entries) {
				const start = Number((entry.target as HTMLElement).dataset.sentence);
				current.onsee(start, entry.isIntersecting);
			}
		},
		{ rootMargin: `-${line * 100}% 0px -${(1 - line) * 100 - 1}% 0px` }
	);
	node.querySelectorAll('[data-sentence]').forEach((el) => observer.observe(el));
	return {
		update(next: ReadingLineOptions) {
			current = next;
		},
		destroy() {
			observer.disconnect();
		}
	};
}
