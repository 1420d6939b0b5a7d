//! PDF engine, read back with poppler (pdftotext, pdfinfo, pdffonts, pdfimages).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use chrono::{Datelike, Utc};
use tandem::pdf::{render, sha256_hex, Block, DocumentSpec, SignatureSlot};
use tandem::Error;

fn spec(blocks: Vec<Block>) -> DocumentSpec {
    DocumentSpec {
        title: "Sociaal verslag — Jan Proefpersoon".into(),
        author: "OCMW Proefstad · Maatschappelijk werker".into(),
        subject: "Recht op maatschappelijke integratie".into(),
        language: "nl".into(),
        created: Utc::now(),
        header: Some("OCMW Proefstad — Sociale dienst".into()),
        footer: "Versie 2 · vingerafdruk 3f9a1c0b".into(),
        page_label: "page {page} of {pages}".into(),
        blocks,
        mark: Some("42-3fa9c01b".into()),
    }
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write pdf");
    path
}

fn run(program: &str, args: &[&str]) -> String {
    let out = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program} not found ({e}): apt-get install poppler-utils"));
    assert!(
        out.status.success(),
        "{program} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Text of one page (1-based), or of the whole document with `None`.
fn text(pdf: &Path, page: Option<usize>) -> String {
    let p = pdf.to_str().expect("utf-8 path");
    match page {
        Some(n) => {
            let n = n.to_string();
            run("pdftotext", &["-layout", "-f", &n, "-l", &n, p, "-"])
        }
        None => run("pdftotext", &["-layout", p, "-"]),
    }
}

fn page_count(pdf: &Path) -> usize {
    let info = run("pdfinfo", &[pdf.to_str().expect("path")]);
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|v| v.trim().parse().ok())
        .expect("Pages: line")
}

/// A small RGBA PNG written by hand (stored deflate blocks): a dark diagonal stroke on a
/// transparent background, like a drawn signature.
fn signature_png(w: u32, h: u32) -> Vec<u8> {
    fn crc32(data: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for &b in data {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 != 0 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }
    fn chunk(out: &mut Vec<u8>, kind: &[u8], data: &[u8]) {
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let mut body = kind.to_vec();
        body.extend_from_slice(data);
        out.extend_from_slice(&body);
        out.extend_from_slice(&crc32(&body).to_be_bytes());
    }
    let mut raw = Vec::new();
    for y in 0..h {
        raw.push(0); // filter: none
        for x in 0..w {
            let on_stroke = (x * h / w).abs_diff(y) <= 1 || (y == h / 2 && x % 3 != 0);
            if on_stroke {
                raw.extend_from_slice(&[20, 30, 90, 255]);
            } else {
                raw.extend_from_slice(&[255, 255, 255, 0]);
            }
        }
    }
    let mut zlib = vec![0x78, 0x01];
    let blocks: Vec<&[u8]> = raw.chunks(65_535).collect();
    for (i, block) in blocks.iter().enumerate() {
        zlib.push(u8::from(i + 1 == blocks.len()));
        let len = block.len() as u16;
        zlib.extend_from_slice(&len.to_le_bytes());
        zlib.extend_from_slice(&(!len).to_le_bytes());
        zlib.extend_from_slice(block);
    }
    let (mut a, mut b) = (1u32, 0u32);
    for &byte in &raw {
        a = (a + u32::from(byte)) % 65_521;
        b = (b + a) % 65_521;
    }
    zlib.extend_from_slice(&((b << 16) | a).to_be_bytes());

    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&w.to_be_bytes());
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, 6, 0, 0, 0]); // 8-bit RGBA
    chunk(&mut png, b"IHDR", &ihdr);
    chunk(&mut png, b"IDAT", &zlib);
    chunk(&mut png, b"IEND", &[]);
    png
}

/// Collapses runs of whitespace, so layout spacing doesn't matter when comparing.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn four_languages_come_back_exactly() {
    let phrases = [
        "Het leefloon bedraagt 1 263,17 € per maand; de aanvraag werd ontvangen op 3 maart.",
        "Le revenu d’intégration est accordé à la personne isolée — décision prise à Liège, façon « garçon ».",
        "Die Überprüfung der Einkünfte ergab: „Anspruch gegeben“ – Straße, Grüße, Maß.",
        "Twee ‘citaten’ en een gedachtestreepje – en een puntje · en ë, ï, è, ç, ü, ß.",
        "The social worker met the person on 12 March · report version 2.",
    ];
    let blocks = phrases
        .iter()
        .map(|p| Block::Paragraph((*p).to_string()))
        .collect();
    let pdf = render(&spec(blocks)).expect("render");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write(dir.path(), "languages.pdf", &pdf);
    let out = squash(&text(&path, None));
    for phrase in phrases {
        assert!(
            out.contains(&squash(phrase)),
            "missing {phrase:?} in\n{out}"
        );
    }
    // Non-breaking spaces are printed (as some space) and keep the amount on one line.
    let pdf = render(&spec(vec![Block::Paragraph(
        "Bedrag: 1\u{202F}263,17\u{00A0}€ — ontvangen.".into(),
    )]))
    .expect("render nbsp");
    let path = write(dir.path(), "nbsp.pdf", &pdf);
    let out = text(&path, None);
    let normalised: String = out
        .chars()
        .map(|c| {
            if c == '\u{00A0}' || c == '\u{202F}' {
                ' '
            } else {
                c
            }
        })
        .collect();
    assert!(normalised.contains("1 263,17 €"), "{out:?}");
}

