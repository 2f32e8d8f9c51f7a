// `pnpm start`: embedded PostgreSQL (or DATABASE_URL), migrations, seed when empty, subgraphs, gateway, web.
import "../server/dist/runtime/start.js";
