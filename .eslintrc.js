/* eslint-disable */
const fs = require('fs')
const path = require('path')

/**
 * The layers of src/, one direction: domain <- services <- data <- guidance <- features <- pages,
 * with components (the UI kit) beside data. Each layer may import itself and what is listed here;
 * anything else of src/ fails lint. routes.ts (the route table) is open to every layer but domain.
 */
const MAY_IMPORT = {
  domain: [],
  services: ['domain', 'routes.ts'],
  data: ['domain', 'services', 'routes.ts'],
  components: ['domain', 'services', 'routes.ts'],
  guidance: ['domain', 'services', 'data', 'components', 'routes.ts'],
  features: ['domain', 'services', 'data', 'components', 'guidance', 'routes.ts'],
}
const WHY = {
  domain: 'domain/ holds pure rules: it imports nothing else of the app.',
  services: 'services/ (http, storage, clock, platform ports) import only domain/.',
  data: 'data/ (remote resources, stores, loaders) imports only domain/ and services/.',
  components: 'components/ is the UI kit: it imports only domain/, services/ and itself.',
  guidance: 'guidance/ (refusals, FAQ, destinations) sits below the features.',
  features: 'features/ are used by pages, never the other way round.',
}
const PLACES = [...Object.keys(MAY_IMPORT), 'pages', 'packages', 'app.ts', 'routes.ts']

const layerZones = Object.entries(MAY_IMPORT).map(([layer, allowed]) => ({
  target: `./src/${layer}`,
  from: PLACES.filter((p) => p !== layer && !allowed.includes(p)).map((p) => `./src/${p}`),
  message: WHY[layer],
}))

/** One zone per feature: it may import itself, never another feature. */
const featureZones = fs
  .readdirSync(path.join(__dirname, 'src/features'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map(({ name }) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message:
      'A feature never imports another feature: move what both need into data/, guidance/ or components/.',
  }))

module.exports = {
  root: true,
  extends: ['taro/react', 'prettier'],
  plugins: ['import'],
  settings: {
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
    'import/extensions': ['.ts', '.tsx', '.js', '.mjs'],
  },
  rules: {
    'react/jsx-uses-react': 'off',
    'react/react-in-jsx-scope': 'off',
    'no-console': ['error', { allow: ['warn', 'error'] }],
  },
  overrides: [
    {
      files: ['src/**/*.ts', 'src/**/*.tsx'],
      rules: {
        'import/no-cycle': ['error', { ignoreExternal: true }],
        'import/no-restricted-paths': ['error', { zones: [...layerZones, ...featureZones] }],
      },
    },
    {
      files: ['backend/**', 'scripts/**', 'tests/**'],
      rules: { 'no-console': 'off' },
    },
  ],
}
