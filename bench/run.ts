/**
 * `npm run bench`: every benchmark, each figure printed beside its budget.
 * Exits non-zero when a figure is over budget.
 */
import { startApp } from './browser';
import { benchExercise } from './exercise';
import { benchImport } from './import';
import { benchReview } from './review';

const results = [benchImport()];
const app = await startApp();
try {
	results.push(await benchExercise(app.browser));
	results.push(await benchReview(app.browser));
} finally {
	await app.stop();
}
if (!results.every(Boolean)) {
	console.log('\nSome figures are over budget.');
	process.exitCode = 1;
}
