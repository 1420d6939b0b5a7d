//! Pass one: blocks become rows of positioned items, and rows are cut into A4 pages.

use printpdf::RawImage;

use super::fonts::{FontKind, Fonts, MM_PER_PT};
use super::wrap::wrap;
use super::{Block, SignatureSlot};
use crate::error::{Error, Result};

// Page geometry, in millimetres from the top-left corner of an A4 portrait page.
pub(crate) const PAGE_W: f32 = 210.0;
pub(crate) const PAGE_H: f32 = 297.0;
pub(crate) const MARGIN_X: f32 = 20.0;
pub(crate) const BODY_TOP: f32 = 20.0;
pub(crate) const BODY_BOTTOM: f32 = PAGE_H - 20.0;
pub(crate) const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN_X;
const BODY_H: f32 = BODY_BOTTOM - BODY_TOP;

// Type sizes in points.
const TITLE_PT: f32 = 18.0;
const HEADING_PT: f32 = 14.0;
const SUBHEADING_PT: f32 = 12.0;
pub(crate) const BODY_PT: f32 = 10.5;
const NOTE_PT: f32 = 9.5;
const TABLE_PT: f32 = 9.5;
const CAPTION_PT: f32 = 9.0;
const LEADING: f32 = 1.4;

// Greys (0 = black, 1 = white).
pub(crate) const INK: f32 = 0.0;
const NOTE_GREY: f32 = 0.33;
const CAPTION_GREY: f32 = 0.25;
const RULE_GREY: f32 = 0.6;
const HEADER_FILL: f32 = 0.92;

// Vertical rhythm, in millimetres.
const PARAGRAPH_GAP: f32 = 2.8;
const HEADING_GAP: f32 = 6.5;
const SUBHEADING_GAP: f32 = 4.5;
const AFTER_HEADING: f32 = 1.8;
const AFTER_TITLE: f32 = 3.0;
const LIST_ITEM_GAP: f32 = 1.2;
const KV_GAP: f32 = 1.4;
const CELL_PAD_X: f32 = 1.6;
const CELL_PAD_Y: f32 = 1.3;
const SIGNATURE_GAP: f32 = 7.0;
const SIGNATURE_BOX_H: f32 = 24.0;
const SIGNATURE_GUTTER: f32 = 12.0;
const NOTE_INDENT: f32 = 4.0;

/// Largest PNG side accepted, in pixels (a drawn signature is a few hundred).
const MAX_IMAGE_SIDE: u32 = 8000;

/// Something drawn on a page. `y` values are millimetres from the top of the page
/// (relative to the top of their row until the row is placed).
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Item {
    /// One line of text; `y` is its baseline.
    Text {
        x: f32,
        y: f32,
        kind: FontKind,
        size: f32,
        grey: f32,
        text: String,
    },
    /// A straight line.
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width_pt: f32,
        grey: f32,
    },
    /// A filled rectangle; `y` is its top.
    Fill {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        grey: f32,
    },
    /// An image from [`LaidOut::images`]; `y` is its top.
    Image {
        index: usize,
        x: f32,
        y: f32,
        w: f32,
        h: f32,
    },
}

