//! A zip archive of the site, as the editor's Download the site gives it. The files are stored
//! as they are, not compressed: every unzip tool (Windows, macOS, a host's file manager) opens
//! such an archive, and no compressor needs to travel in the editor's bundle.

use super::Files;

/// The date and time written on every file: MS-DOS form, (time, date).
pub type DosTime = (u16, u16);

/// A date and time in the MS-DOS form zip files use (to the even second).
pub fn dos_time(year: u32, month: u32, day: u32, hour: u32, minute: u32, second: u32) -> DosTime {
    let time = (hour << 11) | (minute << 5) | (second / 2);
    let date = (year.saturating_sub(1980) << 9) | (month << 5) | day;
    (time as u16, date as u16)
}

/// The archive of `files`, each at the top level under its own name.
pub fn zip(files: &Files, (time, date): DosTime) -> Vec<u8> {
    let mut out = Vec::new();
    let mut directory = Vec::new();
    for (name, bytes) in files {
        let offset = out.len() as u32;
        let crc = crc32(bytes);
        let size = bytes.len() as u32;
        // Version 1.0 needed; bit 11: the name is UTF-8; method 0: stored.
        let common = |out: &mut Vec<u8>| {
            for half in [10u16, 1 << 11, 0, time, date] {
                out.extend(half.to_le_bytes());
            }
            for word in [crc, size, size] {
                out.extend(word.to_le_bytes());
            }
            out.extend((name.len() as u16).to_le_bytes());
            out.extend(0u16.to_le_bytes());
        };
        out.extend(0x0403_4b50u32.to_le_bytes());
        common(&mut out);
        out.extend(name.as_bytes());
        out.extend(bytes);

        directory.extend(0x0201_4b50u32.to_le_bytes());
        // Made by version 2.0 on Unix, so the permissions below are read.
        directory.extend(0x0314u16.to_le_bytes());
        common(&mut directory);
        // No comment, disk 0, no internal attributes; a plain file readable by all.
        for half in [0u16, 0, 0] {
            directory.extend(half.to_le_bytes());
        }
        directory.extend((0o100_644u32 << 16).to_le_bytes());
        directory.extend(offset.to_le_bytes());
        directory.extend(name.as_bytes());
    }
    let (at, size, count) = (out.len() as u32, directory.len() as u32, files.len() as u16);
    out.extend(directory);
    out.extend(0x0605_4b50u32.to_le_bytes());
    for half in [0u16, 0, count, count] {
        out.extend(half.to_le_bytes());
    }
    out.extend(size.to_le_bytes());
    out.extend(at.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

/// Reads back an archive [`zip`] wrote (stored files only), checking every file's checksum;
/// `None` if it is not one.
pub fn unzip(archive: &[u8]) -> Option<Files> {
    let word = |at: usize| Some(u32::from_le_bytes(archive.get(at..at + 4)?.try_into().ok()?));
    let half = |at: usize| Some(u16::from_le_bytes(archive.get(at..at + 2)?.try_into().ok()?));
    let end = archive.len().checked_sub(22)?;
    (word(end)? == 0x0605_4b50).then_some(())?;
    let (count, mut at) = (half(end + 10)?, word(end + 16)? as usize);
    let mut files = Files::new();
    for _ in 0..count {
        (word(at)? == 0x0201_4b50 && half(at + 10)? == 0).then_some(())?;
        let (crc, size, name_length) = (word(at + 16)?, word(at + 24)? as usize, half(at + 28)? as usize);
        let extra = half(at + 30)? as usize + half(at + 32)? as usize;
        let name = std::str::from_utf8(archive.get(at + 46..at + 46 + name_length)?).ok()?.to_string();
        let local = word(at + 42)? as usize;
        let start = local + 30 + half(local + 26)? as usize + half(local + 28)? as usize;
        let bytes = archive.get(start..start + size)?.to_vec();
        (crc32(&bytes) == crc).then_some(())?;
        files.insert(name, bytes);
        at += 46 + name_length + extra;
    }
    Some(files)
}

/// The CRC-32 checksum zip files use (IEEE 802.3, reflected).
pub fn crc32(bytes: &[u8]) -> u32 {
    let table: Vec<u32> = (0..256u32)
        .map(|n| (0..8).fold(n, |c, _| if c & 1 == 1 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 }))
        .collect();
    !bytes.iter().fold(!0u32, |crc, byte| table[((crc ^ u32::from(*byte)) & 0xFF) as usize] ^ (crc >> 8))
}
