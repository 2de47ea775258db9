import type { Template, TemplateId } from '../types';
import { gdScalar, gdVector, sgdLinear } from './descent';
import { bce, cce, mse } from './losses';
import { attentionTemplate, mlp2, neuronRelu, neuronSigmoid, softmaxTemplate } from './network';

/** Every exercise template, in the order the exercise page lists them. */
export const TEMPLATES: Template[] = [
	mse,
	bce,
	cce,
	gdScalar,
	gdVector,
	sgdLinear,
	neuronSigmoid,
	neuronRelu,
	softmaxTemplate,
	attentionTemplate,
	mlp2
];

const BY_ID = new Map(TEMPLATES.map((t) => [t.id, t]));

export function templateOf(id: string): Template | undefined {
	return BY_ID.get(id as TemplateId);
}
