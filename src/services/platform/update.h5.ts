/** Browser preview: a reload fetches the newest build; there is no update download to wait for. */
export function watchForUpdate(_onReady: () => void, _onFailed: () => void): void {}

export function restartWithUpdate(): void {
  window.location.reload()
}

export const UPDATE_FAILED_HINT = '请刷新页面使用最新版本。'
