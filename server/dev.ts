/** `npm run dev`: the server with Vite's dev middleware (hot reload) on the same port. */
import { createServer as createVite } from 'vite';
import { startServer } from './app';
import { configFromEnv } from './config';

await startServer(configFromEnv(), {
  mountClient: async (app, server) => {
    const vite = await createVite({ server: { middlewareMode: true, hmr: { server } }, appType: 'spa' });
    app.use(vite.middlewares);
  },
});
