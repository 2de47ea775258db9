/** Small numeric helpers for instances and their plain-TS reference answers. */
import type { Random } from '../rng';
import type { Matrix, Value, Vector } from './types';

/** An integer in [lo, hi]. */
export function int(random: Random, lo: number, hi: number): number {
	return lo + Math.floor(random() * (hi - lo + 1));
}

/** A multiple of `step` in [lo, hi], rounded so it prints as typed (0.3, not 0.30000000000000004). */
export function pick(random: Random, lo: number, hi: number, step = 0.1): number {
	const n = int(random, Math.round(lo / step), Math.round(hi / step));
	return round(n * step);
}

export function round(x: number, digits = 10): number {
	return Number(x.toFixed(digits));
}

export function vector(n: number, f: (i: number) => number): Vector {
	return Array.from({ length: n }, (_, i) => f(i));
}

export function matrix(rows: number, cols: number, f: (i: number, j: number) => number): Matrix {
	return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => f(i, j)));
}

export const dot = (a: Vector, b: Vector): number => a.reduce((s, x, i) => s + x * b[i], 0);
export const sum = (a: Vector): number => a.reduce((s, x) => s + x, 0);
export const mean = (a: Vector): number => sum(a) / a.length;
export const matVec = (m: Matrix, v: Vector): Vector => m.map((row) => dot(row, v));
export const transpose = (m: Matrix): Matrix => m[0].map((_, j) => m.map((row) => row[j]));
export const matMul = (a: Matrix, b: Matrix): Matrix => {
	const bt = transpose(b);
	return a.map((row) => bt.map((col) => dot(row, col)));
};
export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
export const relu = (x: number): number => Math.max(0, x);

export function softmax(z: Vector): Vector {
	const m = Math.max(...z);
	const e = z.map((x) => Math.exp(x - m));
	const s = sum(e);
	return e.map((x) => x / s);
}

export const num = (v: Value): number => v as number;
export const vec = (v: Value): Vector => v as Vector;
export const mat = (v: Value): Matrix => v as Matrix;

/** A number as a learner would write it: up to 4 significant digits, no trailing zeros. */
export function fmt(x: number, digits = 4): string {
	if (!Number.isFinite(x)) return x > 0 ? '\\infty' : x < 0 ? '-\\infty' : '\\text{NaN}';
	if (x === 0) return '0';
	const s = Number(x.toPrecision(digits)).toString();
	return s.includes('e') ? x.toExponential(digits - 1) : s;
}

/** TeX for a value: a number, a column vector or a matrix. */
export function tex(v: Value): string {
	if (typeof v === 'number') return fmt(v);
	if (typeof v[0] === 'number')
		return `\\begin{bmatrix}${(v as Vector).map((x) => fmt(x)).join(' \\\\ ')}\\end{bmatrix}`;
	return `\\begin{bmatrix}${(v as Matrix).map((r) => r.map((x) => fmt(x)).join(' & ')).join(' \\\\ ')}\\end{bmatrix}`;
}

/** TeX for a row of numbers: (1, 2, 3). */
export function row(v: Vector): string {
	return `(${v.map((x) => fmt(x)).join(',\\ ')})`;
}
