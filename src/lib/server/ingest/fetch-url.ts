import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isPublicAddress } from './addresses';
import { IngestError } from './errors';

export interface FetchLimits {
	/** Whole fetch, redirects included. */
	timeoutMs: number;
	maxBytes: number;
	maxRedirects: number;
}

export const FETCH_LIMITS: FetchLimits = {
	timeoutMs: 10_000,
	maxBytes: 5 * 1024 * 1024,
	maxRedirects: 5
};

export interface FetchOptions extends Partial<FetchLimits> {
	/** Resolves a host name to addresses; tests give their own to stand for DNS. */
	resolve?: (host: string) => Promise<string[]>;
	/** Which addresses may be reached; tests widen it to reach their local server. */
	allowAddress?: (address: string) => boolean;
	/**
	 * Origins (`http://127.0.0.1:4123`) reached whatever their address: the browser suites'
	 * local news server. Set only from the server's environment (see `testFetchOrigins`).
	 */
	allowOrigins?: readonly string[];
}

/**
 * The origins a browser suite lets the server fetch although they are on loopback: read once
 * from `DATELINE_TEST_FETCH_ORIGINS` in the environment the server was started with, never
 * from a request, and ignored under NODE_ENV=production.
 */
export function testFetchOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
	if (env.NODE_ENV === 'production' || !env.DATELINE_TEST_FETCH_ORIGINS) return [];
	return env.DATELINE_TEST_FETCH_ORIGINS.split(',')
		.map((o) => o.trim())
		.filter((o) => /^https?:\/\/[^/]+$/.test(o));
}

export interface Fetched {
	/** The URL the body came from, after redirects. */
	url: string;
	contentType: string;
	body: string;
}

const TEXT_TYPES =
	/^(text\/html|application\/xhtml\+xml|text\/plain|text\/markdown|text\/x-markdown)\b/i;

const systemResolve = async (host: string) =>
	(await dnsLookup(host, { all: true, verbatim: true })).map((a) => a.address);

/**
 * Fetches an article page for an editor, the way a server must fetch a URL someone else typed:
 * http and https only; every address the host resolves to must be public (no loopback, private,
 * link-local, CGNAT, multicast, unique-local or IPv4-mapped address), and the connection goes to
 * the very address that was checked, so a DNS answer that changes between check and connect
 * (rebinding) cannot reach inside. Each redirect is checked the same way, at most five of them;
 * the whole fetch has ten seconds and five megabytes.
 */
export async function fetchArticlePage(
	input: string,
	options: FetchOptions = {}
): Promise<Fetched> {
	const limits = { ...FETCH_LIMITS, ...options };
	const deadline = Date.now() + limits.timeoutMs;
	let url = parseUrl(input);
	for (let hop = 0; ; hop++) {
		const address = await checkedAddress(url, options);
		const response = await request(url, address, limits, deadline);
		if (response.redirect) {
			if (hop >= limits.maxRedirects)
				throw new IngestError(
					`${input}: more than ${limits.maxRedirects} redirects; give the final address`
				);
			url = parseUrl(new URL(response.redirect, url).href, input);
			continue;
		}
		return { url: url.href, contentType: response.contentType, body: response.body };
	}
}

