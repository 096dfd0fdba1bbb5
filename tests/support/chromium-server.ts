import { CHROMIUM_ENDPOINT, launchChromiumServer } from './browser';

/**
 * The browser project's global set-up: one Chromium for the whole run, which each suite
 * connects to (launchBrowser() in tests/support/browser.ts) and opens its own contexts in, as
 * it opened them in a Chromium of its own; a launch cost every suite seconds on a loaded machine.
 */
export default async function chromiumServer(): Promise<() => Promise<void>> {
	const server = await launchChromiumServer();
	// Read by launchBrowser() in the suites' workers, which inherit it.
	process.env[CHROMIUM_ENDPOINT] = server.wsEndpoint();
	return () => server.close();
}
