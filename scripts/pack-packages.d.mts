/** The published packages' folders under packages/, each after the packages it depends on. */
export declare const publishedPackages: readonly string[]
/** Packs every published package into `destination`; returns the tarballs in dependency order. */
export declare function packPackages(destination: string): string[]
