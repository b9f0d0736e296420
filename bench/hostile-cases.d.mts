/** A hostile page generator. */
export interface HostileCase {
  /** Short name. */
  name: string
  /** What `size` counts. */
  unit: string
  /** The size the benchmark uses. */
  size: number
  /** Build the page at a size. */
  build: (size: number) => string
}

/** A paragraph of ordinary article prose. */
export declare const prose: string
/** A short paragraph of prose. */
export declare const shortProse: string
/** The hostile cases. */
export declare const hostileCases: readonly HostileCase[]
/** A well-formed news page of about `bytes` UTF-8 bytes. */
export declare function bigPage(bytes: number): string
