// Chinese must render on machines without CJK fonts: Noto Sans SC ships with the bundle, regular and bold only
// (the two weights the pages use); the browser fetches just the unicode-range slices a page needs. Imported
// from script rather than @import-ed from CSS so vite.config.ts can drop the WOFF fallbacks of these files.
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