impl Item {
    fn shifted(&self, dy: f32) -> Item {
        let mut item = self.clone();
        match &mut item {
            Item::Text { y, .. } | Item::Fill { y, .. } | Item::Image { y, .. } => *y += dy,
            Item::Line { y1, y2, .. } => {
                *y1 += dy;
                *y2 += dy;
            }
        }
        item
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RowKind {
    Content,
    Spacer,
    PageBreak,
}

/// An unbreakable horizontal band of the body.
#[derive(Debug, Clone)]
struct Row {
    kind: RowKind,
    height: f32,
    /// Space above the row, dropped at the top of a page.
    space_before: f32,
    /// This row must end up on the same page as the next one.
    keep_with_next: bool,
    /// Table header to repeat above this row when it starts a page.
    header: Option<usize>,
    items: Vec<Item>,
}

impl Row {
    fn content(height: f32, items: Vec<Item>) -> Row {
        Row {
            kind: RowKind::Content,
            height,
            space_before: 0.0,
            keep_with_next: false,
            header: None,
            items,
        }
    }
}

/// The result of pass one: the body of every page, and the decoded images they use.
pub(crate) struct LaidOut {
    pub(crate) pages: Vec<Vec<Item>>,
    pub(crate) images: Vec<RawImage>,
}

/// Line height in millimetres for a type size in points.
fn line_h(size: f32) -> f32 {
    size * LEADING * MM_PER_PT
}

/// Baseline offset from the top of a line box.
fn baseline(size: f32) -> f32 {
    let size_mm = size * MM_PER_PT;
    (line_h(size) - size_mm) / 2.0 + 0.8 * size_mm
}

/// How one run of text is set.
#[derive(Clone, Copy)]
struct Style {
    kind: FontKind,
    size: f32,
    grey: f32,
}

const BODY: Style = Style {
    kind: FontKind::Regular,
    size: BODY_PT,
    grey: INK,
};

struct Builder<'a> {
    fonts: &'a Fonts,
    rows: Vec<Row>,
    headers: Vec<Row>,
    images: Vec<RawImage>,
}

/// Pass one: lays the blocks out into pages.
pub(crate) fn lay_out(fonts: &Fonts, blocks: &[Block]) -> Result<LaidOut> {
    let mut b = Builder {
        fonts,
        rows: Vec::new(),
        headers: Vec::new(),
        images: Vec::new(),
    };
    for block in blocks {
        b.block(block)?;
    }
    let pages = paginate(&b.rows, &b.headers);
    Ok(LaidOut {
        pages,
        images: b.images,
    })
}

impl Builder<'_> {
    fn wrap(&self, text: &str, width: f32, style: Style) -> Vec<String> {
        let fonts = self.fonts;
        wrap(text, width, &|c| {
            fonts.char_width_mm(style.kind, style.size, c)
        })
    }

    fn block(&mut self, block: &Block) -> Result<()> {
        match block {
            Block::Title(text) => self.heading(text, TITLE_PT, 0.0, AFTER_TITLE),
            Block::Heading(text) => self.heading(text, HEADING_PT, HEADING_GAP, AFTER_HEADING),
            Block::Subheading(text) => {
                self.heading(text, SUBHEADING_PT, SUBHEADING_GAP, AFTER_HEADING)
            }
            Block::Paragraph(text) => self.paragraph(text, MARGIN_X, CONTENT_W, BODY, None),
            Block::Note(text) => self.paragraph(
                text,
                MARGIN_X + NOTE_INDENT,
                CONTENT_W - NOTE_INDENT,
                Style {
                    kind: FontKind::Regular,
                    size: NOTE_PT,
                    grey: NOTE_GREY,
                },
                Some(MARGIN_X + 0.6),
            ),
            Block::KeyValues(pairs) => self.key_values(pairs),
            Block::Table {
                headers,
                rows,
                widths,
            } => self.table(headers, rows, widths),
            Block::Bullets(items) => {
                let markers = vec!["•".to_string(); items.len()];
                self.list(items, &markers);
            }
            Block::Numbered(items) => {
                let markers: Vec<String> = (1..=items.len()).map(|n| format!("{n}.")).collect();
                self.list(items, &markers);
            }
            Block::Checklist(items) => {
                let markers = vec!["\u{2610}".to_string(); items.len()];
                self.list(items, &markers);
            }
            Block::Image {
                png,
                width_mm,
                caption,
            } => self.image(png, *width_mm, caption.as_deref())?,
            Block::Bars(bars) => self.bars(bars),
            Block::SignatureBlock(slots) => self.signatures(slots)?,
            Block::Spacer(mm) => {
                let height = if mm.is_finite() {
                    mm.clamp(0.0, BODY_H)
                } else {
                    0.0
                };
                self.rows.push(Row {
                    kind: RowKind::Spacer,
                    ..Row::content(height, Vec::new())
                });
            }
            Block::PageBreak => self.rows.push(Row {
                kind: RowKind::PageBreak,
                ..Row::content(0.0, Vec::new())
            }),
        }
        Ok(())
    }

