/** Vite build of the editor: React, Monaco bundled locally (workers via ?worker), JSON Schemas precompiled (no eval under the CSP), /api proxied to the server in dev. */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { ajvStandalone } from './ajv-standalone-plugin';
import { monacoDutch } from './monaco-dutch-plugin';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [ajvStandalone(), monacoDutch(), react()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      // The engine's layer index.ts files re-export their modules (`export *`); engine and contract modules have no
      // side effects, so a module nobody uses through an index is left out instead of joining the chunk.
      treeshake: { moduleSideEffects: (id: string) => !/\/(engine\/src|server\/contract)\//.test(id) },
    },
  },
  server: {
    proxy: { '/api': { target: process.env.STURING_API ?? 'http://localhost:3000', changeOrigin: true } },
  },
});
