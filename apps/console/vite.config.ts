import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from '../../libs/client/build/precompress';

const fromHere = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const api = 'http://localhost:3000';

export default defineConfig({
  // The api serves the built console under /console/.
  base: '/console/',
  plugins: [react(), precompress()],
  resolve: {
    alias: {
      '@mufakat/contracts': fromHere('../../libs/contracts/src/index.ts'),
      '@mufakat/client': fromHere('../../libs/client/src/index.ts'),
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Two pages: the staff console, and the projector on its own (no router, no staff routes; see src/projector.tsx).
    rolldownOptions: { input: { index: fromHere('index.html'), projector: fromHere('projector.html') } },
  },
  server: {
    port: 5174,
    proxy: {
      '/api': api,
      '/health': api,
      '/socket.io': { target: api, ws: true },
    },
  },
});