    /// Title, heading or subheading: bold lines kept with what follows.
    fn heading(&mut self, text: &str, size: f32, gap: f32, after: f32) {
        let style = Style {
            kind: FontKind::Bold,
            size,
            grey: INK,
        };
        let lines = self.wrap(text, CONTENT_W, style);
        let lh = line_h(size);
        let mut items = Vec::new();
        for (i, line) in lines.iter().enumerate() {
            items.push(text_item(MARGIN_X, i as f32 * lh, line, style));
        }
        let mut row = Row::content(lines.len() as f32 * lh + after, items);
        row.space_before = gap;
        row.keep_with_next = true;
        self.rows.push(row);
    }

    /// Wrapped lines, one row each, with no orphan or widow line. A `bar_x` draws a thin
    /// bar in the margin beside the text (notes).
    fn paragraph(&mut self, text: &str, x: f32, width: f32, style: Style, bar_x: Option<f32>) {
        let lines = self.wrap(text, width, style);
        let lh = line_h(style.size);
        let first = self.rows.len();
        for line in &lines {
            let mut items = vec![text_item(x, 0.0, line, style)];
            if let Some(bx) = bar_x {
                items.push(Item::Line {
                    x1: bx,
                    y1: 0.0,
                    x2: bx,
                    y2: lh,
                    width_pt: 1.6,
                    grey: 0.75,
                });
            }
            self.rows.push(Row::content(lh, items));
        }
        self.keep_lines_together(first, PARAGRAPH_GAP);
    }

    /// Rows `first..` form one block: space above the first row, and no first line left
    /// alone at the bottom of a page nor last line alone at the top of the next.
    fn keep_lines_together(&mut self, first: usize, gap: f32) {
        let n = self.rows.len() - first;
        if n == 0 {
            return;
        }
        self.rows[first].space_before = gap;
        if n >= 2 {
            self.rows[first].keep_with_next = true;
            self.rows[first + n - 2].keep_with_next = true;
        }
    }

    fn key_values(&mut self, pairs: &[(String, String)]) {
        let label_style = Style {
            kind: FontKind::Bold,
            size: BODY_PT,
            grey: INK,
        };
        let widest = pairs
            .iter()
            .flat_map(|(label, _)| label.split('\n'))
            .map(|l| self.fonts.width_mm(FontKind::Bold, BODY_PT, l))
            .fold(0.0_f32, f32::max);
        let label_w = (widest + 5.0).clamp(32.0, CONTENT_W * 0.42);
        let cols = [
            (MARGIN_X, label_w - 4.0, label_style),
            (MARGIN_X + label_w, CONTENT_W - label_w, BODY),
        ];
        for (i, (label, value)) in pairs.iter().enumerate() {
            let cells = [label.as_str(), value.as_str()];
            let parts = self.cell_rows(&cols, &cells, 0.0, BODY_H, None);
            let first = self.rows.len();
            self.rows.extend(parts);
            if let Some(row) = self.rows.get_mut(first) {
                row.space_before = if i == 0 { PARAGRAPH_GAP } else { KV_GAP };
            }
        }
    }

