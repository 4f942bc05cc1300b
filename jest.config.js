/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.(tsx?|jsx?|mjs)$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }],
  },
  // zxing-wasm, zpl-renderer-js, bwip-js and cookie (light-my-request's, behind fastify's inject) ship
  // ES modules; let swc turn them into CommonJS for jest.
  transformIgnorePatterns: ['/node_modules/(?!(zxing-wasm|zpl-renderer-js|bwip-js|cookie|light-my-request/node_modules/cookie)/)'],
  // bwip-js exports its platform-neutral build only under the "import" condition, which jest's
  // CommonJS resolver does not use; point it at the file that esbuild picks for the bundle.
  moduleNameMapper: { '^bwip-js/generic$': '<rootDir>/node_modules/bwip-js/dist/bwip-js-gen.mjs' },
  testTimeout: 30000,
};
