import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The employer portal is served under /employer/; the API server serves dist/ (see apps/api/src/server.ts).
// the libraries every page needs change less often than our code: one chunk that stays cached across
// deploys; the rest (charts, say) goes with the pages that use them
const coreLibraries =
  /[\\/]node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser|@tanstack|zod|hono|react-hook-form|@hookform)[\\/]/;

export default defineConfig({
  base: '/employer/',
  plugins: [react()],
  resolve: { dedupe: ['react', 'react-dom', 'react-router'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'vendor', test: coreLibraries }] } } },
  },
  server: { port: 5174, strictPort: true, proxy: { '/api': 'http://127.0.0.1:3000' } },
  preview: { port: 5174, strictPort: true, proxy: { '/api': 'http://127.0.0.1:3000' } },
});
