import { saveImport } from './library';
import { getSetting, setSetting } from './settings';

/**
 * The first visit imports the sample library once, so there is something
 * to open; deleting the samples later does not bring them back.
 */
export async function ensureSamples(): Promise<boolean> {
	if (await getSetting('samplesImported', false)) return false;
	// The sample texts load only on the first visit, and are parsed in the
	// import worker, so the pipeline (with its word-frequency tables) is not
	// part of any page and the first paint does not wait for it.
	const [{ parseInWorker }, { samples }] = await Promise.all([
		import('$lib/import/client'),
		import('$lib/samples')
	]);
	const now = new Date();
	for (const [k, s] of samples.entries()) {
		await saveImport(
			await parseInWorker(s.path, s.source, s.title),
			new Date(now.getTime() + k * 1000)
		);
	}
	await setSetting('samplesImported', true);
	return true;
}