    /// A bar chart: the label, the bar, the value; one unbreakable row per bar.
    fn bars(&mut self, bars: &[super::Bar]) {
        const LABEL_W: f32 = 58.0;
        const VALUE_W: f32 = 38.0;
        let bar_x = MARGIN_X + LABEL_W;
        let room = CONTENT_W - LABEL_W - VALUE_W - 2.0;
        let cols = [
            (MARGIN_X, LABEL_W - 3.0, BODY),
            (bar_x + room + 2.0, VALUE_W, BODY),
        ];
        let lh = line_h(BODY_PT);
        for (i, bar) in bars.iter().enumerate() {
            let mut rows = self.cell_rows(
                &cols,
                &[bar.label.as_str(), bar.value.as_str()],
                0.0,
                BODY_H,
                None,
            );
            if let Some(first) = rows.first_mut() {
                let share = if bar.share.is_finite() {
                    bar.share.clamp(0.0, 1.0)
                } else {
                    0.0
                };
                let h = lh * 0.7;
                if share > 0.0 {
                    first.items.push(Item::Fill {
                        x: bar_x,
                        y: (lh - h) / 2.0,
                        w: (room * share).max(0.4),
                        h,
                        grey: 0.45,
                    });
                }
                first.space_before = if i == 0 { PARAGRAPH_GAP } else { 1.2 };
            }
            self.rows.extend(rows);
        }
    }

    /// One row of wrapped cells, split into several rows only if taller than `max_h`.
    /// `rule` draws a hairline under each part across `(x, width)`.
    fn cell_rows(
        &self,
        cols: &[(f32, f32, Style)],
        cells: &[&str],
        pad_y: f32,
        max_h: f32,
        rule: Option<(f32, f32)>,
    ) -> Vec<Row> {
        let wrapped: Vec<Vec<String>> = cols
            .iter()
            .enumerate()
            .map(|(i, (_, w, style))| self.wrap(cells.get(i).copied().unwrap_or(""), *w, *style))
            .collect();
        let lh = cols
            .iter()
            .map(|(_, _, s)| line_h(s.size))
            .fold(0.0_f32, f32::max);
        let total_lines = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let per_part = (((max_h - 2.0 * pad_y) / lh).floor() as usize).max(1);
        let mut rows = Vec::new();
        let mut start = 0;
        while start < total_lines {
            let end = (start + per_part).min(total_lines);
            let mut items = Vec::new();
            for ((x, _, style), lines) in cols.iter().zip(&wrapped) {
                for (k, line) in lines.iter().enumerate().take(end).skip(start) {
                    let top = pad_y + (k - start) as f32 * lh;
                    items.push(text_item(*x, top, line, *style));
                }
            }
            let height = 2.0 * pad_y + (end - start) as f32 * lh;
            if let Some((x, w)) = rule {
                items.push(Item::Line {
                    x1: x,
                    y1: height,
                    x2: x + w,
                    y2: height,
                    width_pt: 0.4,
                    grey: RULE_GREY,
                });
            }
            rows.push(Row::content(height, items));
            start = end;
        }
        rows
    }

