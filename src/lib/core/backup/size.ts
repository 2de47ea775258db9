/**
 * A file or storage size as people read it: "454 KB" under a megabyte,
 * "2.4 MB", "1.3 GB" (decimal units, as browsers and file managers show
 * them). One decimal of megabytes made a 454 KB backup "0.5 MB" or, counted
 * in characters, "0.3 MB".
 */
export function formatBytes(bytes: number): string {
	if (!Number.isFinite(bytes) || bytes < 0) return '?';
	if (bytes < 1e3) return `${Math.round(bytes)} B`;
	if (bytes < 1e6 - 500) return `${Math.round(bytes / 1e3)} KB`;
	if (bytes < 1e9 - 5e4) return `${(bytes / 1e6).toFixed(1)} MB`;
	return `${(bytes / 1e9).toFixed(1)} GB`;
}
