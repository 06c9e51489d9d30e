/** Three jest projects: pure TypeScript (unit), the Taro H5 runtime in jsdom (ui), and the compiled weapp output in miniprogram-simulate (simulate). */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }]

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
      transform: { '^.+\\.tsx?$': tsJest },
      moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
    },
    {
      displayName: 'ui',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/ui/**/*.test.tsx'],
      setupFiles: ['<rootDir>/tests/ui/setup.js'],
      transform: { '^.+\\.(m?js|jsx|tsx?)$': ['babel-jest', { configFile: './tests/ui/babel.config.js' }] },
      transformIgnorePatterns: ['/node_modules/(react|react-dom|scheduler|@testing-library|jsdom|core-js)/'],
      globals: {
        ENABLE_INNER_HTML: true,
        ENABLE_ADJACENT_HTML: true,
        ENABLE_SIZE_APIS: true,
        ENABLE_TEMPLATE_CONTENT: true,
        ENABLE_MUTATION_OBSERVER: true,
        ENABLE_CLONE_NODE: true,
        ENABLE_CONTAINS: true,
        DEPRECATED_ADAPTER_COMPONENT: false,
        __TARO_FRAMEWORK__: 'react',
      },
      moduleNameMapper: {
        '^@tarojs/taro$': '<rootDir>/tests/ui/taro.js',
        '^@tarojs/components$': '@tarojs/components/lib/react',
        '^@nutui/nutui-react-taro$': '@nutui/nutui-react-taro/dist/es/packages/nutui.react.build.js',
        '^lottie-web$': '<rootDir>/tests/ui/stub.js',
        '\\.(css|scss|sass)$': '<rootDir>/tests/ui/stub.js',
        '^@/(.*)$': '<rootDir>/src/$1',
        '^zustand$': '<rootDir>/tests/support/zustand.js',
      },
    },
    {
      displayName: 'simulate',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/simulate/**/*.test.js'],
      transform: {},
    },
  ],
}
