//! PDF engine: a small layout layer (blocks, wrapping, pages, images) over printpdf.
//!
//! The documents (social report, receipt, decision letter, support plan, export) describe
//! themselves as a [`DocumentSpec`] of [`Block`]s; [`render`] lays them out on A4 pages in
//! two passes (first the pages, then the header, footer and "page X of N") and returns the
//! PDF bytes, with DejaVu Sans embedded as a subset.

mod draw;
mod fonts;
mod layout;
mod wrap;

use sha2::{Digest, Sha256};

use crate::error::Result;

/// Everything needed to print one document.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentSpec {
    /// PDF metadata title (not printed: blocks decide what is printed).
    pub title: String,
    /// Metadata author (the worker or the OCMW/CPAS).
    pub author: String,
    /// Metadata subject.
    pub subject: String,
    /// Document language, `"nl"`, `"fr"`, `"de"` or `"en"` (written as the PDF's `/Lang`).
    pub language: String,
    /// Metadata creation and modification date.
    pub created: chrono::DateTime<chrono::Utc>,
    /// Small text at the top of every page (e.g. the OCMW's name).
    pub header: Option<String>,
    /// Small text at the bottom left of every page (e.g. "Version 2 · fingerprint 3f9a1c0b").
    pub footer: String,
    /// Template of the page number at the bottom right, with `{page}` and `{pages}`,
    /// e.g. "page {page} of {pages}" (already translated by the caller).
    pub page_label: String,
    /// What is printed, in order.
    pub blocks: Vec<Block>,
    /// The journal's state when the document was made (see [`crate::audit::mark`]): printed
    /// after the footer and written in the metadata keywords, so that a later rewrite of the
    /// history contradicts documents already handed out.
    pub mark: Option<String>,
}

/// The prefix of the journal mark in a PDF's metadata keywords.
pub const MARK_KEYWORD: &str = "tandem-journal";

/// One piece of a document's body.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// Large bold title.
    Title(String),
    /// Section heading, kept on the same page as the first lines of what follows.
    Heading(String),
    /// Smaller heading, kept with what follows too.
    Subheading(String),
    /// Wrapped text; `'\n'` starts a new line and an empty line keeps a gap.
    Paragraph(String),
    /// Smaller grey text with a bar in the margin, for notices
    /// ("this report does not contain any support plan").
    Note(String),
    /// Two columns: bold label, wrapped value.
    KeyValues(Vec<(String, String)>),
    /// A table whose cells wrap. `widths` are relative column widths (one per column; if
    /// they don't match the columns, the columns are equal). The header row is repeated
    /// after a page break; a row is split only if it is taller than a page.
    Table {
        headers: Vec<String>,
        rows: Vec<Vec<String>>,
        widths: Vec<f32>,
    },
    /// Bulleted list.
    Bullets(Vec<String>),
    /// Numbered list (1., 2., …).
    Numbered(Vec<String>),
    /// A list with an empty box before each item, to tick by hand (papers to bring).
    Checklist(Vec<String>),
    /// A PNG image (e.g. a drawn signature, transparency kept), `width_mm` wide (at most the
    /// text width) with its aspect ratio kept, and an optional caption below.
    Image {
        png: Vec<u8>,
        width_mm: f32,
        caption: Option<String>,
    },
    /// A horizontal bar chart: one row per bar with its label, a bar as long as its share
    /// of the room (0 to 1; none for 0) and its value in words ("fewer than 5" has no bar).
    Bars(Vec<Bar>),
    /// Signature slots, two per row; a slot is never split across pages.
    SignatureBlock(Vec<SignatureSlot>),
    /// Vertical space in millimetres (dropped when it falls at a page break, and at the top
    /// of a page that overflow started).
    Spacer(f32),
    /// Starts a new page (unless the current one is still empty).
    PageBreak,
}

/// One signature place: a label, the drawn signature or an empty line to sign on paper,
/// and a caption (name, date, or "declined to sign: reason").
#[derive(Debug, Clone, PartialEq)]
pub struct SignatureSlot {
    pub label: String,
    /// PNG of the drawn signature; `None` leaves a line to sign on paper.
    pub png: Option<Vec<u8>>,
    pub caption: String,
}

/// "page {page} of {pages}" in `lang` (catalog `doc-page`), as the template of
/// [`DocumentSpec::page_label`]; shared by every document on either side of the wall.
pub fn page_label(lang: crate::i18n::Lang) -> String {
    crate::i18n::catalogs().message(
        lang,
        "doc-page",
        &[("page", "{page}".into()), ("pages", "{pages}".into())],
    )
}

/// Lays out and draws the document; returns the PDF bytes.
///
/// Fails with `Error::InvalidInput` when an image is not a readable PNG, and with
/// `Error::Storage` when the PDF cannot be written.
/// One bar of [`Block::Bars`].
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    /// Its length as a share of the room: 0 to 1.
    pub share: f32,
    /// The value as printed beside the bar.
    pub value: String,
}

pub fn render(spec: &DocumentSpec) -> Result<Vec<u8>> {
    let fonts = fonts::Fonts::load()?;
    let laid_out = layout::lay_out(&fonts, &spec.blocks)?;
    draw::draw(&fonts, spec, laid_out)
}

/// Checks that `png` is an image the documents can draw (decoded whole, as when printed).
pub fn check_png(png: &[u8]) -> Result<()> {
    layout::decode_png(png).map(|_| ())
}

/// Lowercase hexadecimal SHA-256 of `bytes` (document fingerprints).
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_of_known_input() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(sha256_hex(b"").len(), 64);
    }
}
