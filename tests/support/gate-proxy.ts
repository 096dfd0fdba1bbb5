import { createServer, request } from 'node:http';
import { freePort } from './server';

/**
 * A proxy in front of the app server whose `gate` each request waits on before it is passed
 * on: a test holds a request on its way to the server, as a slow network or a busy server
 * would, whatever the browser does with the page that sent it (a request sent as a page goes
 * is out of the page's reach, and of a page route's too).
 */
export async function startGateProxy(target: () => string) {
	let gate: (method: string, path: string, body: string) => Promise<void> = async () => {};
	const server = createServer(async (req, res) => {
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		await gate(req.method ?? 'GET', req.url ?? '/', Buffer.concat(chunks).toString('utf8'));
		const to = new URL(target());
		const out = request(
			{ host: to.hostname, port: to.port, method: req.method, path: req.url, headers: req.headers },
			(answer) => {
				res.writeHead(answer.statusCode ?? 502, answer.headers);
				answer.pipe(res);
			}
		);
		out.on('error', () => res.destroy());
		out.end(Buffer.concat(chunks));
	});
	const port = await freePort();
	await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
	return {
		url: `http://127.0.0.1:${port}`,
		setGate(next: typeof gate) {
			gate = next;
		},
		close: () =>
			new Promise<void>((done) => {
				server.closeAllConnections();
				server.close(() => done());
			})
	};
}
