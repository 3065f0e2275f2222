// Reusable scratch arrays for the taggers' per-sentence work. A typed array larger than 64 bytes
// gets an off-heap backing store (malloc, free, and a V8 sweeper job to track it); allocating
// several per sentence showed up as a large share of the GC threads' time, which is what limits
// running one pipeline per core. Each scratch array is owned by one call site: callers use it
// within the call and never keep it (a value returned from scratch is valid until the next call).

export class Scratch<A extends Int32Array | Float32Array | Float64Array> {
  private buf: A;
  constructor(private readonly make: (n: number) => A) { this.buf = make(256); }
  /** An array of at least n elements (contents undefined). */
  get(n: number): A {
    if (this.buf.length < n) this.buf = this.make(Math.max(n, this.buf.length * 2));
    return this.buf;
  }
}

export const int32Scratch = (): Scratch<Int32Array> => new Scratch((n) => new Int32Array(n));
export const float32Scratch = (): Scratch<Float32Array> => new Scratch((n) => new Float32Array(n));
export const float64Scratch = (): Scratch<Float64Array> => new Scratch((n) => new Float64Array(n));
