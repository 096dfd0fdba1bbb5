// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Editor } from '$lib/server/editors';

declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			/** The reader's language, decided once per request (hooks.server.ts). */
			lang: import('$lib/i18n/lang').Lang;
			/** The signed-in editor, checked once per request in hooks.server.ts. */
			editor: Editor | null;
			/** The session's id (the token's SHA-256), to sign out. */
			sessionId: string | null;
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
