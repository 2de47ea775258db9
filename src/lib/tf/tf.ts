/**
 * TensorFlow.js, fetched the first time an exercise needs it: the core, the
 * WebGL backend and the CPU backend (the fallback), ~220 KB gzipped instead
 * of the full @tensorflow/tfjs (~310 KB, which adds layers and the model
 * converter Mnemo does not use). Every import here is an `import()`, so no
 * page that imports this file carries tfjs in its bundle. With the core
 * alone the gradient and chained-op registrations must be loaded too, or
 * `x.mul(…)` and `tf.grad` fail at run time.
 */
export type Tf = typeof import('@tensorflow/tfjs-core');
export type Tensor = import('@tensorflow/tfjs-core').Tensor;
export type Scalar = import('@tensorflow/tfjs-core').Scalar;
export type Variable = import('@tensorflow/tfjs-core').Variable;

export async function loadTf(): Promise<Tf> {
	// The core first: its flags (DEBUG, …) must be registered before the
	// backends and registrations evaluate, which loading all at once did not
	// guarantee ("Cannot evaluate flag 'DEBUG'").
	const tf = await import('@tensorflow/tfjs-core');
	await Promise.all([
		import('@tensorflow/tfjs-core/dist/register_all_gradients'),
		import('@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops'),
		import('@tensorflow/tfjs-backend-webgl'),
		import('@tensorflow/tfjs-backend-cpu')
	]);
	return tf;
}
