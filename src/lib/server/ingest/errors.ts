/**
 * An article that cannot be taken in, with a message for the editor: what and where (the URL,
 * the file, the field) and what to do instead. Routes answer it as a 4xx, never a 500.
 */
export class IngestError extends Error {
	readonly status: number;
	constructor(message: string, status = 422) {
		super(message);
		this.name = 'IngestError';
		this.status = status;
	}
}
