import { redirect } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { revokeEditorSessions, revokeSession, SESSION_COOKIE } from '$lib/server/sessions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (!locals.editor) redirect(303, '/signin');
	return { email: locals.editor.email };
};

export const actions: Actions = {
	/** Ends this browser's session. (Named: SvelteKit allows no default beside named actions.) */
	here: async ({ locals, cookies }) => {
		if (locals.sessionId) await revokeSession(await database(), locals.sessionId);
		cookies.delete(SESSION_COOKIE, { path: '/' });
		redirect(303, '/');
	},
	/** Ends every session of this editor, on every device (a lost laptop). */
	everywhere: async ({ locals, cookies }) => {
		if (locals.editor) await revokeEditorSessions(await database(), locals.editor.id);
		cookies.delete(SESSION_COOKIE, { path: '/' });
		redirect(303, '/');
	}
};