#[test]
fn long_document_numbers_its_pages_and_repeats_the_table_header() {
    let mut blocks = vec![Block::Title("Lang document".into())];
    for i in 0..60 {
        blocks.push(Block::Paragraph(format!(
            "Paragraaf {i}. De maatschappelijk werker beschrijft hier de situatie van de \
             persoon, de bestaansmiddelen, de woonst en de beschikbaarheid voor werk. \
             Elke zin is gewoon tekst die over meerdere regels loopt."
        )));
    }
    blocks.push(Block::Heading("Bestaansmiddelen".into()));
    blocks.push(Block::Table {
        headers: vec!["Maand".into(), "Bron".into(), "Bedrag".into()],
        rows: (0..80)
            .map(|i| {
                vec![
                    format!("Maand {i}"),
                    if i % 9 == 0 {
                        "Werkloosheidsuitkering met een lange omschrijving die over twee regels loopt"
                            .to_string()
                    } else {
                        "Loon".to_string()
                    },
                    format!("{},00 €", 100 + i),
                ]
            })
            .collect(),
        widths: vec![1.0, 3.0, 1.2],
    });
    let pdf = render(&spec(blocks)).expect("render");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write(dir.path(), "long.pdf", &pdf);
    let pages = page_count(&path);
    assert!(pages >= 4, "only {pages} pages");
    let mut header_pages = 0;
    for n in 1..=pages {
        let page = text(&path, Some(n));
        assert!(
            page.contains(&format!("page {n} of {pages}")),
            "page {n} lacks its number:\n{page}"
        );
        assert!(page.contains("Versie 2 · vingerafdruk 3f9a1c0b"));
        assert!(page.contains("OCMW Proefstad — Sociale dienst"));
        if page.contains("Maand 79") || page.contains("Maand 40") {
            assert!(page.contains("Bedrag"), "table page {n} without header");
        }
        if page.contains("Maand") && page.contains("Bedrag") {
            header_pages += 1;
        }
    }
    assert!(
        header_pages >= 2,
        "table header seen on {header_pages} pages"
    );
    // Every row exactly once, never split.
    let all = text(&path, None);
    for i in 0..80 {
        let needle = format!("Maand {i} ");
        assert_eq!(all.matches(&needle).count(), 1, "row {i}");
    }
}

