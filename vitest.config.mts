import { createRequire } from "node:module";
import swc from "unplugin-swc";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
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
  test: {
    setupFiles: ["reflect-metadata"],
    include: ["server/src/**/*.test.ts", "server/test/**/*.test.ts", "web/src/**/*.test.{ts,tsx}"],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    pool: "forks",
  },
});
