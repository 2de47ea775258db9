import { seededRandom } from '../rng';
import type { Instance, Template } from './types';

/**
 * The instance a seed gives. Draws whose answer is a hair above zero
 * (0 < |v| < 0.01) are drawn again: such a value is hard to type to three
 * significant digits and says little about the formula.
 */
export function makeInstance(template: Template, seed: string): Instance {
	const random = seededRandom(`${template.id}:${seed}`);
	for (let i = 0; ; i++) {
		const inputs = template.generate(random);
		const ok = template
			.reference(inputs)
			.every((v) => Number.isFinite(v) && (v === 0 || Math.abs(v) >= 0.01));
		if (ok || i >= 20) return { template: template.id, seed, inputs };
	}
}
