//! The fonts shipped inside the crate (DejaVu Sans regular and bold) and their glyph advances.

use printpdf::ParsedFont;

use crate::error::{Error, Result};

const REGULAR_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const BOLD_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// Millimetres in one PDF point.
pub(crate) const MM_PER_PT: f32 = 25.4 / 72.0;

/// The two faces the engine prints with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FontKind {
    Regular,
    Bold,
}

/// One parsed face with the scale of its design units.
pub(crate) struct Face {
    pub(crate) parsed: ParsedFont,
    units_per_em: f32,
}

impl Face {
    fn load(bytes: &[u8], name: &str) -> Result<Self> {
        let mut warnings = Vec::new();
        let parsed =
            ParsedFont::from_bytes(bytes, 0, &mut warnings).ok_or_else(|| Error::Storage {
                detail: format!("cannot read the built-in font {name}"),
            })?;
        let units_per_em = f32::from(parsed.pdf_font_metrics.units_per_em);
        if units_per_em <= 0.0 {
            return Err(Error::Storage {
                detail: format!("the built-in font {name} has no units per em"),
            });
        }
        Ok(Face {
            parsed,
            units_per_em,
        })
    }

    /// The advance of one character as a fraction of the font size, from the `hmtx` table
    /// (characters the font lacks print as its `.notdef` glyph, so they are measured as it).
    fn advance_em(&self, c: char) -> f32 {
        let gid = self.parsed.lookup_glyph_index(u32::from(c)).unwrap_or(0);
        f32::from(self.parsed.get_horizontal_advance(gid)) / self.units_per_em
    }

    /// Whether the font has a glyph of its own for `c`.
    #[cfg(test)]
    pub(crate) fn has_glyph(&self, c: char) -> bool {
        self.parsed
            .lookup_glyph_index(u32::from(c))
            .is_some_and(|gid| gid != 0)
    }
}

/// Regular and bold DejaVu Sans.
pub(crate) struct Fonts {
    pub(crate) regular: Face,
    pub(crate) bold: Face,
}

impl Fonts {
    pub(crate) fn load() -> Result<Self> {
        Ok(Fonts {
            regular: Face::load(REGULAR_TTF, "DejaVu Sans")?,
            bold: Face::load(BOLD_TTF, "DejaVu Sans Bold")?,
        })
    }

    pub(crate) fn face(&self, kind: FontKind) -> &Face {
        match kind {
            FontKind::Regular => &self.regular,
            FontKind::Bold => &self.bold,
        }
    }

    /// Width of one character in millimetres at `size_pt`.
    pub(crate) fn char_width_mm(&self, kind: FontKind, size_pt: f32, c: char) -> f32 {
        self.face(kind).advance_em(c) * size_pt * MM_PER_PT
    }

    /// Width of a string in millimetres at `size_pt` (no kerning: printpdf writes glyph
    /// by glyph, so this is exactly the printed width).
    pub(crate) fn width_mm(&self, kind: FontKind, size_pt: f32, text: &str) -> f32 {
        let face = self.face(kind);
        text.chars().map(|c| face.advance_em(c)).sum::<f32>() * size_pt * MM_PER_PT
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn covers_dutch_french_german_and_typography() {
        let fonts = Fonts::load().expect("fonts");
        let needed = "éèêëàâçïîôûüùÉÈÇÖÄÜäößẞ€„“”‘’«»–—·…\u{00A0}\u{202F}";
        for face in [&fonts.regular, &fonts.bold] {
            for c in needed.chars() {
                assert!(
                    face.has_glyph(c),
                    "missing glyph for {c:?} (U+{:04X})",
                    c as u32
                );
            }
        }
    }

    #[test]
    fn widths_scale_with_size_and_weight() {
        let fonts = Fonts::load().expect("fonts");
        let a = fonts.width_mm(FontKind::Regular, 10.0, "Leefloon");
        let b = fonts.width_mm(FontKind::Regular, 20.0, "Leefloon");
        assert!((b - 2.0 * a).abs() < 1e-3);
        assert!(fonts.width_mm(FontKind::Bold, 10.0, "Leefloon") > a);
        // DejaVu Sans "M" is 1767/2048 em wide: 10 pt → 8.63 pt → 3.04 mm.
        let m = fonts.char_width_mm(FontKind::Regular, 10.0, 'M');
        assert!((m - 1767.0 / 2048.0 * 10.0 * MM_PER_PT).abs() < 1e-3, "{m}");
    }
}
