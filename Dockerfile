# Coatelier server image. Build: docker build -t coatelier .
# Run (embedded SQLite): docker run -p 3000:3000 -v coatelier-data:/app/data coatelier
FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles its native addon here.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The client (vite) and the server (esbuild, scripts/build-server.ts) into dist/; then only
# the production packages stay (the build checks that the server imports nothing else).
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=3000 DATA_DIR=/app/data
# What runs: the compiled server and client (dist/) and the production packages; no sources,
# no TypeScript at run time. package.json says the compiled files are ES modules.
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
USER node
VOLUME ["/app/data"]
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s CMD node -e "fetch('http://127.0.0.1:3000/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# SIGTERM drains: boards are stored and compacted, clients told to reconnect.
STOPSIGNAL SIGTERM
# A backup from the running container: docker exec <container> node dist/server/backup.js DIR
CMD ["node", "dist/server/main.js"]
