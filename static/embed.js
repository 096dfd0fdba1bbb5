/*
 * Dateline embed script: fits each Dateline iframe on the page to its timeline's height (one
 * the page sizes in % keeps its height), and scrolls the page to show an event's card and
 * sentence when the reader selects one.
 * Paste it once beside any number of <iframe data-dateline-embed> snippets; no dependencies.
 * Without it the frames still work, at the height written in the snippet.
 *
 * It trusts a message only if it comes from the window of a Dateline frame on this page
 * (event.source) and from that frame's own origin (event.origin), so neither another frame nor
 * a script on this page can resize a timeline by posting a look-alike message.
 * Message format: see "Embedding" in Dateline's README.
 */
(function () {
	'use strict';
	if (window.datelineEmbed) return;
	window.datelineEmbed = { version: 1 };

	var SELECTOR = 'iframe[data-dateline-embed]';
	var MAX_HEIGHT = 20000;

	function frames() {
		return Array.prototype.slice.call(document.querySelectorAll(SELECTOR));
	}

	function originOf(frame) {
		try {
			return new URL(frame.src, location.href).origin;
		} catch {
			return null;
		}
	}

	/**
	 * Whether the page sizes a frame itself, in % of a box of its layout (`height:100%` in its
	 * style, or `height="100%"`): its height is the page's, never set here, and the embed
	 * scrolls inside it. Capped at 90% of the window, it filled 90% of its box.
	 */
	function sizedByPage(frame) {
		return /%\s*$/.test(frame.style.height) || /%\s*$/.test(frame.getAttribute('height') || '');
	}

	/** Whether a frame already holds its page (a cross-origin page hides its document). */
	function loaded(frame) {
		try {
			var doc = frame.contentDocument;
			return !doc || (doc.URL !== 'about:blank' && doc.readyState === 'complete');
		} catch {
			return true;
		}
	}

	/**
	 * Asks a frame to report its height again, in case it did before this script ran, and tells
	 * it the window's height (an embed with the article fits the window rather than the article).
	 */
	function ping(frame) {
		if (sizedByPage(frame)) return;
		var origin = originOf(frame);
		if (origin && frame.contentWindow) {
			frame.contentWindow.postMessage(
				{ type: 'dateline:ping', viewportHeight: window.innerHeight },
				origin
			);
		}
	}

	/** Scrolls the page as little as needed to show `height` px at `top` px of a frame's view. */
	function show(frame, top, height) {
		var box = frame.getBoundingClientRect();
		var from = box.top + top;
		var to = from + height;
		var margin = 8;
		var dy = 0;
		if (to - from > window.innerHeight - 2 * margin) dy = from - margin;
		else if (from < margin) dy = from - margin;
		else if (to > window.innerHeight - margin) dy = to - (window.innerHeight - margin);
		if (Math.abs(dy) < 1) return;
		var still = window.matchMedia && matchMedia('(prefers-reduced-motion: reduce)').matches;
		window.scrollBy({ top: dy, behavior: still ? 'auto' : 'smooth' });
	}

	function watch(frame) {
		if (frame.datelineWatched) return;
		frame.datelineWatched = true;
		frame.addEventListener('load', function () {
			frame.datelineHeard = false;
			ping(frame);
		});
		if (loaded(frame)) ping(frame);
	}

	window.addEventListener('message', function (event) {
		var data = event.data;
		if (!data || (data.type !== 'dateline:height' && data.type !== 'dateline:scroll')) return;
		var list = frames();
		for (var i = 0; i < list.length; i++) {
			var frame = list[i];
			if (frame.contentWindow !== event.source) continue;
			if (originOf(frame) !== event.origin) return;
			if (data.type === 'dateline:scroll') {
				var ok = typeof data.top === 'number' && typeof data.height === 'number';
				if (ok && isFinite(data.top) && isFinite(data.height) && data.height >= 0) {
					show(frame, data.top, data.height);
				}
				return;
			}
			// An embed may start listening after its page has loaded (one in another language loads
			// its words first), so the asks sent until then were lost: its first report is answered.
			if (!frame.datelineHeard) {
				frame.datelineHeard = true;
				ping(frame);
			}
			if (typeof data.height !== 'number' || sizedByPage(frame)) return;
			var height = Math.ceil(data.height);
			if (!(height > 0 && height <= MAX_HEIGHT)) return;
			frame.style.height = height + 'px';
			frame.setAttribute('height', String(height));
			return;
		}
	});

	// A new window height changes how tall an embed with the article may be.
	var resizing = 0;
	window.addEventListener('resize', function () {
		clearTimeout(resizing);
		resizing = setTimeout(function () {
			frames().forEach(ping);
		}, 200);
	});

	function start() {
		frames().forEach(watch);
		// Frames added later (a CMS that renders after load, an infinite scroll) are watched too.
		if (window.MutationObserver) {
			new MutationObserver(function () {
				frames().forEach(watch);
			}).observe(document.documentElement, { childList: true, subtree: true });
		}
	}

	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
	else start();
})();
