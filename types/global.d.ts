/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.gif'
declare module '*.jpg'
declare module '*.jpeg'
declare module '*.svg'
declare module '*.css'
declare module '*.scss'

/** This build's version (package.json), compared with the backend's minClientVersion. */
declare const APP_VERSION: string
/** The API base URL, fixed at build time from TARO_APP_API_BASE (see config/env.ts). */
declare const API_BASE: string
/** Request timeouts in ms, from TARO_APP_API_TIMEOUT_MS / TARO_APP_UPLOAD_TIMEOUT_MS (default 15 s / 60 s). */
declare const API_TIMEOUT_MS: number | undefined
declare const UPLOAD_TIMEOUT_MS: number | undefined

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test'
    TARO_ENV: 'weapp' | 'h5'
    TARO_APP_ID?: string
    TARO_APP_API_BASE?: string
    TARO_APP_API_TIMEOUT_MS?: string
    TARO_APP_UPLOAD_TIMEOUT_MS?: string
    /** 'wechat' in production; 'development' enables the marked development face verifier */
    TARO_APP_FACE_VERIFIER?: string
  }
}
