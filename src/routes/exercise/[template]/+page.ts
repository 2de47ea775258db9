import { error } from '@sveltejs/kit';
import { templateOf } from '$lib/core/exercise';
import { getCard } from '$lib/storage/cards';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, url }) => {
	const template = templateOf(params.template);
	if (!template) error(404, `There is no exercise called “${params.template}”.`);
	const cardId = url.searchParams.get('card');
	const card = cardId ? await getCard(cardId) : undefined;
	return { templateId: template.id, title: template.title, card };
};
