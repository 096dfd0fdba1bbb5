import { baseScale, MIN_VISIBLE_SPAN, type TimeScale } from '../layout/time-scale';

/** A zoom transform on the time axis: screen x = k * base(t) + x. */
export interface ViewTransform {
	k: number;
	x: number;
}

/**
 * What span of time the reader sees: the zoom and pan of one timeline. Plain state that tests
 * drive without a browser; the zoomable action feeds gestures into it and components draw `scale`.
 */
export class ViewState {
	readonly domain: [Date, Date];
	/** The deepest zoom: a few days across the whole width. */
	readonly maxZoom: number;
	width: number;
	transform = $state<ViewTransform>({ k: 1, x: 0 });
	/** The unzoomed scale, and the scale as zoomed and panned: what components draw with. */
	readonly base: TimeScale;
	readonly scale: TimeScale;

	constructor(domain: [Date, Date], width = 800) {
		this.domain = domain;
		this.maxZoom = Math.max(1, (domain[1].getTime() - domain[0].getTime()) / MIN_VISIBLE_SPAN);
		this.width = $state(width);
		this.base = $derived(baseScale(this.domain, this.width));
		this.scale = $derived.by(() => {
			const { k, x } = this.transform;
			return this.base
				.copy()
				.domain([this.base.invert(-x / k), this.base.invert((this.width - x) / k)]);
		});
	}

	/** Follows a new width, keeping the same span of time in view. */
	resize(width: number): void {
		if (width <= 0 || width === this.width) return;
		const ratio = width / this.width;
		const { k, x } = this.transform;
		this.width = width;
		this.setTransform(k, x * ratio);
	}

	/** Sets a transform, held within the zoom bounds and the domain's edges. */
	setTransform(k: number, x: number): void {
		const kk = Math.min(this.maxZoom, Math.max(1, k));
		const xx = Math.min(0, Math.max(this.width - kk * this.width, x));
		if (kk !== this.transform.k || xx !== this.transform.x) this.transform = { k: kk, x: xx };
	}

	/** Zooms by a factor about a screen x (the centre by default). */
	zoomBy(factor: number, cx = this.width / 2): void {
		const { k, x } = this.transform;
		const kk = Math.min(this.maxZoom, Math.max(1, k * factor));
		this.setTransform(kk, cx - ((cx - x) * kk) / k);
	}

	panBy(dx: number): void {
		this.setTransform(this.transform.k, this.transform.x + dx);
	}

	reset(): void {
		this.setTransform(1, 0);
	}

	/** Zooms to scale `k` with the instant `time` (ms) at the centre of the view. */
	zoomTo(k: number, time: number): void {
		const kk = Math.min(this.maxZoom, Math.max(1, k));
		this.setTransform(kk, this.width / 2 - this.base(time) * kk);
	}

	/** Pans so the view starts at `fraction` (0–1) of the whole timeline, zoom unchanged. */
	panToFraction(fraction: number): void {
		this.setTransform(this.transform.k, -fraction * this.transform.k * this.width);
	}

	/** Shows exactly [from, to] (as far as the bounds allow). */
	showSpan(from: Date, to: Date): void {
		const a = this.base(from);
		const b = this.base(to);
		const k = this.width / Math.max(1e-9, b - a);
		const kk = Math.min(this.maxZoom, Math.max(1, k));
		this.setTransform(kk, -((a + b) / 2) * kk + this.width / 2);
	}

	/**
	 * Pans as little as needed to bring [from, to] into view with a margin; a span wider than
	 * the view is centred. Zoom stays, so the reader keeps the scale they chose.
	 */
	reveal(from: number, to: number, margin = 24): void {
		const a = this.scale(from);
		const b = this.scale(to);
		const w = this.width;
		// Centred if wider than the view; else in past the nearer edge, or not moved at all.
		this.panBy(
			b - a > w - 2 * margin
				? (w - a - b) / 2
				: Math.max(0, margin - a) || Math.min(0, w - margin - b)
		);
	}

	/** The visible span, for embeds and messages. */
	get visibleSpan(): [Date, Date] {
		return this.scale.domain() as [Date, Date];
	}
}
