import { createRequire } from "node:module";
import swc from "unplugin-swc";
import { defineConfig, type UserConfig } from "vitest/config";

const require = createRequire(import.meta.url);

const shared: UserConfig = {
  // SWC, not esbuild: type-graphql and MikroORM need decorator metadata.
  plugins: [
    swc.vite({
      swcrc: false,
      tsconfigFile: false,
      jsc: {
        parser: { syntax: "typescript", decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        target: "es2022",
        keepClassNames: true,
      },
    }),
  ],
  resolve: {
    // One copy of graphql, or type-graphql and Apollo see "another module or realm".
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql", { paths: ["./server"] }) }],
  },
};

export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: {
          name: "unit",
          setupFiles: ["reflect-metadata"],
          include: ["server/src/**/*.test.ts"],
        },
      },
      {
        // The web app's pure modules: no decorators, no database.
        test: { name: "web", environment: "node", include: ["web/src/**/*.test.{ts,tsx}"] },
      },
      {
        ...shared,
        test: {
          name: "integration",
          setupFiles: ["reflect-metadata"],
          // One seeded throwaway PostgreSQL for every integration test file.
          globalSetup: ["server/test/support/global-setup.ts"],
          include: ["server/test/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          pool: "forks",
          fileParallelism: false,
        },
      },
    ],
  },
});
