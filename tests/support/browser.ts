import { chromium, type Browser, type BrowserServer, type LaunchOptions } from 'playwright-core';

/** Names the shared Chromium the browser project's global set-up started (chromium-server.ts). */
export const CHROMIUM_ENDPOINT = 'DATELINE_TEST_CHROMIUM';

/** Debian's Chromium, headless, with the flags this sandbox needs (no network, no sandbox). */
export function chromiumOptions(): LaunchOptions {
	return {
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--no-first-run'
		]
	};
}

/**
 * Chromium for a suite: under the browser project, a connection to the one its global set-up
 * launched (closing it closes only this suite's contexts); elsewhere (the benches), its own.
 */
export function launchBrowser(): Promise<Browser> {
	const endpoint = process.env[CHROMIUM_ENDPOINT];
	return endpoint ? chromium.connect(endpoint) : chromium.launch(chromiumOptions());
}

/**
 * Browser features no test uses that every new page pays for. Headless Chromium is the whole
 * browser: each window (one per context, so one per page a suite opens) gets its omnibox popup
 * made ahead of time as a web page in a renderer of its own, about a quarter of the CPU that
 * opening a page took here (10 pages of the seed: 10.5 s → 7.6 s of CPU, Chromium and client).
 */
const FEATURES_OFF = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];
const DISABLE_FEATURES = '--disable-features=';

/**
 * The run's Chromium server, with FEATURES_OFF beside the features Playwright turns off itself.
 * Chromium reads only the last --disable-features, and Playwright passes its own list before
 * `args` without merging a list there with it: so its list is read off a first launch, and the
 * second passes both in one switch in place of Playwright's.
 */
export async function launchChromiumServer(): Promise<BrowserServer> {
	const options = chromiumOptions();
	const probe = await chromium.launchServer(options);
	const theirs = probe.process().spawnargs.find((a) => a.startsWith(DISABLE_FEATURES));
	await probe.close();
	const off = [...(theirs?.slice(DISABLE_FEATURES.length).split(',') ?? []), ...FEATURES_OFF];
	return chromium.launchServer({
		...options,
		ignoreDefaultArgs: theirs ? [theirs] : [],
		args: [...(options.args ?? []), DISABLE_FEATURES + off.filter(Boolean).join(',')]
	});
}
