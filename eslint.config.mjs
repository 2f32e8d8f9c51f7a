import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "**/.build-*/**", ".data/**", "schema/**", "test-output/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "@typescript-eslint/no-explicit-any": "off",
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read settings through server/src/shared/environment.ts." },
      ],
    },
  },
  {
    files: ["server/src/shared/environment.ts", "server/test/**", "scripts/**", "*.config.*"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    files: ["web/src/**/*.{ts,tsx}", "web/vite.config.ts"],
    languageOptions: { globals: { ...globals.browser } },
  },
);
