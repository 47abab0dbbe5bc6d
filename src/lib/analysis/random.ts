/**
 * Seeded random numbers for Monte Carlo: sfc32 (Chris Doty-Humphrey's Small Fast
 * Counter, from PractRand), one independent stream per draw, so a run gives the same
 * draws whatever order or worker computes them in.
 */

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/** sfc32 over four 32-bit words of state; returns uniform numbers in [0, 1). */
export function sfc32(a: number, b: number, c: number, d: number): Random {
	return () => {
		a |= 0;
		b |= 0;
		c |= 0;
		d |= 0;
		const t = (((a + b) | 0) + d) | 0;
		d = (d + 1) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		c = (c + t) | 0;
		return (t >>> 0) / 4294967296;
	};
}

/** The stream of draw `draw` of a run seeded with `seed` (both 32-bit integers). */
export function drawStream(seed: number, draw: number): Random {
	// PractRand seeds sfc with a counter of 1 and discards the first outputs to mix the words.
	const next = sfc32(0x9e3779b9, seed >>> 0, draw >>> 0, 1);
	for (let k = 0; k < 15; k++) next();
	return next;
}

/** A standard normal number (Box-Muller, cosine branch); uses two uniforms. */
export function standardNormal(random: Random): number {
	const u1 = 1 - random(); // (0, 1]: the logarithm stays finite
	const u2 = random();
	return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** A number from the triangular distribution on [low, high] with peak `mode`, by inverting its CDF. */
export function triangular(random: Random, low: number, mode: number, high: number): number {
	if (high === low) return low;
	const u = random();
	const split = (mode - low) / (high - low);
	return u < split
		? low + Math.sqrt(u * (high - low) * (mode - low))
		: high - Math.sqrt((1 - u) * (high - low) * (high - mode));
}
