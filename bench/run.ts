/**
 * `npm run bench`: every benchmark, each figure printed beside its budget.
 * Exits non-zero when a figure is over budget.
 */
import { benchImport } from './import';

const results = [benchImport()];
if (!results.every(Boolean)) {
	console.log('\nSome figures are over budget.');
	process.exitCode = 1;
}
