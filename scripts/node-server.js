/**
 * The Node server's entry, copied to build/index.js by svelte.config.js. adapter-node serves
 * files from static/ and prerendered pages without running hooks.server.ts, so they would go
 * out without the security headers; this entry gives every response the same headers before
 * anything answers (a page's own CSP, written by SvelteKit and the hook, then replaces the
 * default one). Everything else is adapter-node's own server (build/sveltekit-server.js):
 * PORT, HOST, ORIGIN, socket activation, graceful shutdown.
 */
import http from 'node:http';
import { securityHeaders } from './security.js';

/** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
function setSecurityHeaders(req, res) {
	let pathname = '/';
	try {
		pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
	} catch {
		// A malformed request line: SvelteKit answers it; the default headers still apply.
	}
	for (const [name, value] of Object.entries(securityHeaders(pathname))) {
		res.setHeader(name, value);
	}
}

const createServer = http.createServer;
// @ts-expect-error one overload stands for all
http.createServer = (...args) => {
	const server = createServer(...args);
	server.prependListener('request', setSecurityHeaders);
	return server;
};

await import('./sveltekit-server.js');
