import { makeInstance, TEMPLATES, type TemplateId } from '$lib/core/exercise';
import type { Runner } from './runner';

export interface TemplateCheck {
	template: TemplateId;
	instances: number;
	/** The largest |tfjs − reference| / max(|reference|, 1e-6) over all values of all instances. */
	maxRelative: number;
}

/** The agreement the check asks for: float32 on the GPU against float64 in plain TS. */
export const AGREEMENT = 1e-5;

/**
 * Computes every template on `count` seeded instances with TensorFlow.js and
 * compares each value with the plain-TS reference: the two are written
 * apart, so agreement shows the exercise answers are what the formulas say.
 */
export async function checkEngine(runner: Runner, count = 20): Promise<TemplateCheck[]> {
	const out: TemplateCheck[] = [];
	for (const t of TEMPLATES) {
		let maxRelative = 0;
		for (let i = 1; i <= count; i++) {
			const { inputs } = makeInstance(t, `engine-${i}`);
			const reference = t.reference(inputs);
			const got = await runner.compute(t.id, inputs);
			if (got.length !== reference.length) {
				maxRelative = Infinity;
				continue;
			}
			reference.forEach((r, k) => {
				maxRelative = Math.max(maxRelative, Math.abs(got[k] - r) / Math.max(Math.abs(r), 1e-6));
			});
		}
		out.push({ template: t.id, instances: count, maxRelative });
	}
	return out;
}