#[test]
fn heading_near_the_bottom_moves_to_the_next_page() {
    // Find how many filler lines fill page 1, then place a heading right after them.
    let filler = |n: usize| -> Vec<Block> {
        (0..n)
            .map(|i| Block::Paragraph(format!("Vulregel {i}")))
            .collect()
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let mut n = 1;
    loop {
        let mut blocks = filler(n);
        blocks.push(Block::Paragraph("Laatste regel".into()));
        let pdf = render(&spec(blocks)).expect("render");
        let path = write(dir.path(), "probe.pdf", &pdf);
        if page_count(&path) > 1 {
            break;
        }
        n += 1;
        assert!(n < 200);
    }
    // n paragraphs fit on page one; the last fits barely. Put a heading there.
    for back in 1..=3 {
        let mut blocks = filler(n - back);
        blocks.push(Block::Heading("Beschikbaarheid voor werk".into()));
        blocks.push(Block::Paragraph(
            "De persoon is ingeschreven als werkzoekende.\nTweede regel van de sectie.".into(),
        ));
        let pdf = render(&spec(blocks)).expect("render");
        let path = write(dir.path(), &format!("heading{back}.pdf"), &pdf);
        let heading_page = (1..=page_count(&path))
            .find(|p| text(&path, Some(*p)).contains("Beschikbaarheid voor werk"))
            .expect("heading printed");
        let page = text(&path, Some(heading_page));
        assert!(
            page.contains("De persoon is ingeschreven als werkzoekende."),
            "heading alone at the bottom of page {heading_page} (back {back}):\n{page}"
        );
        assert!(page.contains("Tweede regel van de sectie."));
    }
}

#[test]
fn metadata_dates_and_embedded_subset_fonts() {
    let pdf = render(&spec(vec![
        Block::Title("Ontvangstbewijs".into()),
        Block::Heading("Aanvraag".into()),
        Block::Paragraph("Tekst.".into()),
    ]))
    .expect("render");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write(dir.path(), "meta.pdf", &pdf);
    let info = run("pdfinfo", &[path.to_str().expect("path")]);
    assert!(
        info.contains("Sociaal verslag — Jan Proefpersoon"),
        "{info}"
    );
    assert!(
        info.contains("OCMW Proefstad · Maatschappelijk werker"),
        "{info}"
    );
    assert!(
        info.contains("Recht op maatschappelijke integratie"),
        "{info}"
    );
    assert!(info.contains("Tandem"), "{info}");
    let year = Utc::now().year().to_string();
    let created = info
        .lines()
        .find(|l| l.starts_with("CreationDate:"))
        .expect("CreationDate");
    assert!(created.contains(&year), "{created}");
    let modified = info
        .lines()
        .find(|l| l.starts_with("ModDate:"))
        .expect("ModDate");
    assert!(modified.contains(&year), "{modified}");
    assert!(!info.contains("1970"), "{info}");
    assert!(info.contains("Page size:      595.276 x 841.89 pts (A4)") || info.contains("(A4)"));

    let fonts = run("pdffonts", &[path.to_str().expect("path")]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert_eq!(rows.len(), 2, "{fonts}");
    for row in rows {
        assert!(row.contains("DejaVu"), "{fonts}");
        let cols: Vec<&str> = row.split_whitespace().collect();
        // name type encoding emb sub uni object ID: emb and sub are "yes".
        let n = cols.len();
        assert_eq!(&cols[n - 5..n - 2], &["yes", "yes", "yes"], "{fonts}");
    }
    let raw = String::from_utf8_lossy(&pdf);
    assert!(raw.contains("/Lang"), "no /Lang in the catalog");
}

#[test]
fn signature_image_is_embedded() {
    let png = signature_png(120, 40);
    let pdf = render(&spec(vec![
        Block::Paragraph("Ondertekend door beide partijen.".into()),
        Block::SignatureBlock(vec![
            SignatureSlot {
                label: "De persoon".into(),
                png: Some(png.clone()),
                caption: "Jan Proefpersoon, 12/03/2025".into(),
            },
            SignatureSlot {
                label: "De maatschappelijk werker".into(),
                png: None,
                caption: "An De Smet".into(),
            },
            SignatureSlot {
                label: "Getuige".into(),
                png: None,
                caption: "weigerde te tekenen: niet akkoord met de conclusie".into(),
            },
        ]),
        Block::Image {
            png,
            width_mm: 40.0,
            caption: Some("Handtekening".into()),
        },
    ]))
    .expect("render");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write(dir.path(), "signature.pdf", &pdf);
    let list = run("pdfimages", &["-list", path.to_str().expect("path")]);
    // Columns: page num type width height …; a transparent PNG is an image plus its smask.
    let images: Vec<&str> = list
        .lines()
        .skip(2)
        .filter(|l| l.split_whitespace().nth(2) == Some("image"))
        .collect();
    assert_eq!(images.len(), 2, "{list}");
    assert!(
        images
            .iter()
            .all(|l| l.contains(" 120 ") && l.contains(" 40 ")),
        "{list}"
    );
    assert!(list.contains("smask"), "transparency lost:\n{list}");
    let out = squash(&text(&path, None));
    for s in [
        "De persoon",
        "De maatschappelijk werker",
        "Jan Proefpersoon, 12/03/2025",
        "weigerde te tekenen: niet akkoord met de conclusie",
        "Handtekening",
    ] {
        assert!(out.contains(s), "missing {s:?}: {out}");
    }
}

#[test]
fn invalid_png_is_an_error_not_a_panic() {
    let bad_inputs: Vec<Vec<u8>> = vec![
        Vec::new(),
        b"not an image at all".to_vec(),
        {
            let mut truncated = signature_png(30, 10);
            truncated.truncate(40);
            truncated
        },
        {
            let mut corrupt = signature_png(30, 10);
            let n = corrupt.len();
            for b in &mut corrupt[40..n - 12] {
                *b = 0xAB;
            }
            corrupt
        },
    ];
    for png in bad_inputs {
        for block in [
            Block::Image {
                png: png.clone(),
                width_mm: 30.0,
                caption: None,
            },
            Block::SignatureBlock(vec![SignatureSlot {
                label: "De persoon".into(),
                png: Some(png.clone()),
                caption: String::new(),
            }]),
        ] {
            match render(&spec(vec![block])) {
                Err(Error::InvalidInput { detail }) => assert!(detail.contains("image")),
                other => panic!("expected InvalidInput, got {other:?}"),
            }
        }
    }
}

#[test]
fn one_page_is_small_and_ten_pages_are_quick() {
    let pdf = render(&spec(vec![
        Block::Title("Beslissing".into()),
        Block::KeyValues(vec![
            ("Naam".into(), "Jan Proefpersoon".into()),
            (
                "Categorie".into(),
                "Persoon die met een gezin ten laste samenwoont".into(),
            ),
        ]),
        Block::Paragraph("Het OCMW kent het leefloon toe vanaf 1 maart.".into()),
    ]))
    .expect("render");
    println!("one page with DejaVu Sans: {} bytes", pdf.len());
    assert!(pdf.len() < 100 * 1024, "one page is {} bytes", pdf.len());
    assert_eq!(sha256_hex(&pdf).len(), 64);

    let blocks: Vec<Block> = (0..10)
        .flat_map(|i| {
            vec![
                Block::Heading(format!("Deel {i}")),
                Block::Paragraph("Een gewone zin over de situatie van de persoon. ".repeat(40)),
                Block::Table {
                    headers: vec!["A".into(), "B".into()],
                    rows: (0..12)
                        .map(|r| vec![format!("{r}"), "cel".into()])
                        .collect(),
                    widths: vec![1.0, 4.0],
                },
                Block::PageBreak,
            ]
        })
        .collect();
    let start = Instant::now();
    let pdf = render(&spec(blocks)).expect("render");
    let took = start.elapsed();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write(dir.path(), "ten.pdf", &pdf);
    let pages = page_count(&path);
    println!(
        "{pages} pages rendered in {} ms ({} bytes)",
        took.as_millis(),
        pdf.len()
    );
    assert_eq!(pages, 10);
}

/// Writes a sample to $TANDEM_PDF_SAMPLE (if set) to look at with pdftoppm.
#[test]
fn sample_document() {
    let png = signature_png(160, 50);
    let blocks = vec![
        Block::Title("Sociaal verslag".into()),
        Block::KeyValues(vec![
            ("Persoon".into(), "Jan Proefpersoon".into()),
            ("Rijksregisternummer".into(), "85.07.30-033.61".into()),
            ("Aanvraag ontvangen".into(), "3 maart 2025".into()),
            (
                "Categorie".into(),
                "Persoon die uitsluitend samenwoont met een gezin ten laste (categorie 3)".into(),
            ),
        ]),
        Block::Heading("1. Verblijf en nationaliteit".into()),
        Block::Paragraph(
            "De persoon verblijft sinds 2019 in Gent en is ingeschreven in het \
             bevolkingsregister. Hij heeft de Belgische nationaliteit.\n\nHet verblijf werd \
             nagegaan via het rijksregister op 4 maart."
                .into(),
        ),
        Block::Subheading("Bestaansmiddelen".into()),
        Block::Table {
            headers: vec!["Bron".into(), "Periode".into(), "Bedrag".into()],
            rows: (1..=48)
                .map(|i| match i % 3 {
                    0 => vec![
                        "Kinderbijslag (niet meegerekend in de berekening van de \
                         bestaansmiddelen)"
                            .into(),
                        format!("maand {i}"),
                        "0,00 €".into(),
                    ],
                    _ => vec![
                        "Loon (deeltijds)".into(),
                        format!("maand {i}"),
                        format!("{},40 €", 700 + i),
                    ],
                })
                .collect(),
            widths: vec![3.0, 2.0, 1.2],
        },
        Block::Bullets(vec![
            "Werkbereidheid: ingeschreven bij VDAB.".into(),
            "Uitkeringen: geen recht op werkloosheid — aanvraag afgewezen op 12 februari.".into(),
        ]),
        Block::Numbered(vec!["Eerste stap.".into(), "Tweede stap.".into()]),
        Block::Note("Dit verslag bevat geen begeleidingsplan.".into()),
        Block::Heading("2. Besluit van de maatschappelijk werker".into()),
        Block::Paragraph(
            "Op basis van de zes voorwaarden stelt de maatschappelijk werker voor het \
             leefloon toe te kennen in categorie 3, vanaf de datum van de aanvraag. "
                .repeat(3),
        ),
        Block::SignatureBlock(vec![
            SignatureSlot {
                label: "De persoon".into(),
                png: Some(png),
                caption: "Jan Proefpersoon, 12 maart 2025".into(),
            },
            SignatureSlot {
                label: "De maatschappelijk werker".into(),
                png: None,
                caption: "An De Smet".into(),
            },
        ]),
    ];
    let pdf = render(&spec(blocks)).expect("render");
    if let Ok(out) = std::env::var("TANDEM_PDF_SAMPLE") {
        std::fs::write(out, &pdf).expect("write sample");
    }
    assert!(pdf.starts_with(b"%PDF-"));
}
