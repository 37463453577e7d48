import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { serveDataFolder } from './scripts/vite-plugin-data-folder.ts';

// base './' keeps every URL relative, so dist/ works under any sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), serveDataFolder()],
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
