/**
 * The TensorFlow.js bundle exercise pages load with `import()`: the core,
 * the WebGL backend and the CPU backend (the fallback), ~220 KB gzipped
 * instead of the full @tensorflow/tfjs (~310 KB, which adds layers and the
 * model converter Mnemo does not use). With the core alone the gradient
 * and chained-op registrations must be imported too, or `x.mul(…)` and
 * `tf.grad` fail at run time.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-cpu';

export { tf };
export type Tf = typeof tf;
