import { error } from '@sveltejs/kit';
import { loadArticle } from '$lib/storage/library';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params }) => {
	const found = await loadArticle(params.id);
	if (!found) error(404, 'This article is not in your library.');
	return found;
};
