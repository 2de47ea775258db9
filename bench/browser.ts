/**
 * Builds the app, serves it on a spare port and drives it in headless
 * Chromium (the same browser and flags as the tests).
 */
import { chromium, type Browser } from '@playwright/test';
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { chromiumArgs, chromiumEnv, chromiumPath } from '../scripts/chromium.mjs';

export const PORT = 4193;
export const BASE = `http://localhost:${PORT}`;

export async function startApp(): Promise<{ browser: Browser; stop: () => Promise<void> }> {
	if (!chromiumPath) throw new Error('No Chromium: run npm install, or set CHROMIUM_PATH.');
	execSync('npx vite build', { stdio: 'ignore' });
	const server: ChildProcess = spawn(
		'npx',
		['vite', 'preview', '--port', String(PORT), '--strictPort'],
		{
			stdio: 'ignore',
			detached: true
		}
	);
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(BASE)).ok) break;
		} catch {
			await new Promise((r) => setTimeout(r, 200));
		}
	}
	const browser = await chromium.launch({
		executablePath: chromiumPath,
		args: chromiumArgs,
		env: chromiumEnv
	});
	return {
		browser,
		stop: async () => {
			await browser.close();
			process.kill(-server.pid!);
		}
	};
}
