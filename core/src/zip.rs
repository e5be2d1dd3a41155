//! A store-only ZIP writer (tệp nén ZIP, không nén) for the Office files the core writes
//! (.docx, .xlsx are ZIP archives of a few XML parts).
//!
//! Why hand-written: the `zip` crate costs about 90 KB of gzipped wasm, this about 2 KB. Office
//! readers accept stored (uncompressed) entries; the XML parts are small and the download is
//! compressed by nothing anyway, so deflate would only save the user's disk a few dozen KB.
//!
//! Format: PKWARE APPNOTE 6.3 — one local header + data per entry, then the central directory
//! and its end record. No ZIP64 (every archive here is far below 4 GB and 65 535 entries), names
//! are UTF-8 (general purpose flag bit 11), a fixed timestamp so the same input gives the same bytes.

/// CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320), as ZIP requires.
pub fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in data {
        crc = CRC_TABLE[((crc ^ byte as u32) & 0xff) as usize] ^ (crc >> 8);
    }
    !crc
}

const CRC_TABLE: [u32; 256] = crc_table();

const fn crc_table() -> [u32; 256] {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
}

/// 1 January 2026, 00:00 in MS-DOS form: archives do not depend on the clock.
const DOS_TIME: u16 = 0;
const DOS_DATE: u16 = ((2026 - 1980) << 9) | (1 << 5) | 1;
/// Version 2.0: the minimum for stored entries in folders.
const VERSION: u16 = 20;
/// Bit 11: file names are UTF-8.
const FLAG_UTF8: u16 = 1 << 11;

/// Collects entries in order and writes the archive with [`ZipWriter::finish`].
#[derive(Debug, Default)]
pub struct ZipWriter {
    out: Vec<u8>,
    central: Vec<u8>,
    entries: u16,
}

impl ZipWriter {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one file. `name` uses "/" between folders, no leading "/".
    ///
    /// # Panics
    /// On more than 65 535 entries or an entry or archive over 4 GB: the callers write a
    /// handful of parts of a few hundred KB, so reaching this is a bug, not a user error.
    pub fn add(&mut self, name: &str, data: &[u8]) {
        let offset = u32::try_from(self.out.len()).expect("zip archive over 4 GB");
        let size = u32::try_from(data.len()).expect("zip entry over 4 GB");
        let name_len = u16::try_from(name.len()).expect("zip entry name too long");
        let crc = crc32(data);
        self.entries = self.entries.checked_add(1).expect("more than 65 535 zip entries");

        // Local file header.
        put32(&mut self.out, 0x0403_4b50);
        put16(&mut self.out, VERSION);
        put16(&mut self.out, FLAG_UTF8);
        put16(&mut self.out, 0); // method: stored
        put16(&mut self.out, DOS_TIME);
        put16(&mut self.out, DOS_DATE);
        put32(&mut self.out, crc);
        put32(&mut self.out, size); // compressed size
        put32(&mut self.out, size); // uncompressed size
        put16(&mut self.out, name_len);
        put16(&mut self.out, 0); // extra field length
        self.out.extend_from_slice(name.as_bytes());
        self.out.extend_from_slice(data);

        // Its central directory record.
        let c = &mut self.central;
        put32(c, 0x0201_4b50);
        put16(c, VERSION); // made by
        put16(c, VERSION); // needed to extract
        put16(c, FLAG_UTF8);
        put16(c, 0);
        put16(c, DOS_TIME);
        put16(c, DOS_DATE);
        put32(c, crc);
        put32(c, size);
        put32(c, size);
        put16(c, name_len);
        put16(c, 0); // extra
        put16(c, 0); // comment
        put16(c, 0); // disk number
        put16(c, 0); // internal attributes
        put32(c, 0); // external attributes
        put32(c, offset);
        c.extend_from_slice(name.as_bytes());
    }

    /// The finished archive.
    pub fn finish(mut self) -> Vec<u8> {
        let cd_offset = u32::try_from(self.out.len()).expect("zip archive over 4 GB");
        let cd_size = u32::try_from(self.central.len()).expect("zip directory over 4 GB");
        self.out.extend_from_slice(&self.central);
        put32(&mut self.out, 0x0605_4b50);
        put16(&mut self.out, 0); // this disk
        put16(&mut self.out, 0); // disk with the directory
        put16(&mut self.out, self.entries);
        put16(&mut self.out, self.entries);
        put32(&mut self.out, cd_size);
        put32(&mut self.out, cd_offset);
        put16(&mut self.out, 0); // comment length
        self.out
    }
}

/// A whole archive from `(name, contents)` pairs, in order.
pub fn zip_stored<'a>(entries: impl IntoIterator<Item = (&'a str, &'a [u8])>) -> Vec<u8> {
    let mut zip = ZipWriter::new();
    for (name, data) in entries {
        zip.add(name, data);
    }
    zip.finish()
}

fn put16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn put32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u16_at(b: &[u8], at: usize) -> u16 {
        u16::from_le_bytes([b[at], b[at + 1]])
    }
    fn u32_at(b: &[u8], at: usize) -> u32 {
        u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
    }

    #[test]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn crc32_matches_the_standard_check_values() {
        // The check value of CRC-32/ISO-HDLC, and two values computed with zlib.crc32.
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
        assert_eq!(crc32("Ủy ban nhân dân".as_bytes()), 0x72E5_C1FA);
        assert_eq!(crc32(b"The quick brown fox jumps over the lazy dog"), 0x414F_A339);
    }

    #[test]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn archive_layout_is_the_one_appnote_describes() {
        let zip = zip_stored([("a.txt", &b"abc"[..]), ("thư mục/b.xml", &b"<x/>"[..])]);
        // First local header.
        assert_eq!(u32_at(&zip, 0), 0x0403_4b50);
        assert_eq!(u16_at(&zip, 6), FLAG_UTF8);
        assert_eq!(u16_at(&zip, 8), 0, "stored");
        assert_eq!(u32_at(&zip, 14), crc32(b"abc"));
        assert_eq!(u32_at(&zip, 18), 3);
        assert_eq!(u16_at(&zip, 26), 5);
        assert_eq!(&zip[30..35], b"a.txt");
        assert_eq!(&zip[35..38], b"abc");
        // End record: 2 entries, directory right after the data.
        let end = zip.len() - 22;
        assert_eq!(u32_at(&zip, end), 0x0605_4b50);
        assert_eq!(u16_at(&zip, end + 10), 2);
        let cd_size = u32_at(&zip, end + 12) as usize;
        let cd_offset = u32_at(&zip, end + 16) as usize;
        assert_eq!(cd_offset + cd_size, end);
        assert_eq!(u32_at(&zip, cd_offset), 0x0201_4b50);
        // The second directory record points at the second local header.
        let second = cd_offset + 46 + 5;
        assert_eq!(u32_at(&zip, second), 0x0201_4b50);
        let name_len = u16_at(&zip, second + 28) as usize;
        assert_eq!(&zip[second + 46..second + 46 + name_len], "thư mục/b.xml".as_bytes());
        let local = u32_at(&zip, second + 42) as usize;
        assert_eq!(local, 38);
        assert_eq!(u32_at(&zip, local), 0x0403_4b50);
    }

    #[test]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn same_input_same_bytes() {
        let a = zip_stored([("x", &b"1"[..])]);
        let b = zip_stored([("x", &b"1"[..])]);
        assert_eq!(a, b);
        assert_eq!(zip_stored([]).len(), 22);
    }
}
