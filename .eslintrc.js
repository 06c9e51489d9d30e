/* eslint-disable */
// Layers, one direction: domain <- services <- data <- guidance <- features <- pages (components: the UI kit beside them).
const fs = require('fs')
const path = require('path')

const FEATURES = fs
  .readdirSync(path.join(__dirname, 'src/features'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
/** One zone per feature: it may import itself, never another feature. */
const featureZones = FEATURES.map((name) => ({
  target: `./src/features/${name}`,
  from: './src/features',
  except: [`./${name}`],
  message:
    'A feature never imports another feature: move what both need into data/, guidance/ or components/.',
}))

const config = {
  root: true,
  extends: ['taro/react', 'prettier'],
  plugins: ['import'],
  settings: {
    'import/resolver': {
      node: {
        extensions: ['.ts', '.tsx', '.js', '.mjs'],
      },
    },
    'import/extensions': ['.ts', '.tsx', '.js', '.mjs'],
  },
  rules: {
    'react/jsx-uses-react': 'off',
    'react/react-in-jsx-scope': 'off',
    'no-console': [
      'error',
      {
        allow: ['warn', 'error'],
      },
    ],
  },
  overrides: [
    {
      files: ['src/**/*.ts', 'src/**/*.tsx'],
      rules: {
        'import/no-cycle': [
          'error',
          {
            ignoreExternal: true,
          },
        ],
        'import/no-restricted-paths': [
          'error',
          {
            zones: [
              {
                target: './src/domain',
                from: './src',
                except: ['./domain'],
                message: 'domain/ holds pure rules: it imports nothing else of the app.',
              },
              {
                target: './src/services',
                from: [
                  './src/data',
                  './src/guidance',
                  './src/components',
                  './src/features',
                  './src/pages',
                  './src/packages',
                  './src/app.ts',
                ],
                message: 'services/ (http, storage, clock, platform ports) import only domain/.',
              },
              {
                target: './src/data',
                from: [
                  './src/guidance',
                  './src/components',
                  './src/features',
                  './src/pages',
                  './src/packages',
                  './src/app.ts',
                ],
                message: 'data/ (remote resources, stores, loaders) imports only domain/ and services/.',
              },
              {
                target: './src/components',
                from: [
                  './src/data',
                  './src/guidance',
                  './src/features',
                  './src/pages',
                  './src/packages',
                  './src/app.ts',
                ],
                message: 'components/ is the UI kit: it imports only domain/, services/ and itself.',
              },
              {
                target: './src/guidance',
                from: ['./src/features', './src/pages', './src/packages', './src/app.ts'],
                message: 'guidance/ (refusals, FAQ, destinations) sits below the features.',
              },
              {
                target: './src/features',
                from: ['./src/pages', './src/packages', './src/app.ts'],
                message: 'features/ are used by pages, never the other way round.',
              },
            ],
          },
        ],
      },
    },
    {
      files: ['backend/**', 'scripts/**', 'tests/**'],
      rules: {
        'no-console': 'off',
      },
    },
  ],
}
config.overrides[0].rules['import/no-restricted-paths'][1].zones.push(...featureZones)

module.exports = config
