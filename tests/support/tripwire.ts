import type { Browser, Page } from 'playwright-core';

/**
 * A page that records every way an XSS vector could have run: a call to `window.__xss(n)` (the
 * corpus's tripwire) or a dialog. Suites assert `fired` stays empty.
 */
export async function tripwiredPage(
	browser: Browser,
	viewport = { width: 1280, height: 900 }
): Promise<{ page: Page; fired: string[] }> {
	const page = await browser.newPage({ viewport });
	const fired: string[] = [];
	await page.exposeFunction('__xss', (n: number) => fired.push(`__xss(${n})`));
	page.on('dialog', (dialog) => {
		fired.push(`dialog ${dialog.type()}: ${dialog.message()}`);
		void dialog.dismiss();
	});
	return { page, fired };
}
