// Where the browser tests find Chromium: $CHROMIUM_PATH, else the system's Chromium, else the
// one shipped inside the npm package @sparticuz/chromium, so `npm install && npm test` needs
// nothing but Node.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';

/** Only to test the packaged browser on a machine that has a system one. */
const skipSystem = process.env.MNEMO_NO_SYSTEM_CHROMIUM === '1';
const system = skipSystem ? [] : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * The packaged browser links against NSS, NSPR and expat, which a bare machine may lack; the
 * package ships them for that case (bin/al2023.tar.br). They are unpacked beside the browser
 * and always used with it, so it runs the same on every machine.
 * @param {string} bin the package's folder of compressed files
 */
function packagedLibraries(bin) {
	const dir = join(tmpdir(), 'al2023');
	if (!existsSync(join(dir, 'lib', 'libnss3.so'))) {
		const tar = brotliDecompressSync(readFileSync(join(bin, 'al2023.tar.br')));
		spawnSync('mkdir', ['-p', dir]);
		const untar = spawnSync('tar', ['-x', '-C', dir], { input: tar });
		if (untar.status !== 0) throw new Error(`Could not unpack ${bin}/al2023.tar.br`);
	}
	return join(dir, 'lib');
}

async function packaged() {
	if (process.platform !== 'linux' || process.arch !== 'x64') return null;
	let chromium;
	try {
		chromium = (await import('@sparticuz/chromium')).default;
	} catch {
		return null;
	}
	// The first call unpacks the browser into the temp folder (about 2.5 s); later calls reuse it.
	const path = await chromium.executablePath();
	const bin = join(
		dirname(fileURLToPath(import.meta.resolve('@sparticuz/chromium'))),
		'..',
		'..',
		'bin'
	);
	const libs = packagedLibraries(bin);
	const LD_LIBRARY_PATH = [libs, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
	return { path, env: { ...process.env, LD_LIBRARY_PATH } };
}

const given = [process.env.CHROMIUM_PATH, ...system].find((p) => p && existsSync(p));
const found = given ? { path: given, env: undefined } : await packaged();

/** The Chromium binary to launch, or null when there is none. */
export const chromiumPath = found?.path ?? null;

/** The browser's environment (Playwright's `env`): undefined means the runner's own. */
export const chromiumEnv = found?.env;

/**
 * Flags for a closed network and a root user; SwiftShader gives WebGL 2 (tfjs) without a GPU.
 * Not the package's own `chromium.args`: they disable web security and run a single process,
 * which would hide the isolation headers, the CSP and the workers the tests must see.
 */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--enable-unsafe-swiftshader',
	'--use-angle=swiftshader'
];
