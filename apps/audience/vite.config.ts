import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = 'http://localhost:3000';
const lib = (path: string) => fileURLToPath(new URL(`../../libs/${path}`, import.meta.url));

export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: {
    // Sources first: a stray `tsc` run that drops compiled .js next to a lib's .ts must not win.
    extensions: ['.mjs', '.mts', '.ts', '.tsx', '.js', '.jsx', '.json'],
    alias: {
      '@mufakat/contracts': lib('contracts/src/index.ts'),
      '@mufakat/client': lib('client/src/index.ts'),
    },
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
        moduleSideEffects: [{ test: /[\\/]node_modules[\\/]i18next[\\/]/, sideEffects: false }],
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
