//! Pass two: pages become printpdf operations with header, footer, page numbers and metadata.

use printpdf::{
    Color, FontId, Greyscale, Line, LinePoint, Mm, Op, PaintMode, PdfDocument, PdfFontHandle,
    PdfPage, PdfSaveOptions, Point, Pt, Rect, TextItem, XObjectId, XObjectTransform,
};

use super::fonts::{FontKind, Fonts, MM_PER_PT};
use super::layout::{Item, LaidOut, BODY_BOTTOM, BODY_TOP, CONTENT_W, MARGIN_X, PAGE_H, PAGE_W};
use super::DocumentSpec;
use crate::error::{Error, Result};

const SMALL_PT: f32 = 8.0;
const SMALL_GREY: f32 = 0.35;
const HEADER_BASELINE: f32 = BODY_TOP - 7.0;
const FOOTER_RULE: f32 = BODY_BOTTOM + 3.5;
const FOOTER_BASELINE: f32 = BODY_BOTTOM + 8.0;

/// Points from millimetres.
fn pt(mm: f32) -> Pt {
    Pt(mm / MM_PER_PT)
}

/// A point given in millimetres from the top-left corner.
fn point(x: f32, y: f32) -> Point {
    Point {
        x: pt(x),
        y: pt(PAGE_H - y),
    }
}

fn grey(level: f32) -> Color {
    Color::Greyscale(Greyscale {
        percent: level.clamp(0.0, 1.0),
        icc_profile: None,
    })
}

struct Painter<'a> {
    fonts: &'a Fonts,
    regular: FontId,
    bold: FontId,
    images: Vec<(XObjectId, f32, f32)>,
}

impl Painter<'_> {
    fn font(&self, kind: FontKind) -> PdfFontHandle {
        PdfFontHandle::External(match kind {
            FontKind::Regular => self.regular.clone(),
            FontKind::Bold => self.bold.clone(),
        })
    }

    fn item(&self, item: &Item, ops: &mut Vec<Op>) {
        match item {
            Item::Text {
                x,
                y,
                kind,
                size,
                grey: level,
                text,
            } => {
                if text.is_empty() {
                    return;
                }
                ops.push(Op::StartTextSection);
                ops.push(Op::SetFont {
                    font: self.font(*kind),
                    size: Pt(*size),
                });
                ops.push(Op::SetFillColor { col: grey(*level) });
                ops.push(Op::SetTextCursor { pos: point(*x, *y) });
                ops.push(Op::ShowText {
                    items: vec![TextItem::Text(text.clone())],
                });
                ops.push(Op::EndTextSection);
            }
            Item::Line {
                x1,
                y1,
                x2,
                y2,
                width_pt,
                grey: level,
            } => {
                ops.push(Op::SetOutlineColor { col: grey(*level) });
                ops.push(Op::SetOutlineThickness { pt: Pt(*width_pt) });
                ops.push(Op::DrawLine {
                    line: Line {
                        points: vec![
                            LinePoint {
                                p: point(*x1, *y1),
                                bezier: false,
                            },
                            LinePoint {
                                p: point(*x2, *y2),
                                bezier: false,
                            },
                        ],
                        is_closed: false,
                    },
                });
            }
            Item::Fill {
                x,
                y,
                w,
                h,
                grey: level,
            } => {
                ops.push(Op::SetFillColor { col: grey(*level) });
                ops.push(Op::DrawRectangle {
                    rectangle: Rect {
                        x: pt(*x),
                        y: pt(PAGE_H - y - h),
                        width: pt(*w),
                        height: pt(*h),
                        mode: Some(PaintMode::Fill),
                        winding_order: None,
                    },
                });
            }
            Item::Image { index, x, y, w, h } => {
                let Some((id, px_w, px_h)) = self.images.get(*index) else {
                    return;
                };
                // At 72 dpi one pixel is one point; scale from there to the laid-out size.
                ops.push(Op::UseXobject {
                    id: id.clone(),
                    transform: XObjectTransform {
                        translate_x: Some(pt(*x)),
                        translate_y: Some(pt(PAGE_H - y - h)),
                        scale_x: Some(pt(*w).0 / px_w),
                        scale_y: Some(pt(*h).0 / px_h),
                        dpi: Some(72.0),
                        ..Default::default()
                    },
                });
            }
        }
    }

    /// Cuts `text` with an ellipsis so that it fits in `max_w` millimetres.
    fn fit(&self, text: &str, max_w: f32) -> String {
        let text = super::wrap::sanitize(text).replace('\n', " ");
        if self.fonts.width_mm(FontKind::Regular, SMALL_PT, &text) <= max_w {
            return text;
        }
        let ellipsis_w = self.fonts.width_mm(FontKind::Regular, SMALL_PT, "…");
        let mut out = String::new();
        let mut w = 0.0;
        for c in text.chars() {
            let cw = self.fonts.char_width_mm(FontKind::Regular, SMALL_PT, c);
            if w + cw + ellipsis_w > max_w {
                break;
            }
            out.push(c);
            w += cw;
        }
        format!("{}…", out.trim_end())
    }

    /// Header, footer and page number of one page.
    fn furniture(&self, spec: &DocumentSpec, page: usize, pages: usize) -> Vec<Item> {
        let small = |x: f32, y: f32, text: String| Item::Text {
            x,
            y,
            kind: FontKind::Regular,
            size: SMALL_PT,
            grey: SMALL_GREY,
            text,
        };
        let mut items = Vec::new();
        // The journal mark at the right of the header (the header's room shrinks for it).
        let mut header_room = CONTENT_W;
        if let Some(mark) = spec.mark.as_deref().filter(|m| !m.trim().is_empty()) {
            let mark = self.fit(&format!("{} {mark}", super::MARK_KEYWORD), CONTENT_W / 2.0);
            let w = self.fonts.width_mm(FontKind::Regular, SMALL_PT, &mark);
            items.push(small(PAGE_W - MARGIN_X - w, HEADER_BASELINE, mark));
            header_room = CONTENT_W - w - 6.0;
        }
        if let Some(header) = spec.header.as_deref().filter(|h| !h.trim().is_empty()) {
            items.push(small(
                MARGIN_X,
                HEADER_BASELINE,
                self.fit(header, header_room),
            ));
            items.push(Item::Line {
                x1: MARGIN_X,
                y1: HEADER_BASELINE + 2.2,
                x2: PAGE_W - MARGIN_X,
                y2: HEADER_BASELINE + 2.2,
                width_pt: 0.4,
                grey: 0.7,
            });
        }
        items.push(Item::Line {
            x1: MARGIN_X,
            y1: FOOTER_RULE,
            x2: PAGE_W - MARGIN_X,
            y2: FOOTER_RULE,
            width_pt: 0.4,
            grey: 0.7,
        });
        let label = spec
            .page_label
            .replace("{page}", &page.to_string())
            .replace("{pages}", &pages.to_string());
        let label = self.fit(&label, CONTENT_W / 2.0);
        let label_w = self.fonts.width_mm(FontKind::Regular, SMALL_PT, &label);
        items.push(small(
            PAGE_W - MARGIN_X - label_w,
            FOOTER_BASELINE,
            label.clone(),
        ));
        let footer_room = CONTENT_W - label_w - 6.0;
        items.push(small(
            MARGIN_X,
            FOOTER_BASELINE,
            self.fit(&spec.footer, footer_room),
        ));
        items
    }
}

