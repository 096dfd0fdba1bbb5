import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

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
