/**
 * The TensorFlow.js runner of the exercise pages. The bundle is loaded with
 * `import()` the first time an exercise needs it, so no other page pays for
 * it. It asks for WebGL and says which backend it got: tfjs falls back to
 * the CPU silently (`setBackend` returns false, `ready()` picks `cpu`), so
 * the fallback is detected here and reported on the page.
 */
import type { Inputs, LabProblem, TemplateId } from '$lib/core/exercise';
import { msg } from '$lib/core/say';

export interface Runner {
	backend: 'webgl' | 'cpu';
	/** Shown on the page (through `t`) when WebGL could not be used. */
	notice: string | null;
	/** The GPU (or software renderer) WebGL runs on. */
	renderer: string | null;
	/** Milliseconds from the first request to a ready backend. */
	readyMs: number;
	/** A template's answer for these inputs, computed on the active backend. */
	compute(template: TemplateId, inputs: Inputs): Promise<number[]>;
	/** The loss before the first and after each gradient-descent step. */
	descend(problem: LabProblem, rate: number, steps: number): Promise<number[]>;
	/** Live tensors: stays flat from one exercise to the next. */
	tensors(): number;
}

let loading: Promise<Runner> | null = null;

export function loadRunner(): Promise<Runner> {
	loading ??= start().catch((e) => {
		loading = null;
		throw e;
	});
	return loading;
}

async function start(): Promise<Runner> {
	const t0 = performance.now();
	performance.mark('mnemo:tf-start');
	const [tf, { COMPUTE }, { descend }] = await Promise.all([
		import('./tf').then((m) => m.loadTf()),
		import('./compute'),
		import('./lab')
	]);
	// Small ops would otherwise run on the CPU inside the WebGL backend.
	tf.env().set('WEBGL_CPU_FORWARD', false);
	let notice: string | null = null;
	let webgl = false;
	try {
		webgl = (await tf.setBackend('webgl')) && tf.getBackend() === 'webgl';
	} catch {
		webgl = false;
	}
	if (!webgl) {
		await tf.setBackend('cpu');
		notice = msg(
			'WebGL is not available in this browser, so TensorFlow.js checks answers on the CPU backend. Results are the same; the lab runs slower.'
		);
	}
	await tf.ready();
	performance.measure('mnemo:tf-ready', 'mnemo:tf-start');
	const backend = tf.getBackend() === 'webgl' ? 'webgl' : 'cpu';
	return {
		backend,
		notice,
		renderer: backend === 'webgl' ? rendererOf(tf.backend()) : null,
		readyMs: performance.now() - t0,
		async compute(template, inputs) {
			// A synchronous read: for a handful of values it beats the async
			// read, whose fence polling adds tens of ms on a software GPU.
			return tf.tidy(() => Array.from(COMPUTE[template](tf, inputs).dataSync()));
		},
		descend: (problem, rate, steps) => descend(tf, problem, rate, steps),
		tensors: () => tf.memory().numTensors
	};
}

/** The renderer string of tfjs's own WebGL context. */
function rendererOf(backend: unknown): string | null {
	const gl = (backend as { gpgpu?: { gl?: WebGL2RenderingContext } }).gpgpu?.gl;
	if (!gl) return null;
	const info = gl.getExtension('WEBGL_debug_renderer_info');
	return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
}
