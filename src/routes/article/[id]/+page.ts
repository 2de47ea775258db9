import { error } from '@sveltejs/kit';
import { sampleLibrary } from '$lib/state/library';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ params }) => {
	const entry = sampleLibrary().find((e) => e.article.id === params.id);
	if (!entry) error(404, 'This article is not in your library.');
	return entry;
};
