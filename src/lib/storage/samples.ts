import { importArticle } from '$lib/core';
import { samples } from '$lib/samples';
import { saveImport } from './library';
import { getSetting, setSetting } from './settings';

/**
 * The first visit imports the sample library once, so there is something
 * to open; deleting the samples later does not bring them back.
 */
export async function ensureSamples(): Promise<boolean> {
	if (await getSetting('samplesImported', false)) return false;
	const now = new Date();
	for (const [k, s] of samples.entries()) {
		await saveImport(
			importArticle(s.source, { path: s.path, title: s.title }),
			new Date(now.getTime() + k * 1000)
		);
	}
	await setSetting('samplesImported', true);
	return true;
}
