import { LAB_PROBLEMS, makeInstance, simulate, TEMPLATES } from '$lib/core/exercise';
import type { Runner } from './runner';

export interface TemplateCheck {
	/** A template id, or `lab:<problem>` for the gradient-descent lab. */
	template: string;
	/** Instances computed (for the lab: runs of 20 steps). */
	instances: number;
	/** The largest |tfjs − reference| / max(|reference|, 1e-6) over all values of all instances. */
	maxRelative: number;
}

/** The agreement the check asks for: float32 on the GPU against float64 in plain TS. */
export const AGREEMENT = 1e-5;

/** The largest relative difference between two lists of values (Infinity if their lengths differ). */
function worst(got: number[], reference: number[]): number {
	if (got.length !== reference.length) return Infinity;
	return Math.max(
		0,
		...reference.map((r, k) => Math.abs(got[k] - r) / Math.max(Math.abs(r), 1e-6))
	);
}

/**
 * Computes every template on `count` seeded instances with TensorFlow.js and
 * compares each value with the plain-TS reference: the two are written
 * apart, so agreement shows the exercise answers are what the formulas say.
 * The lab's descent is compared step by step the same way.
 */
export async function checkEngine(runner: Runner, count = 20): Promise<TemplateCheck[]> {
	const out: TemplateCheck[] = [];
	for (const t of TEMPLATES) {
		let maxRelative = 0;
		for (let i = 1; i <= count; i++) {
			const { inputs } = makeInstance(t, `engine-${i}`);
			maxRelative = Math.max(
				maxRelative,
				worst(await runner.compute(t.id, inputs), t.reference(inputs))
			);
		}
		out.push({ template: t.id, instances: count, maxRelative });
	}
	for (const p of LAB_PROBLEMS) {
		// A converging rate, so float32 rounding does not grow step by step.
		const rate = p.divergesFrom / 4;
		const got = await runner.descend(p, rate, 20);
		out.push({
			template: `lab:${p.id}`,
			instances: 1,
			maxRelative: worst(got, simulate(p, rate, 20))
		});
	}
	return out;
}
