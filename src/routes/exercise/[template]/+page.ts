import { error } from '@sveltejs/kit';
import { templateOf } from '$lib/core/exercise';
import { t } from '$lib/i18n/index.svelte';
import { getCard } from '$lib/storage/cards';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, url }) => {
	const template = templateOf(params.template);
	if (!template)
		error(404, t('There is no exercise called “{{name}}”.', { name: params.template }));
	const cardId = url.searchParams.get('card');
	const card = cardId ? await getCard(cardId) : undefined;
	return { templateId: template.id, title: template.title, card };
};
