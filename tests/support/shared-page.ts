import type {
	Browser,
	BrowserContextOptions,
	CDPSession,
	ConsoleMessage,
	Page
} from 'playwright-core';

/** What a page is opened as (its window and device); the viewport is set on each use. */
export type PageKind = Omit<BrowserContextOptions, 'viewport'> & {
	viewport: { width: number; height: number };
};

/**
 * One page per kind of window (touch, locale, colour scheme, …) for a suite whose rows only
 * read, each row loading its own document in it, where each row opened a window of its own.
 * A new window cost a renderer and a cold cache each time, about twice what loading the
 * reader in an open one costs (12 loads of readers' pages: 0.8–1.4 s each in new windows,
 * 0.4–0.55 s in one). A row still starts from a document of its own: before each use the page
 * leaves for `about:blank` (so a row that loads the URL the last one left, hash and all, still
 * loads it anew, where a hash-only change would not), the mouse and modifier keys are
 * released there, and the viewport is set to the row's. What outlives a document in a window
 * is the HTTP cache (what a reader has after a first visit), which a row that measures a first
 * load empties (`cold`), and storage, which the readers' pages do not use: a row that writes
 * storage, routes requests, adds scripts or listeners of its own, or emulates media keeps a
 * window of its own.
 */
export function sharedPages(browser: () => Browser, prepare?: (page: Page) => Promise<unknown>) {
	const pages = new Map<string, Page>();
	/** Stops the listeners of the last use of each page, when the page is used again. */
	const listening = new Map<Page, () => void>();
	const sessions = new Map<Page, CDPSession>();
	return {
		/**
		 * A page of this kind at `about:blank`, sized to its viewport, and the page errors
		 * (uncaught exceptions; with `console`, console errors too, and console warnings apart)
		 * of this use only; with an empty cache when `cold`, as a new window's is (the same
		 * bytes are fetched, and the same requests reported).
		 */
		async page(
			kind: PageKind,
			{ cold = false, console = false } = {}
		): Promise<{ page: Page; errors: string[]; warnings: string[] }> {
			const { viewport, ...rest } = kind;
			const key = JSON.stringify(rest);
			let page = pages.get(key);
			if (page && !page.isClosed()) {
				listening.get(page)?.();
				await page.goto('about:blank');
				await page.mouse.up().catch(() => {});
				await page.mouse.move(0, 0);
				for (const key of ['Shift', 'Control', 'Alt', 'Meta']) await page.keyboard.up(key);
				await page.setViewportSize(viewport);
				if (cold) {
					const cdp = sessions.get(page) ?? (await page.context().newCDPSession(page));
					sessions.set(page, cdp);
					await cdp.send('Network.clearBrowserCache');
				}
			} else {
				page = await browser().newPage(kind);
				await prepare?.(page);
				pages.set(key, page);
			}
			const errors: string[] = [];
			const warnings: string[] = [];
			const thrown = (e: Error) => errors.push(e.message);
			const logged = (m: ConsoleMessage) => {
				if (m.type() === 'error') errors.push(m.text());
				if (m.type() === 'warning') warnings.push(m.text());
			};
			page.on('pageerror', thrown);
			if (console) page.on('console', logged);
			const used = page;
			listening.set(page, () => {
				used.off('pageerror', thrown);
				used.off('console', logged);
			});
			return { page, errors, warnings };
		}
	};
}

/** A suite's shared windows, as `sharedPages` makes them. */
export type SharedPages = ReturnType<typeof sharedPages>;