function parseUrl(text: string, from?: string): URL {
	let url: URL;
	try {
		url = new URL(text.trim());
	} catch {
		throw new IngestError(
			`"${text}" is not a web address; give one like https://example.com/story`
		);
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:')
		throw new IngestError(
			`${from ? `${from} redirects to ${url.href}: ` : ''}only http and https addresses can be fetched, not ${url.protocol}`
		);
	if (url.username || url.password)
		throw new IngestError(`${url.host}: addresses with a user name or password are not fetched`);
	return url;
}

async function checkedAddress(url: URL, options: FetchOptions): Promise<string> {
	const allow = options.allowOrigins?.includes(url.origin)
		? () => true
		: (options.allowAddress ?? isPublicAddress);
	const host = url.hostname.replace(/^\[|\]$/g, '');
	let addresses: string[];
	if (isIP(host)) addresses = [host];
	else {
		try {
			addresses = await (options.resolve ?? systemResolve)(host);
		} catch {
			throw new IngestError(`${host}: no such host (DNS lookup failed)`);
		}
	}
	if (!addresses.length) throw new IngestError(`${host}: no such host (no addresses)`);
	// Every address must be public: a host that also answers with a private one is refused,
	// rather than trusting that the public one will be picked.
	const refused = addresses.find((a) => !allow(a));
	if (refused)
		throw new IngestError(
			`${url.host} resolves to ${refused}, which is not a public internet address; Dateline fetches only public pages`
		);
	return addresses[0]!;
}

interface Response {
	redirect?: string;
	contentType: string;
	body: string;
}

function request(
	url: URL,
	address: string,
	limits: FetchLimits,
	deadline: number
): Promise<Response> {
	return new Promise((resolve, reject) => {
		const family = isIP(address);
		// Connect to the address that was checked, whatever DNS says now.
		const pinned: LookupFunction = (_host, opts, callback) => {
			if (opts?.all) callback(null, [{ address, family }]);
			else callback(null, address, family);
		};
		const client = url.protocol === 'https:' ? https : http;
		const remaining = deadline - Date.now();
		if (remaining <= 0) return reject(timeout(url, limits));
		const req = client.get(
			url,
			{
				lookup: pinned,
				// No pooled sockets: each request connects to the address checked for it.
				agent: false,
				headers: {
					'user-agent': 'Dateline/0.1 (+article import)',
					accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9',
					'accept-encoding': 'identity'
				}
			},
			(res) => {
				const status = res.statusCode ?? 0;
				if (status >= 300 && status < 400 && res.headers.location) {
					res.resume();
					return resolve({ redirect: res.headers.location, contentType: '', body: '' });
				}
				if (status < 200 || status >= 300) {
					res.resume();
					return reject(
						new IngestError(`${url.href} answered ${status} ${res.statusMessage ?? ''}`.trim())
					);
				}
				const contentType = String(res.headers['content-type'] ?? 'text/html');
				if (!TEXT_TYPES.test(contentType)) {
					res.resume();
					return reject(
						new IngestError(
							`${url.href} is ${contentType.split(';')[0]}, not a web page or text; paste the article instead`
						)
					);
				}
				const declared = Number(res.headers['content-length']);
				if (declared > limits.maxBytes) {
					res.destroy();
					return reject(tooBig(url, limits));
				}
				const chunks: Buffer[] = [];
				let size = 0;
				res.on('data', (chunk: Buffer) => {
					size += chunk.length;
					if (size > limits.maxBytes) {
						res.destroy();
						req.destroy();
						reject(tooBig(url, limits));
					} else chunks.push(chunk);
				});
				res.on('end', () =>
					resolve({ contentType, body: decode(Buffer.concat(chunks), contentType) })
				);
				res.on('error', (e) => reject(new IngestError(`${url.href}: ${e.message}`)));
			}
		);
		const timer = setTimeout(() => {
			req.destroy();
			reject(timeout(url, limits));
		}, remaining);
		req.on('close', () => clearTimeout(timer));
		req.on('error', (e) => reject(new IngestError(`${url.host}: ${e.message}`)));
	});
}

const timeout = (url: URL, limits: FetchLimits) =>
	new IngestError(
		`${url.host} took longer than ${limits.timeoutMs / 1000} s; try again or paste the article`
	);
const tooBig = (url: URL, limits: FetchLimits) =>
	new IngestError(
		`${url.href} is larger than ${Math.round(limits.maxBytes / 1024 / 1024)} MB; paste the article text instead`
	);

function decode(bytes: Buffer, contentType: string): string {
	const declared = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
	const sniffed = /<meta[^>]+charset=["']?([\w-]+)/i.exec(
		bytes.subarray(0, 2048).toString('latin1')
	)?.[1];
	for (const label of [declared, sniffed, 'utf-8']) {
		if (!label) continue;
		try {
			return new TextDecoder(label).decode(bytes);
		} catch {
			// An unknown charset label: try the next.
		}
	}
	return bytes.toString('utf8');
}
