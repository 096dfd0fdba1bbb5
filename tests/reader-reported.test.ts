import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PORT, STRIKE } from './support/reader-data/reader-reported';
import { readerSuite } from './support/reader-suite';
import { artifactPath } from './support/server';
import { drawingSettled } from './support/settled';

/**
 * What new users reported on the reader and the embed after stop 31 (one describe each),
 * checked in Chromium on timelines made for the case (tests/support/reader-data), at a phone's
 * and a desk's width.
 */
/** The seed: seven events from 2016 to 2020, the first a year. */
const SEED = 'russian-bounties-taliban';
const SEED_EVENTS = 7;

const suite = readerSuite();

const open = (path: string, width = 1280, height = 900, touch = false) =>
	suite.open(path, { width, height, touch });

/** The words of a node's subtree that Chromium's accessibility tree keeps (what is read out). */
async function spokenText(page: Page, selector: string): Promise<string[]> {
	const cdp = await page.context().newCDPSession(page);
	const { root } = (await cdp.send('DOM.getDocument', { depth: -1 })) as {
		root: { nodeId: number };
	};
	const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })) as {
		nodeId: number;
	};
	const { nodes } = (await cdp.send('Accessibility.queryAXTree', {
		nodeId,
		role: 'StaticText'
	})) as { nodes: { ignored: boolean; name?: { value: string } }[] };
	await cdp.detach();
	return nodes.filter((n) => !n.ignored).map((n) => n.name?.value ?? '');
}

/**
 * The events the chart draws (one per mark, a cluster's as many as its member ticks) and those
 * its off-screen markers count (read from their names, "3 later events: …"), in one frame.
 */
function drawnAndCounted(page: Page): Promise<[number, number]> {
	return page.evaluate(() => {
		const drawn = [...document.querySelectorAll('.marks > g')].reduce(
			(n, g) => n + (g.querySelector('.cluster-span') ? g.querySelectorAll('.member').length : 1),
			0
		);
		const counted = [...document.querySelectorAll('.offscreen')].reduce(
			(n, b) => n + Number(/\d+/.exec(b.getAttribute('aria-label')!)![0]),
			0
		);
		return [drawn, counted] as [number, number];
	});
}

describe('the off-screen markers', () => {
	it('count only the events the chart does not draw: each is drawn or counted, never both', async () => {
		for (const [width, touch] of [
			[360, true],
			[1280, false]
		] as const) {
			const { page, errors } = await open(`/t/${SEED}`, width, 800, touch);
			await page.focus('.viewport');
			const seen: string[] = [];
			for (const key of ['+', '+', ...Array(4).fill('ArrowLeft'), ...Array(8).fill('ArrowRight')]) {
				await page.keyboard.press(key);
				await drawingSettled(page, '.reader');
				const span = await page.locator('.span').textContent();
				const [drawn, counted] = await drawnAndCounted(page);
				if (drawn + counted !== SEED_EVENTS) {
					seen.push(`${span}: ${drawn} drawn, ${counted} counted`);
					await page.screenshot({ path: artifactPath(`reported-offscreen-${width}.png`) });
				}
			}
			// Every event is drawn or counted, and none is both.
			expect(seen).toEqual([]);
			expect(errors).toEqual([]);
		}
	});
});

describe("a cluster's dates", () => {
	it('show whole on a phone: no range is cut, at any zoom (360 px touch, 1280 px)', async () => {
		const cut: string[] = [];
		let clusters = 0;
		for (const [slug, width] of [
			[PORT, 360],
			[SEED, 360],
			[PORT, 1280]
		] as const) {
			const { page, errors } = await open(`/t/${slug}`, width, 800, width < 400);
			await page.focus('.viewport');
			for (let zoom = 0; zoom < 6; zoom++) {
				const dates = await page.$$eval('.labels .cluster', (buttons) =>
					buttons
						.filter((b) => b.getClientRects().length > 0 && !b.closest('[hidden]'))
						.map((b) => {
							const date = b.querySelector<HTMLElement>('.date')!;
							const whole =
								date.scrollWidth <= date.clientWidth && b.scrollHeight <= b.clientHeight + 1;
							return { text: date.textContent!.trim(), whole };
						})
				);
				clusters += dates.length;
				cut.push(...dates.filter((d) => !d.whole).map((d) => `${slug} ${width}: ${d.text}`));
				if (zoom === 0 && width === 360)
					await page.screenshot({ path: artifactPath(`reported-cluster-${slug}-360.png`) });
				await page.keyboard.press('+');
			}
			expect(errors).toEqual([]);
		}
		expect(clusters).toBeGreaterThan(0);
		expect(cut).toEqual([]);
	});
});

describe('closing an event card', () => {
	it("says nothing assertive and reads no '×' in the card", async () => {
		for (const width of [360, 1280]) {
			const { page, errors } = await open(`/t/${STRIKE}`, width);
			const announcer = page.locator('#svelte-announcer');
			// Two events chosen in turn from their sentences, as a reader reading along does.
			await page.locator('a.sentence[href="#e1"]').click();
			await page.waitForSelector('.card');
			await page.locator('a.sentence[href="#e2"]').click();
			await expect.poll(() => page.url()).toMatch(/#e2$/);
			expect(await spokenText(page, '.card')).not.toContain('×');
			await page.keyboard.press('Escape');
			await expect.poll(() => page.locator('.card').count()).toBe(0);
			await expect.poll(() => page.url()).not.toMatch(/#/);
			// Give SvelteKit's announcer the tick it waits before it writes the page's title.
			await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
			expect((await announcer.textContent())?.trim() ?? '').toBe('');
			await page.screenshot({ path: artifactPath(`reported-card-closed-${width}.png`) });
			expect(errors).toEqual([]);
		}
	});
});
