/**
 * Bytes of a data file → text, in the encodings spreadsheets save CSV files in: UTF-8 (with or without
 * a BOM), UTF-16 ("Unicode Text", little- or big-endian, with or without a BOM), and Windows-1252, the
 * "CSV (Comma delimited)" of Excel on Western Windows systems, whose "°C" or "€" in a header would
 * otherwise read as replacement characters and no longer match the column names a spec writes.
 */
import { isUtf8 } from 'buffer';

/** The encoding a data file was read in. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** How many leading bytes are looked at to tell UTF-16 without a BOM from other text. */
const UTF16_SNIFF_BYTES = 512;

/** The text of a data file, decoded by its BOM, its NUL pattern, or its validity as UTF-8. */
export function decodeDataFile(buffer: Buffer): string {
  switch (detectEncoding(buffer)) {
    case 'utf-16le':
      return buffer.toString('utf16le', hasBom(buffer, 0xff, 0xfe) ? 2 : 0);
    case 'utf-16be':
      return swapBytes(buffer.subarray(hasBom(buffer, 0xfe, 0xff) ? 2 : 0)).toString('utf16le');
    case 'windows-1252':
      return windows1252(buffer);
    default:
      return buffer.toString('utf8');
  }
}

/** Which encoding `decodeDataFile` reads the bytes in. */
export function detectEncoding(bytes: Buffer): TextEncodingName {
  if (hasBom(bytes, 0xff, 0xfe)) return 'utf-16le';
  if (hasBom(bytes, 0xfe, 0xff)) return 'utf-16be';
  // A zip archive (an .xlsx workbook) is left as it is, for the CSV parser to name it.
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === ZIP_MAGIC) return 'utf-8';
  const nulParity = utf16NulParity(bytes);
  if (nulParity === 1) return 'utf-16le';
  if (nulParity === 0) return 'utf-16be';
  // Valid UTF-8 is read as such (a zip archive or binary file too, to be refused by the CSV parser).
  if (isUtf8(bytes) || bytes.subarray(0, UTF16_SNIFF_BYTES).includes(0)) return 'utf-8';
  return 'windows-1252';
}

/** "PK\x03\x04", the first bytes of a zip archive's local file header. */
const ZIP_MAGIC = 0x04034b50;

function hasBom(bytes: Buffer, first: number, second: number): boolean {
  return bytes.length >= 2 && bytes[0] === first && bytes[1] === second;
}

/**
 * 1 when the leading bytes look like UTF-16 little-endian text of mostly Latin script (most odd bytes
 * NUL, no even one: text in 8-bit encodings holds no NUL at all), 0 for big-endian (the reverse),
 * undefined otherwise.
 */
function utf16NulParity(bytes: Buffer): 0 | 1 | undefined {
  const end = Math.min(bytes.length, UTF16_SNIFF_BYTES) & ~1;
  if (end < 4) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const most = end / 4;
  if (oddNuls >= most && evenNuls === 0) return 1;
  if (evenNuls >= most && oddNuls === 0) return 0;
  return undefined;
}

function swapBytes(bytes: Buffer): Buffer {
  const swapped = Buffer.from(bytes.subarray(0, bytes.length & ~1));
  return swapped.swap16();
}

/** The characters Windows-1252 puts at 0x80–0x9F, where Latin-1 has control codes (the five it leaves undefined kept as they are). */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function windows1252(bytes: Buffer): string {
  return bytes.toString('latin1').replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]);
}