    fn table(&mut self, headers: &[String], rows: &[Vec<String>], widths: &[f32]) {
        let ncols = rows
            .iter()
            .map(Vec::len)
            .chain(std::iter::once(headers.len()))
            .max()
            .unwrap_or(0);
        if ncols == 0 {
            return;
        }
        let valid = widths.len() == ncols && widths.iter().all(|w| w.is_finite() && *w > 0.0);
        let rel: Vec<f32> = if valid {
            widths.to_vec()
        } else {
            vec![1.0; ncols]
        };
        let sum: f32 = rel.iter().sum();
        let mut x = MARGIN_X;
        let mut col_x = Vec::with_capacity(ncols);
        for r in &rel {
            let w = CONTENT_W * r / sum;
            col_x.push((x, w));
            x += w;
        }
        let cols_with = |style: Style| -> Vec<(f32, f32, Style)> {
            col_x
                .iter()
                .map(|(x, w)| (x + CELL_PAD_X, (w - 2.0 * CELL_PAD_X).max(1.0), style))
                .collect()
        };
        let cell_style = Style {
            kind: FontKind::Regular,
            size: TABLE_PT,
            grey: INK,
        };
        let head_style = Style {
            kind: FontKind::Bold,
            ..cell_style
        };

        let first = self.rows.len();
        let mut header_index = None;
        if !headers.is_empty() {
            let cells: Vec<&str> = headers.iter().map(String::as_str).collect();
            let parts = self.cell_rows(
                &cols_with(head_style),
                &cells,
                CELL_PAD_Y,
                BODY_H / 3.0,
                None,
            );
            // A header is one band: stack its parts (only a very long header has several).
            let mut items = Vec::new();
            let mut height = 0.0;
            for part in &parts {
                items.extend(part.items.iter().map(|it| it.shifted(height)));
                height += part.height;
            }
            let mut band = vec![Item::Fill {
                x: MARGIN_X,
                y: 0.0,
                w: CONTENT_W,
                h: height,
                grey: HEADER_FILL,
            }];
            band.extend(items);
            band.push(Item::Line {
                x1: MARGIN_X,
                y1: height,
                x2: MARGIN_X + CONTENT_W,
                y2: height,
                width_pt: 0.8,
                grey: 0.35,
            });
            let header = Row::content(height, band);
            self.headers.push(header.clone());
            header_index = Some(self.headers.len() - 1);
            let mut first_row = header;
            first_row.keep_with_next = !rows.is_empty();
            self.rows.push(first_row);
        }
        let header_h = header_index
            .and_then(|i| self.headers.get(i))
            .map_or(0.0, |h| h.height);
        let cols = cols_with(cell_style);
        for row in rows {
            let cells: Vec<&str> = row.iter().map(String::as_str).collect();
            let parts = self.cell_rows(
                &cols,
                &cells,
                CELL_PAD_Y,
                BODY_H - header_h,
                Some((MARGIN_X, CONTENT_W)),
            );
            for mut part in parts {
                part.header = header_index;
                self.rows.push(part);
            }
        }
        if let Some(row) = self.rows.get_mut(first) {
            row.space_before = PARAGRAPH_GAP + 0.6;
        }
    }

    fn list(&mut self, items: &[String], markers: &[String]) {
        let indent = markers
            .iter()
            .map(|m| self.fonts.width_mm(FontKind::Regular, BODY_PT, m))
            .fold(0.0_f32, f32::max)
            + 2.8;
        let lh = line_h(BODY_PT);
        for (i, (text, marker)) in items.iter().zip(markers).enumerate() {
            let lines = self.wrap(text, CONTENT_W - indent, BODY);
            let first = self.rows.len();
            for (k, line) in lines.iter().enumerate() {
                let mut row_items = vec![text_item(MARGIN_X + indent, 0.0, line, BODY)];
                if k == 0 {
                    // Markers right-aligned against the text column.
                    let mw = self.fonts.width_mm(FontKind::Regular, BODY_PT, marker);
                    row_items.push(text_item(MARGIN_X + indent - 2.0 - mw, 0.0, marker, BODY));
                }
                self.rows.push(Row::content(lh, row_items));
            }
            self.keep_lines_together(first, if i == 0 { PARAGRAPH_GAP } else { LIST_ITEM_GAP });
        }
    }

    /// Decodes a PNG for the page, refusing anything else.
    fn add_png(&mut self, png: &[u8]) -> Result<(usize, u32, u32)> {
        let (image, w, h) = decode_png(png)?;
        self.images.push(image);
        Ok((self.images.len() - 1, w, h))
    }

