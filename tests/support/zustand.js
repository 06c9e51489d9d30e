/**
 * zustand for the ui tests, as zustand's testing guide recommends: every store made with create()
 * goes back to its initial state after each test, so no test hand-sets another test's leftovers
 * away. Mapped in jest.config.js; the real module is loaded by its path (the mapping would
 * otherwise send this file back to itself).
 */
const path = require('path')
const { act } = require('@testing-library/react')

const actual = require(path.join(__dirname, '../../node_modules/zustand/index.js'))
const resets = new Set()

function track(store) {
  const initial = store.getInitialState ? store.getInitialState() : store.getState()
  resets.add(() => store.setState(initial, true))
  return store
}

function create(stateCreator) {
  if (typeof stateCreator !== 'function') return create
  return track(actual.create(stateCreator))
}

function createStore(stateCreator) {
  if (typeof stateCreator !== 'function') return createStore
  return track(actual.createStore(stateCreator))
}

afterEach(() => {
  act(() => {
    for (const reset of resets) reset()
  })
})

module.exports = { ...actual, create, createStore }
