/** ZIP records for writing (no ZIP64: every size and offset must fit in 32 bits). */

export interface ZipRecord {
  name: string;
  /** 0 stored, 8 deflated */
  method: 0 | 8;
  crc: number;
  /** bytes in the file */
  compressed: number;
  /** bytes once inflated */
  size: number;
  /** where the local header starts */
  offset: number;
}

/** DOS date and time of a date (UTC parts, so a pinned date gives the same bytes anywhere). */
export function dosDateTime(d: Date): { date: number; time: number } {
  const year = Math.max(1980, d.getUTCFullYear());
  return {
    date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
  };
}

/** The local header (with the name) and the central directory record of one entry. */
export function zipHeaders(r: ZipRecord, when: { date: number; time: number }): { local: Buffer; central: Buffer } {
  const LIMIT = 0xffffffff;
  if (r.size > LIMIT || r.compressed > LIMIT || r.offset > LIMIT) throw new Error(`ZIP entry ${r.name} is larger than 4 GiB (ZIP64 is not written)`);
  const name = Buffer.from(r.name, 'utf8');
  // the fields both records share, in the same order: version, flags (UTF-8 names), method,
  // time, date, CRC, sizes, name length
  const common = Buffer.alloc(26);
  common.writeUInt16LE(20, 0);
  common.writeUInt16LE(0x0800, 2);
  common.writeUInt16LE(r.method, 4);
  common.writeUInt16LE(when.time, 6);
  common.writeUInt16LE(when.date, 8);
  common.writeUInt32LE(r.crc >>> 0, 10);
  common.writeUInt32LE(r.compressed, 14);
  common.writeUInt32LE(r.size, 18);
  common.writeUInt16LE(name.length, 22);
  const local = Buffer.alloc(30 + name.length);
  local.writeUInt32LE(0x04034b50, 0);
  common.copy(local, 4);
  name.copy(local, 30);
  const central = Buffer.alloc(46 + name.length);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  common.copy(central, 6);
  central.writeUInt32LE(r.offset, 42);
  name.copy(central, 46);
  return { local, central };
}

/** The end of central directory record. */
export function zipEnd(entries: number, centralBytes: number, centralOffset: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries, 8);
  end.writeUInt16LE(entries, 10);
  end.writeUInt32LE(centralBytes, 12);
  end.writeUInt32LE(centralOffset, 16);
  return end;
}
