# The service only; Neo4j comes from the neo4j image (see docker-compose.yml), so no Java here.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/dist ./web/dist
COPY --from=build /app/schema ./schema
COPY --from=build /app/cypher ./cypher
COPY --from=build /app/seed ./seed
USER node
EXPOSE 4000
CMD ["node", "--max-semi-space-size=32", "dist/src/main.js"]
