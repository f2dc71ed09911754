/**
 * Decodes a CSV file's bytes. Statistics exports come in several
 * encodings: UTF-8 (with or without a byte order mark), UTF-16 with a byte
 * order mark ("Unicode text" from Excel), or Windows-1252 from older tools.
 * A byte order mark decides; otherwise UTF-8 if the bytes are valid UTF-8,
 * else Windows-1252 (Latin-1 for the letters that matter: å, ä and ö survive). The
 * byte order mark is not part of the text, so offsets refer to what
 * follows it.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}