/// Converts a UTC time to printpdf's date type.
fn pdf_date(created: &chrono::DateTime<chrono::Utc>) -> Result<printpdf::OffsetDateTime> {
    printpdf::OffsetDateTime::from_unix_timestamp(created.timestamp()).map_err(|e| Error::Storage {
        detail: format!("PDF date: {e}"),
    })
}

/// A language tag safe to write as `/Lang` (letters, digits and hyphens), if any.
fn language_tag(language: &str) -> Option<String> {
    let tag = language.trim();
    let ok = !tag.is_empty()
        && tag.len() <= 35
        && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    ok.then(|| tag.to_string())
}

/// Pass two: draws the pages and writes the PDF.
pub(crate) fn draw(fonts: &Fonts, spec: &DocumentSpec, laid: LaidOut) -> Result<Vec<u8>> {
    let mut doc = PdfDocument::new(&spec.title);
    let date = pdf_date(&spec.created)?;
    {
        let info = &mut doc.metadata.info;
        info.document_title = spec.title.clone();
        info.author = spec.author.clone();
        info.subject = spec.subject.clone();
        info.creator = "Tandem".into();
        info.producer = "Tandem (printpdf)".into();
        info.creation_date = date;
        info.modification_date = date;
        info.metadata_date = date;
        if let Some(mark) = &spec.mark {
            info.keywords = vec![format!("{} {mark}", super::MARK_KEYWORD)];
        }
    }
    let regular = doc.add_font(&fonts.regular.parsed);
    let bold = doc.add_font(&fonts.bold.parsed);
    let images = laid
        .images
        .iter()
        .map(|image| {
            let id = doc.add_image(image);
            (id, image.width as f32, image.height as f32)
        })
        .collect();
    let painter = Painter {
        fonts,
        regular,
        bold,
        images,
    };

    let total = laid.pages.len();
    let mut pages = Vec::with_capacity(total);
    for (index, body) in laid.pages.iter().enumerate() {
        let mut ops = Vec::new();
        for item in body
            .iter()
            .chain(painter.furniture(spec, index + 1, total).iter())
        {
            painter.item(item, &mut ops);
        }
        pages.push(PdfPage::new(Mm(PAGE_W), Mm(PAGE_H), ops));
    }
    doc.with_pages(pages);

    let opts = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        ..Default::default()
    };
    let mut warnings = Vec::new();
    let mut lo = doc.to_lopdf_document(&opts, &mut warnings);
    if let Some(tag) = language_tag(&spec.language) {
        if let Ok(catalog) = lo.catalog_mut() {
            catalog.set("Lang", lopdf::Object::string_literal(tag));
        }
    }
    lo.compress();
    let mut bytes = Vec::new();
    lo.save_to(&mut bytes).map_err(|e| Error::Storage {
        detail: format!("cannot write the PDF: {e}"),
    })?;
    Ok(bytes)
}
