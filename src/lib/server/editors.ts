import type { Store } from './db/connect';
import { generatePassword, hashPassword } from './passwords';

export interface Editor {
	id: number;
	email: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;
export const MIN_PASSWORD_LENGTH = 10;

export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase();
}

/**
 * Makes an editor, or sets a new password for one that exists (how a lost password is reset:
 * `npm run editor:add` again). Without a password, a one-time one is generated and returned.
 */
export async function addEditor(
	db: Store,
	email: string,
	password?: string
): Promise<{ editor: Editor; password: string; created: boolean }> {
	const address = normaliseEmail(email);
	if (!EMAIL.test(address)) throw new Error(`"${email}" is not an email address`);
	const secret = password ?? generatePassword();
	if (secret.length < MIN_PASSWORD_LENGTH) {
		throw new Error(`the password is too short: use at least ${MIN_PASSWORD_LENGTH} characters`);
	}
	const password_hash = await hashPassword(secret);
	const existing = await findEditor(db, address);
	if (existing) {
		await db.updateTable('editors').set({ password_hash }).where('id', '=', existing.id).execute();
		return { editor: existing, password: secret, created: false };
	}
	const editor = await db
		.insertInto('editors')
		.values({ email: address, password_hash })
		.returning(['id', 'email'])
		.executeTakeFirstOrThrow();
	return { editor, password: secret, created: true };
}

export async function findEditor(db: Store, email: string) {
	return db
		.selectFrom('editors')
		.select(['id', 'email', 'password_hash'])
		.where('email', '=', normaliseEmail(email))
		.executeTakeFirst();
}
