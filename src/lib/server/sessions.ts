import { createHash, randomBytes } from 'node:crypto';
import type { Store } from './db/connect';
import { findEditor, normaliseEmail, type Editor } from './editors';
import { decoyHash, verifyPassword } from './passwords';

/**
 * Sessions the way the Lucia guide builds them: the cookie holds a random token, the table
 * only its SHA-256, so a leaked table opens nothing. Sessions slide: used in their second
 * half, they are extended to a full lifetime again.
 */
export const SESSION_COOKIE = 'dateline_session';
export const SESSION_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;

export interface Session {
	id: string;
	editor: Editor;
	expiresAt: Date;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(
	db: Store,
	editorId: number
): Promise<{ token: string; expiresAt: Date }> {
	const token = randomBytes(32).toString('base64url');
	const expiresAt = new Date(Date.now() + SESSION_DAYS * DAY);
	await db
		.insertInto('sessions')
		.values({ id: hashToken(token), editor_id: editorId, expires_at: expiresAt })
		.execute();
	return { token, expiresAt };
}

/** The session a cookie's token opens, renewed if past half its life; null when none. */
export async function validateSession(db: Store, token: string): Promise<Session | null> {
	if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
	const id = hashToken(token);
	const row = await db
		.selectFrom('sessions')
		.innerJoin('editors', 'editors.id', 'sessions.editor_id')
		.select(['sessions.id', 'sessions.expires_at', 'editors.id as editor_id', 'editors.email'])
		.where('sessions.id', '=', id)
		.executeTakeFirst();
	if (!row) return null;
	const now = Date.now();
	let expiresAt = new Date(row.expires_at);
	if (expiresAt.getTime() <= now) {
		await db.deleteFrom('sessions').where('id', '=', id).execute();
		return null;
	}
	if (expiresAt.getTime() - now < (SESSION_DAYS * DAY) / 2) {
		expiresAt = new Date(now + SESSION_DAYS * DAY);
		await db.updateTable('sessions').set({ expires_at: expiresAt }).where('id', '=', id).execute();
	}
	return { id, editor: { id: row.editor_id, email: row.email }, expiresAt };
}

export async function revokeSession(db: Store, sessionId: string): Promise<void> {
	await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/** Signs an editor out everywhere (a lost laptop, a password change). */
export async function revokeEditorSessions(db: Store, editorId: number): Promise<number> {
	const result = await db
		.deleteFrom('sessions')
		.where('editor_id', '=', editorId)
		.executeTakeFirst();
	return Number(result.numDeletedRows ?? 0);
}

/** Failed sign-ins allowed in the window, per account and per address, before a pause. */
export const SIGN_IN_LIMITS = { perAccount: 5, perAddress: 20, windowMinutes: 15 };

export type SignInResult =
	| { ok: true; editor: Editor }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'limited'; retryAfterMinutes: number };

/**
 * Checks an email and password, counting failures per account and per address in the store
 * (so several app servers share one count). A limited attempt is refused before its password
 * is even checked, so guessing on stays useless until the window passes.
 */
export async function signIn(
	db: Store,
	email: string,
	password: string,
	address: string
): Promise<SignInResult> {
	const account = normaliseEmail(email);
	const since = new Date(Date.now() - SIGN_IN_LIMITS.windowMinutes * 60_000);
	const counts = await db
		.selectFrom('sign_in_failures')
		.select((eb) => [
			eb.fn.count<number>('id').filterWhere('email', '=', account).as('account'),
			eb.fn.count<number>('id').filterWhere('address', '=', address).as('address'),
			eb.fn.min('at').as('oldest')
		])
		.where('at', '>', since)
		.where((eb) => eb.or([eb('email', '=', account), eb('address', '=', address)]))
		.executeTakeFirstOrThrow();
	if (
		Number(counts.account) >= SIGN_IN_LIMITS.perAccount ||
		Number(counts.address) >= SIGN_IN_LIMITS.perAddress
	) {
		const oldest = counts.oldest ? new Date(counts.oldest).getTime() : Date.now();
		const retry = oldest + SIGN_IN_LIMITS.windowMinutes * 60_000 - Date.now();
		return {
			ok: false,
			reason: 'limited',
			retryAfterMinutes: Math.max(1, Math.ceil(retry / 60_000))
		};
	}
	const editor = await findEditor(db, account);
	const valid = await verifyPassword(password, editor?.password_hash ?? (await decoyHash()));
	if (!editor || !valid) {
		await db.insertInto('sign_in_failures').values({ email: account, address }).execute();
		return { ok: false, reason: 'invalid' };
	}
	await db.deleteFrom('sign_in_failures').where('email', '=', account).execute();
	return { ok: true, editor: { id: editor.id, email: editor.email } };
}