    fn image(&mut self, png: &[u8], width_mm: f32, caption: Option<&str>) -> Result<()> {
        let (index, pw, ph) = self.add_png(png)?;
        let caption_style = Style {
            kind: FontKind::Regular,
            size: CAPTION_PT,
            grey: CAPTION_GREY,
        };
        let caption_lines = caption
            .map(|c| self.wrap(c, CONTENT_W, caption_style))
            .unwrap_or_default();
        let clh = line_h(CAPTION_PT);
        let caption_h = if caption_lines.is_empty() {
            0.0
        } else {
            1.5 + caption_lines.len() as f32 * clh
        };
        let mut w = if width_mm.is_finite() && width_mm > 0.0 {
            width_mm.min(CONTENT_W)
        } else {
            CONTENT_W
        };
        let aspect = ph as f32 / pw as f32;
        let mut h = w * aspect;
        let max_h = (BODY_H - caption_h).max(BODY_H / 2.0);
        if h > max_h {
            h = max_h;
            w = h / aspect;
        }
        let mut items = vec![Item::Image {
            index,
            x: MARGIN_X,
            y: 0.0,
            w,
            h,
        }];
        for (k, line) in caption_lines.iter().enumerate() {
            items.push(text_item(
                MARGIN_X,
                h + 1.5 + k as f32 * clh,
                line,
                caption_style,
            ));
        }
        let mut row = Row::content(h + caption_h, items);
        row.space_before = PARAGRAPH_GAP + 1.0;
        self.rows.push(row);
        Ok(())
    }

    fn signatures(&mut self, slots: &[SignatureSlot]) -> Result<()> {
        let col_w = (CONTENT_W - SIGNATURE_GUTTER) / 2.0;
        let label_style = Style {
            kind: FontKind::Bold,
            size: BODY_PT,
            grey: INK,
        };
        let caption_style = Style {
            kind: FontKind::Regular,
            size: CAPTION_PT,
            grey: CAPTION_GREY,
        };
        for pair in slots.chunks(2) {
            let labels: Vec<Vec<String>> = pair
                .iter()
                .map(|s| self.wrap(&s.label, col_w, label_style))
                .collect();
            let captions: Vec<Vec<String>> = pair
                .iter()
                .map(|s| self.wrap(&s.caption, col_w, caption_style))
                .collect();
            let llh = line_h(BODY_PT);
            let clh = line_h(CAPTION_PT);
            let label_h = labels.iter().map(Vec::len).max().unwrap_or(0) as f32 * llh;
            let caption_h = captions.iter().map(Vec::len).max().unwrap_or(0) as f32 * clh;
            let box_top = label_h + 1.0;
            let line_y = box_top + SIGNATURE_BOX_H;
            let mut items = Vec::new();
            for (col, slot) in pair.iter().enumerate() {
                let x = MARGIN_X + col as f32 * (col_w + SIGNATURE_GUTTER);
                for (k, line) in labels[col].iter().enumerate() {
                    items.push(text_item(x, k as f32 * llh, line, label_style));
                }
                if let Some(png) = &slot.png {
                    let (index, pw, ph) = self.add_png(png)?;
                    let max_w = col_w * 0.9;
                    let max_h = SIGNATURE_BOX_H - 2.0;
                    let scale = (max_w / pw as f32).min(max_h / ph as f32);
                    let (w, h) = (pw as f32 * scale, ph as f32 * scale);
                    items.push(Item::Image {
                        index,
                        x: x + 1.0,
                        y: line_y - 1.0 - h,
                        w,
                        h,
                    });
                }
                items.push(Item::Line {
                    x1: x,
                    y1: line_y,
                    x2: x + col_w * 0.92,
                    y2: line_y,
                    width_pt: 0.6,
                    grey: 0.3,
                });
                for (k, line) in captions[col].iter().enumerate() {
                    items.push(text_item(
                        x,
                        line_y + 1.5 + k as f32 * clh,
                        line,
                        caption_style,
                    ));
                }
            }
            let mut row = Row::content(line_y + 1.5 + caption_h, items);
            row.space_before = SIGNATURE_GAP;
            self.rows.push(row);
        }
        Ok(())
    }
}

/// A text line whose line box starts at `top`.
fn text_item(x: f32, top: f32, text: &str, style: Style) -> Item {
    Item::Text {
        x,
        y: top + baseline(style.size),
        kind: style.kind,
        size: style.size,
        grey: style.grey,
        text: text.to_string(),
    }
}

