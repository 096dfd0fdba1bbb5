/**
 * The machines the render bench reads a timeline on. The desktop is Chromium as it is, at
 * 1280×900 with a mouse. The phone is the same Chromium told through the DevTools protocol to
 * be a phone-class machine: a 360×740 screen at 2 device pixels a CSS pixel with the mobile
 * viewport (the page's `<meta name="viewport">` applies), touch input, and its main thread
 * slowed 4× (Lighthouse's mobile profile slows it as much; network is not throttled).
 */
import type { Browser, CDPSession, Page } from 'playwright-core';

export interface Device {
	name: 'desktop' | 'phone';
	width: number;
	height: number;
	/** Emulated through CDP (`Emulation.*`); the desktop is Playwright's plain viewport. */
	phone?: { deviceScaleFactor: number; cpuSlowdown: number };
}

export const DESKTOP: Device = { name: 'desktop', width: 1280, height: 900 };
export const PHONE: Device = {
	name: 'phone',
	width: 360,
	height: 740,
	phone: { deviceScaleFactor: 2, cpuSlowdown: 4 }
};
export const DEVICES = { desktop: DESKTOP, phone: PHONE } as const;

/**
 * A page on `device`, emulated before it loads anything. The phone's page keeps its own CDP
 * session open: touches go through it (`Input.dispatchTouchEvent`), and emulation set on a
 * session lasts as long as the session does.
 */
export async function openPage(
	browser: Browser,
	device: Device
): Promise<{ page: Page; cdp: CDPSession | null }> {
	if (!device.phone) {
		const page = await browser.newPage({
			viewport: { width: device.width, height: device.height }
		});
		return { page, cdp: null };
	}
	// No Playwright viewport: its emulation would be a second override of the same metrics.
	const page = await browser.newPage({ viewport: null });
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setDeviceMetricsOverride', {
		width: device.width,
		height: device.height,
		deviceScaleFactor: device.phone.deviceScaleFactor,
		mobile: true,
		screenWidth: device.width,
		screenHeight: device.height
	});
	await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: device.phone.cpuSlowdown });
	return { page, cdp };
}

/** What the page itself sees of the machine: to check that the emulation took. */
export const seenByPage = (page: Page) =>
	page.evaluate(`(() => {
		const t0 = performance.now();
		let x = 0;
		for (let i = 0; i < 3e6; i++) x = (x * 31 + i) % 1000003;
		const loopMs = performance.now() - t0;
		return {
			width: innerWidth,
			height: innerHeight,
			dpr: devicePixelRatio,
			coarse: matchMedia('(pointer: coarse)').matches,
			touchPoints: navigator.maxTouchPoints,
			loopMs: Math.round(loopMs + x * 0)
		};
	})()`) as Promise<{
		width: number;
		height: number;
		dpr: number;
		coarse: boolean;
		touchPoints: number;
		loopMs: number;
	}>;
