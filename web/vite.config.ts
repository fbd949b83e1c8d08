import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * Fontsource lists a WOFF fallback next to every WOFF2 slice; every browser GraphiQL and Cytoscape run in
 * reads WOFF2, so dropping the fallback halves what the bundle ships (Noto Sans SC is ~100 slices a weight).
 */
function woff2Only(): Plugin {
  return {
    name: 'waic-kg:woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('@fontsource') || !id.endsWith('.css')) return null;
      return { code: code.replace(/,\s*url\([^)]*\.woff\)\s*format\('woff'\)/g, ''), map: null };
    },
  };
}

const ENTRIES = { explore: here('index.html'), graphiql: here('graphiql.html') };
// WEB_ENTRY=explore rebuilds one page into the existing dist (GraphiQL's Monaco takes minutes on two cores).
const only = process.env.WEB_ENTRY as keyof typeof ENTRIES | undefined;

export default defineConfig({
  root: here('.'),
  // The service mounts the bundle under /web/ so it can never shadow an API route.
  base: '/web/',
  publicDir: false,
  plugins: [woff2Only()],
  esbuild: { legalComments: 'none' },
  worker: { format: 'es' },
  build: {
    outDir: here('dist'),
    emptyOutDir: !only,
    target: 'es2022',
    // Monaco (inside GraphiQL) is a few megabytes however it is split; the warning would only be noise.
    chunkSizeWarningLimit: 4000,
    reportCompressedSize: true,
    // Font slices stay separate files even when tiny: inlined, every page would block on all of them at once.
    assetsInlineLimit: (file) => (/\.woff2?$/.test(file) ? false : undefined),
    rollupOptions: {
      input: only ? { [only]: ENTRIES[only] } : ENTRIES,
      output: {
        // Both pages share the font faces: one stylesheet with a name that says what it is.
        manualChunks: (id) =>
          id.includes('@fontsource/') || id.includes('/src/shared/fonts') ? 'fonts' : undefined,
      },
      onwarn(warning, warn) {
        // GraphiQL's React dependencies mark modules "use client" for server-component bundlers; in a
        // browser-only bundle the directive means nothing, and dozens of warnings would hide real ones.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
