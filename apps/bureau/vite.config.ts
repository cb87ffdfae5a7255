import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The bureau console is served under /bureau/; the API server serves dist/ (see apps/api/src/server.ts).
export default defineConfig({
  base: '/bureau/',
  plugins: [react()],
  resolve: { dedupe: ['react', 'react-dom', 'react-router'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // libraries change less often than our code: a separate chunk stays cached across deploys
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'vendor', test: /node_modules/ }] } } },
  },
  server: { port: 5175, strictPort: true, proxy: { '/api': 'http://127.0.0.1:3000' } },
  preview: { port: 5175, strictPort: true, proxy: { '/api': 'http://127.0.0.1:3000' } },
});
