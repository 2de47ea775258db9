import { error } from '@sveltejs/kit';
import { t } from '$lib/i18n/index.svelte';
import { loadArticle } from '$lib/storage/library';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params }) => {
	const found = await loadArticle(params.id);
	if (!found) error(404, t('This article is not in your library.'));
	return found;
};
