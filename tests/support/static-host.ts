import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml'
};

/** A plain static host, as a CDN would be: a path is a file, or that path plus ".html". */
export function serveStatic(folder: string, port: number): Promise<Server> {
	const dir = resolve(folder);
	const server = createServer((req, res) => {
		let path: string;
		try {
			path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
		} catch {
			res.writeHead(400).end('bad request');
			return;
		}
		const candidates = [join(dir, path), join(dir, `${path}.html`), join(dir, path, 'index.html')];
		const file = candidates.find((f) => f.startsWith(dir) && existsSync(f) && statSync(f).isFile());
		if (!file) {
			res.writeHead(404).end('not found');
			return;
		}
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		res.end(readFileSync(file));
	});
	return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}
