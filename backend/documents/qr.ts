/** QR codes for verification links, with the same library and settings as the app's 出示证书. */
import { encode } from 'uqr'

/** Modules of the QR code for `text` (true = dark), without the quiet zone; error correction M. */
export function qrModules(text: string): boolean[][] {
  return encode(text, { ecc: 'M', border: 0 }).data
}
