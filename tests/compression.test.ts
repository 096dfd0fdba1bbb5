import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { seedServerUrl } from './support/seed-server';

const SLUG = 'russian-bounties-taliban';
const APP = seedServerUrl();

interface Raw {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	/** The bytes as sent, before any decoding. */
	body: Buffer;
}

/** A GET that keeps the body as it came over the wire (fetch would decode it). */
function get(path: string, acceptEncoding?: string): Promise<Raw> {
	return new Promise((done, fail) => {
		// As curl and browsers do: without an Accept, SvelteKit answers an error with an HTML page.
		const headers: Record<string, string> = { accept: '*/*' };
		if (acceptEncoding) headers['accept-encoding'] = acceptEncoding;
		const req = request(`${APP}${path}`, { headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) })
			);
		});
		req.on('error', fail);
		req.end();
	});
}

function decode(raw: Raw): Buffer {
	const encoding = raw.headers['content-encoding'];
	if (encoding === 'br') return brotliDecompressSync(raw.body);
	if (encoding === 'gzip') return gunzipSync(raw.body);
	if (encoding === undefined) return raw.body;
	throw new Error(`unexpected Content-Encoding ${String(encoding)}`);
}

const vary = (raw: Raw) =>
	String(raw.headers.vary ?? '')
		.split(',')
		.map((v) => v.trim().toLowerCase());

/** The largest built script the reader page names in its HTML (small ones are not packed). */
async function aScript(): Promise<string> {
	const html = decode(await get(`/t/${SLUG}`)).toString();
	const sources = [...html.matchAll(/\/_app\/immutable\/[^"']+\.js/g)].map((m) => m[0]);
	if (sources.length === 0) throw new Error('the reader page names no /_app/immutable script');
	const sizes = await Promise.all(sources.map(async (src) => (await get(src)).body.length));
	return sources[sizes.indexOf(Math.max(...sizes))]!;
}

describe('compression on the Node server', () => {
	const rendered = [
		['the reader page (HTML)', `/t/${SLUG}`],
		['the embed page (HTML)', `/embed/${SLUG}`],
		['the page data (JSON)', `/t/${SLUG}/__data.json`]
	] as const;

	for (const [what, path] of rendered) {
		for (const encoding of ['br', 'gzip'] as const) {
			it(`sends ${what} as ${encoding}, smaller, decoding to the same bytes`, async () => {
				const plain = await get(path);
				const packed = await get(path, encoding === 'br' ? 'br, gzip' : 'gzip, deflate');
				expect(plain.status).toBe(200);
				expect(plain.headers['content-encoding']).toBeUndefined();
				expect(packed.headers['content-encoding']).toBe(encoding);
				expect(packed.body.length).toBeLessThan(plain.body.length / 2);
				// Pages carry a fresh CSP nonce per request: compare them without it.
				const unnonced = (b: Buffer) => b.toString().replace(/nonce-[^'"]+|nonce="[^"]+"/g, 'N');
				expect(unnonced(decode(packed))).toBe(unnonced(plain.body));
				for (const raw of [plain, packed]) {
					expect(vary(raw)).toContain('accept-encoding');
					expect(raw.headers['x-content-type-options']).toBe('nosniff');
					expect(raw.headers['content-security-policy']).toMatch(/frame-ancestors/);
				}
			});
		}
	}

	it('streams what it renders: no Content-Length is waited for', async () => {
		const packed = await get(`/t/${SLUG}`, 'br');
		expect(packed.headers['transfer-encoding']).toBe('chunked');
		expect(packed.headers['content-length']).toBeUndefined();
	});

	it('serves built scripts precompressed, as brotli or gzip as asked', async () => {
		const script = await aScript();
		const plain = await get(script);
		expect(plain.headers['content-type']).toMatch(/javascript/);
		for (const encoding of ['br', 'gzip'] as const) {
			const packed = await get(script, encoding);
			expect(packed.headers['content-encoding']).toBe(encoding);
			expect(packed.body.length).toBeLessThan(plain.body.length);
			expect(decode(packed).equals(plain.body)).toBe(true);
			expect(vary(packed)).toContain('accept-encoding');
			expect(packed.headers['x-content-type-options']).toBe('nosniff');
		}
	});

	it('never compresses a PNG (already compressed)', async () => {
		const png = await get(`/t/${SLUG}/preview.png`, 'br, gzip');
		expect(png.status).toBe(200);
		expect(png.headers['content-type']).toBe('image/png');
		expect(png.headers['content-encoding']).toBeUndefined();
		expect(png.body.subarray(1, 4).toString()).toBe('PNG');
		expect(png.headers['x-content-type-options']).toBe('nosniff');
	});

	it('sends tiny bodies as they are, rendered or built', async () => {
		// A 400 JSON answer of a few dozen bytes, and the 328-byte favicon.
		for (const path of ['/oembed?format=json', '/favicon.svg']) {
			const raw = await get(path, 'br, gzip');
			expect(raw.body.length).toBeLessThan(1024);
			expect(raw.headers['content-encoding']).toBeUndefined();
			expect(raw.headers['x-content-type-options']).toBe('nosniff');
		}
	});

	it('sends nothing compressed to a client that does not ask', async () => {
		const raw = await get(`/t/${SLUG}`, 'identity');
		expect(raw.headers['content-encoding']).toBeUndefined();
		expect(raw.body.toString()).toContain('<html');
	});
});
