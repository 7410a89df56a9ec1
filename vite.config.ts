import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// base './' so the same build loads from file:// in Electron and from / in the web host.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
  },
});
