import { startApp } from '/work/main/bench/browser';
import { benchReview } from '/work/main/bench/review';
const app = await startApp();
try {
	console.log('ok', await benchReview(app.browser));
} finally {
	await app.stop();
}
