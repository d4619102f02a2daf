# Build context is the repository root: docker build -f docker/api.Dockerfile .
# The root .dockerignore must exclude node_modules, otherwise `COPY . .` overwrites the Linux install.

FROM node:20-bookworm-slim AS builder
WORKDIR /app
ENV NX_DAEMON=false NX_NO_CLOUD=true

# Manifests first, so the `npm ci` layer is reused until a dependency changes.
COPY package.json package-lock.json .npmrc ./
COPY apps/api/package.json apps/api/
COPY apps/audience/package.json apps/audience/
COPY apps/console/package.json apps/console/
COPY libs/contracts/package.json libs/contracts/
COPY libs/client/package.json libs/client/
COPY libs/persistence/package.json libs/persistence/
COPY libs/documents/package.json libs/documents/
COPY libs/minutes/package.json libs/minutes/
COPY apps/worker/package.json apps/worker/
RUN npm ci

COPY . .
# npm nests a package under a workspace when the hoisted version conflicts; mkdir keeps the runtime COPYs valid
# whether or not that happened.
RUN npx nx run-many -t build --projects=@mufakat/contracts,@mufakat/persistence,@mufakat/documents,@mufakat/minutes,@mufakat/api,@mufakat/worker,@mufakat/audience,@mufakat/console \
      --outputStyle=static \
 && npm prune --omit=dev \
 && mkdir -p apps/api/node_modules libs/contracts/node_modules libs/persistence/node_modules libs/documents/node_modules libs/minutes/node_modules apps/worker/node_modules

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production PORT=3000

# Same layout as the repository, so the api finds the web builds and @mufakat/contracts
# (node_modules/@mufakat/contracts is a workspace symlink to libs/contracts) by relative path.
COPY --from=builder /app/node_modules ./node_modules
COPY --from=builder /app/libs/contracts/package.json ./libs/contracts/
COPY --from=builder /app/libs/contracts/dist ./libs/contracts/dist
COPY --from=builder /app/libs/contracts/node_modules ./libs/contracts/node_modules
COPY --from=builder /app/libs/persistence/package.json ./libs/persistence/
COPY --from=builder /app/libs/persistence/dist ./libs/persistence/dist
COPY --from=builder /app/libs/persistence/node_modules ./libs/persistence/node_modules
COPY --from=builder /app/libs/documents/package.json ./libs/documents/
COPY --from=builder /app/libs/documents/dist ./libs/documents/dist
COPY --from=builder /app/libs/documents/node_modules ./libs/documents/node_modules
COPY --from=builder /app/libs/minutes/package.json ./libs/minutes/
COPY --from=builder /app/libs/minutes/dist ./libs/minutes/dist
COPY --from=builder /app/libs/minutes/node_modules ./libs/minutes/node_modules
COPY --from=builder /app/apps/worker/package.json ./apps/worker/
COPY --from=builder /app/apps/worker/dist ./apps/worker/dist
COPY --from=builder /app/apps/worker/node_modules ./apps/worker/node_modules
COPY --from=builder /app/apps/api/package.json ./apps/api/
COPY --from=builder /app/apps/api/dist ./apps/api/dist
COPY --from=builder /app/apps/api/node_modules ./apps/api/node_modules
COPY --from=builder /app/apps/audience/dist ./apps/audience/dist
COPY --from=builder /app/apps/console/dist ./apps/console/dist

# Code stays root-owned (read-only to the app); only the documents folder is the node user's.
# A fresh named volume mounted at /data takes this ownership.
RUN mkdir -p /data && chown node:node /data
USER node

EXPOSE 3000
# The slim image has no curl; Node 20 has a global fetch.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

CMD ["node", "apps/api/dist/main.js"]
