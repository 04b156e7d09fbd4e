/** The package version, put in by the build (esbuild `define`) and by vitest's config. */
declare const __VERSION__: string;
