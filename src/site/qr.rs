//! The QR code of the site's public address, for a presentation's closing screen: an SVG
//! file made with the site, so the explorer's bundle carries none of it.

use qrcodegen::{QrCode, QrCodeEcc};

/// The code as an SVG picture: dark modules on white, with the quiet zone the standard asks
/// for, drawn crisp at any size. `None` if the text is too long for a QR code.
pub fn qr_svg(text: &str) -> Option<String> {
    const QUIET: i32 = 4;
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let mut modules = String::new();
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                modules.push_str(&format!("M{} {}h1v1h-1z", x + QUIET, y + QUIET));
            }
        }
    }
    let whole = size + 2 * QUIET;
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {whole} {whole}\" shape-rendering=\"crispEdges\"><rect width=\"{whole}\" height=\"{whole}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{modules}\"/></svg>\n"
    ))
}

#[cfg(test)]
mod tests {
    use super::qr_svg;

    #[test]
    fn an_address_makes_a_square_picture_with_a_quiet_zone() {
        let svg = qr_svg("https://example.org/cycle/").unwrap();
        // Version 2 (25 modules) for this length, with four modules of white each side.
        assert!(svg.contains("viewBox=\"0 0 33 33\""), "{svg}");
        assert!(svg.contains("M4 4h1v1h-1z"), "a finder pattern's corner: {svg}");
        assert!(!svg.contains("M0 0"), "the quiet zone stays white");
    }
}
