/**
 * Numbers as people write them: "1/3", "33.3 %", "3.3e-1", "3.3 × 10^-1",
 * "≈ 0.333", full-width digits, a TeX "\frac{1}{3}". Khan Academy's numeric
 * input grades the same forms; like its default it accepts any of them for
 * any number, and like a teacher it accepts a rounded answer within a stated
 * tolerance.
 */

/**
 * How far a typed number may be from the right one: 0.5 % of it, so 0.333
 * and 33.3 % count for 1/3 and 0.32 does not; answers near 0 get 10⁻⁶.
 */
export const NUMBER_TOLERANCE = { relative: 0.005, absolute: 1e-6 };

const DECIMAL = String.raw`[-+]?(?:\d+(?:\.\d*)?|\.\d+)`;
const PLAIN = new RegExp(String.raw`^(${DECIMAL})(?:e([-+]?\d+))?$`, 'i');
const POWER = new RegExp(
	String.raw`^(${DECIMAL})(?:\*|x|×|·|\\times|\\cdot)10\^?\{?([-+]?\d+)\}?$`,
	'i'
);
const FRACTION = new RegExp(String.raw`^(${DECIMAL})/(${DECIMAL})$`);
const TEX_FRACTION = new RegExp(String.raw`^([-+]?)\\[dt]?frac\{(${DECIMAL})\}\{(${DECIMAL})\}$`);

/** "1,234.5" → "1234.5"; a lone comma is a decimal comma ("0,5"). */
function commas(t: string): string {
	if (/^[-+]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(t)) return t.replace(/,/g, '');
	return /^[-+]?\d*,\d+$/.test(t) ? t.replace(',', '.') : t;
}

/**
 * The number a text writes, or null when it is not one number.
 *
 * Read after folding width (NFKC), spaces, the minus sign "−", a leading
 * "≈" / "~" / "=", math delimiters and TeX's `\%`: a plain or scientific
 * decimal, `a × 10^n`, a fraction `a/b` or `\frac{a}{b}`, any of them with a
 * trailing "%" (÷ 100).
 */
export function parseNumber(text: string): number | null {
	let t = text
		.normalize('NFKC')
		.replace(/\$/g, '')
		.replace(/[\s\u2009\u202f]+/g, '')
		.replace(/[−–]/g, '-')
		.replace(/\\%/g, '%')
		.replace(/^(?:≈|~|≃|=|\\approx)+/, '');
	if (!t) return null;
	const percent = t.endsWith('%');
	if (percent) t = t.slice(0, -1);
	t = commas(t);
	let n: number | null = null;
	let m: RegExpMatchArray | null;
	if ((m = t.match(PLAIN))) n = Number(m[1]) * 10 ** Number(m[2] ?? 0);
	else if ((m = t.match(POWER))) n = Number(m[1]) * 10 ** Number(m[2]);
	else if ((m = t.match(FRACTION))) n = Number(m[2]) === 0 ? null : Number(m[1]) / Number(m[2]);
	else if ((m = t.match(TEX_FRACTION)))
		n = Number(m[3]) === 0 ? null : (m[1] === '-' ? -1 : 1) * (Number(m[2]) / Number(m[3]));
	if (n === null || !Number.isFinite(n)) return null;
	return percent ? n / 100 : n;
}

/** |given − expected| ≤ max(0.5 % of |expected|, 10⁻⁶). */
export function numbersAgree(given: number, expected: number): boolean {
	return (
		Math.abs(given - expected) <=
		Math.max(NUMBER_TOLERANCE.absolute, NUMBER_TOLERANCE.relative * Math.abs(expected))
	);
}
