/**
 * A tiny PNG encoder for the image examples: truecolor, 8 bits per channel, no filtering.
 */
import * as Zlib from "node:zlib"

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

const crc32 = (bytes: Uint8Array): number => {
  let crc = 0xffffffff
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

const chunk = (type: string, data: Uint8Array): Buffer => {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data])
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** An RGB color. */
export type Rgb = readonly [number, number, number]

/** Encodes a `width` × `height` image whose pixel at (x, y) is `pixel(x, y)`. */
export const encode = (width: number, height: number, pixel: (x: number, y: number) => Rgb): Buffer => {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // bit depth 8, truecolor, deflate, no filter, no interlace
  const rows = Buffer.alloc(height * (1 + width * 3))
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 3) // each row starts with filter type 0
    for (let x = 0; x < width; x++) rows.set(pixel(x, y), row + 1 + x * 3)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", Zlib.deflateSync(rows)),
    chunk("IEND", new Uint8Array())
  ])
}

/** A 32 × 32 red circle on a white background. */
export const redCircle = (): Buffer =>
  encode(32, 32, (x, y) => ((x - 15.5) ** 2 + (y - 15.5) ** 2 <= 12 ** 2 ? [220, 30, 30] : [255, 255, 255]))

/** A PNG as a `data:` URL. */
export const dataUrl = (png: Buffer): string => `data:image/png;base64,${png.toString("base64")}`
