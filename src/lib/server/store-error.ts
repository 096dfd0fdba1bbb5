import type { Problem } from '../timeline/problems';

/**
 * A refusal the store explains: `status` is the HTTP answer a route gives (400 bad input,
 * 404 unknown, 409 stale revision or taken slug, 422 a document that breaks the model), the
 * message says what and where, and `details` carries what the client needs to act (the
 * other editor's revision on a 409, every problem on a 422).
 */
export class StoreError extends Error {
	constructor(
		readonly status: 400 | 404 | 409 | 413 | 415 | 422,
		message: string,
		readonly details: { problems?: Problem[]; current?: unknown } = {}
	) {
		super(message);
		this.name = 'StoreError';
	}
}
