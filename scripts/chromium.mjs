// Where the browser tests find Chromium: $CHROMIUM_PATH, else Debian's package.
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const chromiumPath = candidates.find((p) => p && existsSync(p)) ?? null;

/** Flags for a closed network and a root user (see README, "Tests"). */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--enable-unsafe-swiftshader',
	'--use-angle=swiftshader'
];
