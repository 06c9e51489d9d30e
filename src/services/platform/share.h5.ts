/** Browser preview: there is no share menu to hide. */
export function hideShareMenu(): void {}
