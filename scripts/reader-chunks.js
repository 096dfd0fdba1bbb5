/**
 * How the browser's code is cut into files. Left to itself, the bundler makes a file of every
 * set of modules shared by a different set of pages: the reader page needed 20 scripts and 4
 * stylesheets before it could hydrate, which a browser fetches six at a time over HTTP/1.1, so
 * the page waited for four rounds of requests where the embed (one script) waits for one.
 *
 * Two files hold what the pages load first instead: `framework`, everything SvelteKit's client
 * and the root layout import (every page needs it), and `reader`, everything else the reader
 * page imports; a page's own entry and what loads later (a long timeline's list, the Embed
 * dialog's contents, other pages' code) keep the files the bundler gives them. The editor and
 * the home page load `reader` too where they share a module with it.
 */
import { resolve } from 'node:path';

const KIT_CLIENT = resolve('node_modules/@sveltejs/kit/src/runtime/client/entry.js');
const APP = resolve('.svelte-kit/generated/client-optimized/app.js');
const ROOT_LAYOUT = resolve('src/routes/+layout.svelte');
const READER_PAGE = resolve('src/routes/t/[slug]/+page.svelte');

/**
 * Every module `roots` import, and those they import, statically (not through `import()`).
 * @param {string[]} roots
 * @param {(id: string) => { importedIds: readonly string[] } | null} info
 */
function staticClosure(roots, info) {
	/** @type {Set<string>} */
	const seen = new Set();
	const stack = [...roots];
	while (stack.length) {
		const id = /** @type {string} */ (stack.pop());
		if (seen.has(id)) continue;
		const module = info(id);
		if (!module) continue;
		seen.add(id);
		stack.push(...module.importedIds);
	}
	return seen;
}

/** @returns {import('vite').Plugin} */
export function readerChunks() {
	/** @type {{ framework: Set<string>, reader: Set<string> } | undefined} */
	let sets;
	return {
		name: 'dateline-reader-chunks',
		apply: 'build',
		configEnvironment(name) {
			if (name !== 'client') return;
			// Made anew for each build: a module graph is the build's own.
			sets = undefined;
			return {
				build: {
					rollupOptions: {
						output: {
							codeSplitting: {
								groups: [
									{
										name: (id, context) => {
											const info = (/** @type {string} */ m) => context.getModuleInfo(m);
											sets ??= {
												framework: staticClosure([KIT_CLIENT, APP, ROOT_LAYOUT], info),
												reader: staticClosure([READER_PAGE], info)
											};
											if (sets.framework.has(id)) return 'framework';
											return sets.reader.has(id) ? 'reader' : null;
										}
									}
								]
							}
						}
					}
				}
			};
		}
	};
}
