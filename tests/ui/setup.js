process.env.TARO_ENV = 'h5'
process.env.TARO_PLATFORM = 'web'
global.API_BASE = 'http://backend.test'
