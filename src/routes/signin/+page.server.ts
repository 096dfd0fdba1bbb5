import { fail, redirect } from '@sveltejs/kit';
import { HOME_WORDS } from '$lib/i18n/home';
import { database } from '$lib/server/db';
import { createSession, SESSION_COOKIE, signIn } from '$lib/server/sessions';
import type { Actions, PageServerLoad } from './$types';

/** Only a path on this site: `?next=https://evil.example` must not send anyone away. */
const safeNext = (next: string | null) =>
	next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.editor) redirect(303, safeNext(url.searchParams.get('next')));
	return { next: safeNext(url.searchParams.get('next')) };
};

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress, locals }) => {
		const w = HOME_WORDS[locals.lang];
		const form = await request.formData();
		const email = String(form.get('email') ?? '').trim();
		const password = String(form.get('password') ?? '');
		const next = safeNext(String(form.get('next') ?? '') || url.searchParams.get('next'));
		if (!email || !password) {
			return fail(400, { email, message: w.enterBoth });
		}
		const db = await database();
		const result = await signIn(db, email, password, getClientAddress());
		if (!result.ok) {
			if (result.reason === 'limited') {
				return fail(429, {
					email,
					message: w.tooMany(result.retryAfterMinutes)
				});
			}
			return fail(400, { email, message: w.noMatch });
		}
		const session = await createSession(db, result.editor.id);
		cookies.set(SESSION_COOKIE, session.token, {
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			secure: url.protocol === 'https:',
			expires: session.expiresAt
		});
		redirect(303, next);
	}
};
