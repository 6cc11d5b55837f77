//! The verification QR code as a PNG, which printpdf embeds as an image.

use crate::DocumentError;
use ::image::{ImageFormat, Luma};
use qrcode::{EcLevel, QrCode};
use std::io::Cursor;

/// Pixels per QR module: crisp at the printed size (about 2 mm for a short identifier).
const MODULE_PX: u32 = 4;

/// A black-on-white PNG of `text`, with the standard quiet zone, medium error correction.
pub(crate) fn png(text: &str) -> Result<Vec<u8>, DocumentError> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
        .map_err(|e| DocumentError::Qr(e.to_string()))?;
    let image = code
        .render::<Luma<u8>>()
        .quiet_zone(true)
        .module_dimensions(MODULE_PX, MODULE_PX)
        .build();
    let mut png = Vec::new();
    image
        .write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
        .map_err(|e| DocumentError::Image(e.to_string()))?;
    Ok(png)
}

#[cfg(test)]
mod tests {
    #[test]
    fn encodes_an_identifier_and_refuses_an_oversized_one() {
        let png = super::png("KZ-PROT-2026-000123:sha256:0f3a").expect("a short id fits");
        assert_eq!(&png[1..4], b"PNG", "a PNG signature");
        let huge = "x".repeat(5000);
        assert!(
            super::png(&huge).is_err(),
            "5000 bytes do not fit in a QR code"
        );
    }
}
