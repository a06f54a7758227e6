# Production image: the bot on a real WeChat account through wechaty-puppet-service.
#   docker build -t yimi .
#   docker run -e WECHATY_PUPPET_SERVICE_TOKEN=... -v yimi-data:/app/data yimi
FROM node:20-bookworm-slim AS deps
WORKDIR /app
# better-sqlite3 compiles when no prebuilt binary matches.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production TZ=Asia/Shanghai
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json tsconfig.json ./
COPY src ./src
COPY bot-config ./bot-config
COPY data ./data
COPY assets ./assets
# Train the classifier at build time so start-up loads the cached model.
RUN node_modules/.bin/tsx src/cli/train.ts && chown -R node:node /app/data
USER node
VOLUME ["/app/data"]
CMD ["node_modules/.bin/tsx", "src/main.ts"]
