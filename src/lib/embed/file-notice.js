/**
 * The static export opened from disk (file://): Chromium and Firefox refuse its module scripts
 * there (an origin of `null`), so nothing hydrates and, without a word, the page looked blank or
 * dead. This classic inline script, in the export's pages only, says in one line how to view it.
 * It runs in <head>, before the body exists, so it adds the line once the document is parsed.
 * The Content-Security-Policy allows it by its SHA-256 (svelte.config.js). Plain JS, because
 * svelte.config.js imports it to compute the hash.
 */
export const FILE_NOTICE =
	'Opened from disk, this page cannot run: serve its folder (e.g. npx serve build-static).';

export const FILE_NOTICE_SCRIPT =
	"if(location.protocol==='file:')addEventListener('DOMContentLoaded',function(){" +
	"var p=document.createElement('p');p.className='dl-file-notice';p.setAttribute('role','alert');" +
	'p.textContent=' +
	JSON.stringify(FILE_NOTICE) +
	';p.style.cssText=' +
	JSON.stringify(
		'margin:0;padding:8px 16px;font:14px/1.4 system-ui,sans-serif;' +
			'background:#fff1b8;color:#1b1f24;border-bottom:2px solid #8a6d00'
	) +
	';document.body.prepend(p)})';

/** The script as an element for <svelte:head>; split so no parser takes it for a closing tag. */
export const FILE_NOTICE_ELEMENT = `<script>${FILE_NOTICE_SCRIPT}</` + 'script>';
