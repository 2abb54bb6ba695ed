/**
 * pptxgenjs draws random UUIDs (and random colours past the palette) with
 * Math.random while it writes. For byte-identical output the write runs with a
 * PRNG seeded from the deck's name. The write is the only await inside, and
 * builds run one at a time, so no other code sees the swap.
 */
export async function withSeededRandom<T>(seed: string, fn: () => Promise<T>): Promise<T> {
  const original = Math.random;
  Math.random = mulberry32(hash(seed));
  try {
    return await fn();
  } finally {
    Math.random = original;
  }
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
