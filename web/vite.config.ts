import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig(({ command }) => {
  // A build is production whatever NODE_ENV says: one started from the test runner
  // (NODE_ENV=test) would otherwise ship React's development build and development JSX.
  if (command === 'build') process.env.NODE_ENV = 'production';
  return {
    root,
    publicDir: 'public',
    plugins: [react()],
    server: {
      port: 5173,
      strictPort: false,
      // The app's own origin serves everything; in dev the Express server sits behind this proxy.
      proxy: {
        '/api': { target: api, changeOrigin: false },
        '/model': { target: api, changeOrigin: false },
        '/models': { target: api, changeOrigin: false },
        '/healthz': { target: api, changeOrigin: false },
        '/socket.io': { target: api, changeOrigin: false, ws: true },
      },
    },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      // The first view is React, the chat and the socket; three/R3F/drei (the 3D view), the muscle
      // browser (fuse.js) and markdown load as lazy chunks behind their dynamic imports.
      chunkSizeWarningLimit: 1200,
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }],
          },
        },
      },
    },
  };
});
