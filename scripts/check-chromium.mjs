// Run before the browser tests: say how to get Chromium instead of failing obscurely.
import { chromiumPath } from './chromium.mjs';

if (!chromiumPath) {
	console.error(
		[
			'No Chromium found for the browser tests.',
			'Install it with:   sudo apt-get install chromium   (Debian/Ubuntu)',
			'or point CHROMIUM_PATH at a Chromium or Chrome binary:',
			'                   CHROMIUM_PATH=/path/to/chrome npm test'
		].join('\n')
	);
	process.exit(1);
}
