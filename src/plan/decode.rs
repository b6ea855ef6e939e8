//! Turns the bytes users actually feed us into JSON text.
//!
//! Real plan files arrive as UTF-8 (with or without a BOM), as UTF-16 with a
//! BOM (PowerShell's `>` redirect), and with the line that the
//! `hashicorp/setup-terraform` wrapper prepends to captured output.

use std::borrow::Cow;

/// Why the bytes are not text we can read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("not valid UTF-8 (byte {offset})")]
    Utf8 { offset: usize },
    #[error("not valid UTF-16 ({0})")]
    Utf16(&'static str),
}

/// Decodes `bytes` to text, then blanks a setup-terraform wrapper line.
///
/// The line is overwritten with spaces rather than cut, so that line numbers
/// and offsets in the text still match the file the user has.
pub fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, DecodeError> {
    let text = to_text(bytes)?;
    Ok(match wrapper_line_len(&text) {
        Some(len) => Cow::Owned(" ".repeat(len) + &text[len..]),
        None => text,
    })
}

/// [`decode`] for bytes the caller owns: UTF-8 (the usual case) becomes the
/// text without a copy, so a 100 MB plan is in memory once, not twice.
pub fn decode_owned(mut bytes: Vec<u8>) -> Result<String, DecodeError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return decode(&bytes).map(Cow::into_owned);
    }
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    let mut text = String::from_utf8(bytes).map_err(|e| DecodeError::Utf8 {
        offset: e.utf8_error().valid_up_to(),
    })?;
    if let Some(len) = wrapper_line_len(&text) {
        // Same length, so offsets keep matching the file.
        text.replace_range(..len, &" ".repeat(len));
    }
    Ok(text)
}

fn to_text(bytes: &[u8]) -> Result<Cow<'_, str>, DecodeError> {
    match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => utf8(rest).map(Cow::Borrowed),
        [0xFF, 0xFE, rest @ ..] => utf16(rest, u16::from_le_bytes).map(Cow::Owned),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, u16::from_be_bytes).map(Cow::Owned),
        _ => utf8(bytes).map(Cow::Borrowed),
    }
}

fn utf8(bytes: &[u8]) -> Result<&str, DecodeError> {
    std::str::from_utf8(bytes).map_err(|e| DecodeError::Utf8 {
        offset: e.valid_up_to(),
    })
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, DecodeError> {
    if !bytes.len().is_multiple_of(2) {
        return Err(DecodeError::Utf16("odd number of bytes"));
    }
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .map_err(|_| DecodeError::Utf16("unpaired surrogate"))
}

/// setup-terraform's wrapper writes `[command]/path/to/terraform-bin show -json ...`
/// before the JSON when its output is captured. Returns the byte length of
/// that line (without its newline) when the text starts with one.
fn wrapper_line_len(text: &str) -> Option<usize> {
    let indent = text.len() - text.trim_start().len();
    if !text[indent..].starts_with("[command]") {
        return None;
    }
    Some(text[indent..].find('\n').map_or(text.len(), |n| indent + n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owned_and_borrowed_decoding_agree() {
        for bytes in [
            b"{}".to_vec(),
            b"\xEF\xBB\xBF{}".to_vec(),
            b"[command]/bin/terraform show -json\n{}".to_vec(),
            b"\xFF\xFE{\x00}\x00".to_vec(),
            b"\xC3\x28".to_vec(),
        ] {
            assert_eq!(
                decode(&bytes).map(Cow::into_owned),
                decode_owned(bytes.clone()),
                "{bytes:?}"
            );
        }
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode(b"{}").unwrap(), "{}");
        assert_eq!(decode(b"\xEF\xBB\xBF{}").unwrap(), "{}");
    }

    #[test]
    fn utf16_both_byte_orders() {
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("{\"é\":1}".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("{\"é\":1}".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&le).unwrap(), "{\"é\":1}");
        assert_eq!(decode(&be).unwrap(), "{\"é\":1}");
        assert_eq!(
            decode(&le[..le.len() - 1]).unwrap_err(),
            DecodeError::Utf16("odd number of bytes")
        );
    }

    #[test]
    fn wrapper_line_is_dropped() {
        let text = "[command]/home/runner/work/_temp/x/terraform-bin show -json tfplan\n{\"a\":1}";
        let decoded = decode(text.as_bytes()).unwrap();
        assert_eq!(decoded.trim_start(), "{\"a\":1}");
        assert_eq!(decoded.len(), text.len(), "offsets keep matching the file");
    }

    #[test]
    fn invalid_utf8_names_the_offset() {
        assert_eq!(
            decode(b"{\"a\":\"\xFF\"}").unwrap_err(),
            DecodeError::Utf8 { offset: 6 }
        );
    }
}
