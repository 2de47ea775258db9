import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumEnv, chromiumPath } from './scripts/chromium.mjs';

/** Its own port, so a running `npm start` on 4173 does not get in the way. */
const PORT = 4183;

export default defineConfig({
	testDir: 'tests',
	timeout: 60_000,
	expect: { timeout: 15_000 },
	fullyParallel: false,
	workers: 1,
	retries: process.env.CI ? 1 : 0,
	reporter: [['list']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		browserName: 'chromium',
		launchOptions: {
			executablePath: chromiumPath ?? undefined,
			args: chromiumArgs,
			env: chromiumEnv
		},
		trace: 'retain-on-failure'
	},
	webServer: {
		command: `npm run build && npx vite preview --port ${PORT} --strictPort`,
		port: PORT,
		timeout: 180_000,
		reuseExistingServer: !process.env.CI
	}
});
