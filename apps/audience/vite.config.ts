import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { precompress } from '../../libs/client/build/precompress';

const api = 'http://localhost:3000';
const lib = (path: string) => fileURLToPath(new URL(`../../libs/${path}`, import.meta.url));

/** An import the aliases below miss would bring React back: a second copy of the budget, and hooks split across two renderers. */
const noReact: Plugin = {
  name: 'audience:no-react',
  load(id) {
    if (/[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/.test(id)) this.error(`${id} would be bundled; alias it to preact/compat`);
  },
};

export default defineConfig({
  base: '/',
  // Preact instead of React: attendees open this app on cheap phones over mobile data, and what a phone downloads to
  // register, then to follow the live forum, must each fit in 50 KB (scripts/check-size.mjs): React and react-dom
  // alone would take more than that.
  // The code is still written and typechecked against React's types; Preact with its compat layer is ~10 KB.
  // No @vitejs/plugin-react: its Fast Refresh drives React only, so Vite compiles the JSX and reloads the page.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  plugins: [noReact, precompress()],
  resolve: {
    // Sources first: a stray `tsc` run that drops compiled .js next to a lib's .ts must not win.
    extensions: ['.mjs', '.mts', '.ts', '.tsx', '.js', '.jsx', '.json'],
    alias: [
      { find: '@mufakat/contracts', replacement: lib('contracts/src/index.ts') },
      { find: '@mufakat/client', replacement: lib('client/src/index.ts') },
      // The compat JSX runtimes load compat first, so its React prop handling (className, onChange) always applies.
      { find: /^react$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    // Phones on mobile data: every byte counts, and source maps are never fetched by attendees.
    sourcemap: false,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      treeshake: {
        // @mufakat/client re-exports the console's i18next set-up; this app translates with its own
        // small hook, and i18next builds its default instance on import, which would keep ~15 KB alive.
        moduleSideEffects: [
          { test: /[\\/]node_modules[\\/]i18next[\\/]/, sideEffects: false },
          // The lib's modules run nothing on import: what only the live forum uses (the socket client) then goes
          // with the live forum's chunk rather than with the first load, which imports the same barrel.
          { test: /[\\/]libs[\\/]client[\\/]src[\\/]/, sideEffects: false },
        ],
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': api,
      '/health': api,
      '/socket.io': { target: api, ws: true },
    },
  },
});
