import { DEFAULT_EMBED_HEIGHT } from '../embed/snippet';
import type { EmbedTheme } from '../embed/options';
import type { Lang } from '../i18n/lang';
import type { TimelineEvent } from '../timeline/types';

/**
 * What an editor chose in the Embed dialog. Held by the dialog, not its contents (which load
 * when it first opens and go when it closes), so a dialog opened again shows the same choices.
 */
export class EmbedChoices {
	theme = $state<EmbedTheme>('light');
	/** The id of the event the embed opens on; empty for none. */
	event = $state('');
	chosen = $state.raw<TimelineEvent | null>(null);
	fit = $state(true);
	fixedHeight = $state(DEFAULT_EMBED_HEIGHT);
	article = $state(false);
	/** The embed's language; empty: each reader's own (Accept-Language). */
	lang = $state<Lang | ''>('');
}