/// Width and height of a PNG from its header, refusing what is not a PNG or is too big.
/// Decodes a whole PNG as the page will (so that what is accepted can also be drawn).
pub(crate) fn decode_png(png: &[u8]) -> Result<(RawImage, u32, u32)> {
    let (w, h) = png_size(png)?;
    let mut warnings = Vec::new();
    let image =
        RawImage::decode_from_bytes(png, &mut warnings).map_err(|e| Error::InvalidInput {
            detail: format!("image: unreadable PNG ({e})"),
        })?;
    if image.width == 0 || image.height == 0 {
        return Err(Error::InvalidInput {
            detail: "image: empty PNG".into(),
        });
    }
    Ok((image, w, h))
}

fn png_size(bytes: &[u8]) -> Result<(u32, u32)> {
    const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
    let invalid = |what: &str| Error::InvalidInput {
        detail: format!("image: {what}"),
    };
    if bytes.len() < 24 || !bytes.starts_with(SIGNATURE) || &bytes[12..16] != b"IHDR" {
        return Err(invalid("not a PNG file"));
    }
    let w = u32::from_be_bytes([bytes[16], bytes[17], bytes[18], bytes[19]]);
    let h = u32::from_be_bytes([bytes[20], bytes[21], bytes[22], bytes[23]]);
    if w == 0 || h == 0 {
        return Err(invalid("empty PNG"));
    }
    if w > MAX_IMAGE_SIDE || h > MAX_IMAGE_SIDE {
        return Err(invalid(&format!(
            "PNG of {w}×{h} pixels is larger than {MAX_IMAGE_SIDE} pixels a side"
        )));
    }
    Ok((w, h))
}

/// Cuts the rows into pages: keeps chains of `keep_with_next` rows together when they fit
/// on a page, repeats a table header above a continued table, drops spacing at page tops.
fn paginate(rows: &[Row], headers: &[Row]) -> Vec<Vec<Item>> {
    let mut pages: Vec<Vec<Item>> = vec![Vec::new()];
    let mut y = BODY_TOP;
    let mut has_content = false;
    let mut after_auto_break = false;

    for (i, row) in rows.iter().enumerate() {
        match row.kind {
            RowKind::PageBreak => {
                if has_content {
                    pages.push(Vec::new());
                    y = BODY_TOP;
                    has_content = false;
                }
                after_auto_break = false;
                continue;
            }
            RowKind::Spacer => {
                if !has_content && after_auto_break {
                    continue;
                }
                if y + row.height > BODY_BOTTOM {
                    pages.push(Vec::new());
                    y = BODY_TOP;
                    has_content = false;
                    after_auto_break = true;
                } else {
                    y += row.height;
                }
                continue;
            }
            RowKind::Content => {}
        }

        let mut new_page = false;
        let chain_start = i == 0 || !rows[i - 1].keep_with_next;
        if chain_start && has_content {
            let chain = chain_height(rows, i);
            let repeat = row
                .header
                .and_then(|h| headers.get(h))
                .map_or(0.0, |h| h.height);
            if y + row.space_before + chain > BODY_BOTTOM && chain + repeat <= BODY_H {
                new_page = true;
            }
        }
        if !new_page && has_content && y + row.space_before + row.height > BODY_BOTTOM {
            new_page = true;
        }
        if new_page {
            pages.push(Vec::new());
            y = BODY_TOP;
            has_content = false;
            after_auto_break = true;
        }
        let page = pages.len() - 1;
        if !has_content {
            if let Some(header) = row.header.and_then(|h| headers.get(h)) {
                if new_page || after_auto_break {
                    pages[page].extend(header.items.iter().map(|it| it.shifted(y)));
                    y += header.height;
                    has_content = true;
                }
            }
        }
        if has_content {
            y += row.space_before;
        }
        pages[page].extend(row.items.iter().map(|it| it.shifted(y)));
        y += row.height;
        has_content = true;
    }
    // A page break or spacer at the very end leaves no blank page behind.
    while pages.len() > 1 && pages.last().is_some_and(Vec::is_empty) {
        pages.pop();
    }
    pages
}

