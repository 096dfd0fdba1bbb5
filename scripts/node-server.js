/**
 * The Node server's entry, copied to build/index.js by svelte.config.js. adapter-node serves
 * files from static/ and prerendered pages without running hooks.server.ts, so they would go
 * out without the security headers; this entry gives every response the same headers before
 * anything answers (a page's own CSP, written by SvelteKit and the hook, then replaces the
 * default one). It also compresses what it sends (below). Everything else is adapter-node's
 * own server (build/sveltekit-server.js): PORT, HOST, ORIGIN, socket activation, graceful
 * shutdown.
 */
import http from 'node:http';
import compression from 'compression';
import { securityHeaders } from './security.js';

/**
 * gzip or brotli, as the request's Accept-Encoding allows, for pages, JSON, scripts, styles and
 * SVG rendered on request (the `compressible` list; PNG is not on it), streamed as it is
 * written, with Vary: Accept-Encoding. Bodies under 1 KB go as they are: compressing them
 * saves nothing. Built files come precompressed (adapter-node's `precompress`), served by its
 * file server with their Content-Encoding set, which this leaves alone. Brotli runs at quality
 * 4 on the fly (the middleware's default): quality 11 would cost more time than it saves.
 */
const compress = compression({ threshold: 1024 });
const passOn = () => {};

/** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
function prepareResponse(req, res) {
	let pathname = '/';
	try {
		pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
	} catch {
		// A malformed request line: SvelteKit answers it; the default headers still apply.
	}
	for (const [name, value] of Object.entries(securityHeaders(pathname))) {
		res.setHeader(name, value);
	}
	// A 304 (a page the browser has, revalidated by its ETag) updates the headers the browser
	// stored with it: the default CSP (a file's, without the page's script hashes) would replace
	// the page's own, and a returning reader's embed found its theme script blocked. SvelteKit's
	// 304 carries no CSP of its own, so it goes without one and the stored page keeps its own.
	const writeHead = res.writeHead;
	res.writeHead = /** @type {typeof writeHead} */ (
		/** @param {any[]} args */
		(...args) => {
			if (args[0] === 304) res.removeHeader('Content-Security-Policy');
			return writeHead.apply(res, /** @type {any} */ (args));
		}
	);
	// Wraps res.write/end before any handler writes; it calls passOn at once.
	compress(req, res, passOn);
}

/** MAX_DRAFT_BYTES of src/lib/timeline/limits.ts in MB (a test checks they agree). */
const DRAFT_LIMIT_MB = 64;

const createServer = http.createServer;
// @ts-expect-error one overload stands for all
http.createServer = (...args) => {
	const server = createServer(...args);
	server.prependListener('request', prepareResponse);
	return server;
};

// adapter-node refuses any body over BODY_SIZE_LIMIT (512 KB unless the host sets it) before
// the app sees it, so an editor's draft of a couple of thousand events could not be saved. The
// app sets its own limit per route (readJson in src/lib/server/http.ts, MAX_DRAFT_BYTES the
// largest) and refuses writes from anyone but an editor before reading a body
// (src/hooks.server.ts), so the adapter's limit is raised to the largest of the app's.
process.env.BODY_SIZE_LIMIT ??= `${DRAFT_LIMIT_MB}M`;

await import('./sveltekit-server.js');