/// Height of the chain of rows starting at `i` that keep with their next (the first row's
/// own space above not counted).
fn chain_height(rows: &[Row], i: usize) -> f32 {
    let mut h = 0.0;
    for (k, row) in rows.iter().enumerate().skip(i) {
        if row.kind != RowKind::Content {
            break;
        }
        if k > i {
            h += row.space_before;
        }
        h += row.height;
        if !row.keep_with_next {
            break;
        }
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(page: &[Item]) -> Vec<String> {
        page.iter()
            .filter_map(|it| match it {
                Item::Text { text, .. } => Some(text.clone()),
                _ => None,
            })
            .collect()
    }

    fn lay(blocks: &[Block]) -> LaidOut {
        let fonts = Fonts::load().expect("fonts");
        lay_out(&fonts, blocks).expect("layout")
    }

    #[test]
    fn heading_at_page_bottom_moves_with_its_text() {
        // Fill the first page almost to the bottom, then a heading and its paragraph.
        let line = line_h(BODY_PT);
        let filler_lines = ((BODY_H - 2.0 * line) / line).floor() as usize;
        let filler = vec!["x"; filler_lines].join("\n");
        let laid = lay(&[
            Block::Paragraph(filler),
            Block::Heading("Heading at the bottom".into()),
            Block::Paragraph("First line of the section.\nSecond line.".into()),
        ]);
        assert_eq!(laid.pages.len(), 2);
        let second = texts(&laid.pages[1]);
        assert_eq!(
            second.first().map(String::as_str),
            Some("Heading at the bottom")
        );
        assert!(second.contains(&"First line of the section.".to_string()));
        assert!(!texts(&laid.pages[0]).contains(&"Heading at the bottom".to_string()));
    }

    #[test]
    fn everything_stays_inside_the_body() {
        let rows: Vec<Vec<String>> = (0..120)
            .map(|i| vec![format!("row {i}"), "some words ".repeat(i % 7 + 1)])
            .collect();
        let laid = lay(&[
            Block::Title("Title".into()),
            Block::Paragraph("word ".repeat(900)),
            Block::Table {
                headers: vec!["A".into(), "B".into()],
                rows,
                widths: vec![1.0, 3.0],
            },
            Block::Bullets(vec!["item ".repeat(80); 12]),
        ]);
        assert!(laid.pages.len() > 3);
        for page in &laid.pages {
            for item in page {
                if let Item::Text { y, .. } = item {
                    assert!(*y > BODY_TOP && *y <= BODY_BOTTOM, "baseline at {y}");
                }
            }
        }
    }

    #[test]
    fn a_row_taller_than_a_page_is_split() {
        let laid = lay(&[Block::Table {
            headers: vec!["Long".into()],
            rows: vec![vec!["line\n".repeat(120)]],
            widths: vec![],
        }]);
        assert!(laid.pages.len() >= 2);
        for page in &laid.pages {
            assert_eq!(texts(page).first().map(String::as_str), Some("Long"));
        }
    }

    #[test]
    fn page_break_and_spacer() {
        let laid = lay(&[
            Block::PageBreak,
            Block::Paragraph("one".into()),
            Block::PageBreak,
            Block::PageBreak,
            Block::Spacer(f32::NAN),
            Block::Paragraph("two".into()),
            Block::PageBreak,
            Block::Spacer(5.0),
        ]);
        assert_eq!(laid.pages.len(), 2);
    }

    #[test]
    fn rejects_what_is_not_a_png() {
        assert!(png_size(b"GIF89a....................").is_err());
        assert!(png_size(b"\x89PNG\r\n\x1a\n").is_err());
    }
}
