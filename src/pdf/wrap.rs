//! Line wrapping with real glyph widths: break at spaces, hard-break words longer than the line.

/// Makes caller text safe to print: tabs become spaces, carriage returns and other
/// control characters (except `'\n'`) are dropped.
pub(crate) fn sanitize(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\t' => Some(' '),
            '\n' => Some('\n'),
            c if c.is_control() => None,
            // Line and paragraph separators act as line breaks.
            '\u{2028}' | '\u{2029}' => Some('\n'),
            c => Some(c),
        })
        .collect()
}

/// Wraps `text` into lines no wider than `max_width`, measuring each character with `width`
/// (same unit as `max_width`). A `'\n'` starts a new line; an empty line stays as an empty
/// string (a gap). Lines break only at ordinary spaces (U+0020), so non-breaking spaces
/// (U+00A0, U+202F) keep their neighbours together; a word longer than a line is cut.
/// Runs of spaces collapse into one; spaces at the start and end of a line are dropped.
pub(crate) fn wrap(text: &str, max_width: f32, width: &dyn Fn(char) -> f32) -> Vec<String> {
    let text = sanitize(text);
    let mut out = Vec::new();
    for hard_line in text.split('\n') {
        wrap_line(hard_line, max_width, width, &mut out);
    }
    out
}

fn str_width(s: &str, width: &dyn Fn(char) -> f32) -> f32 {
    s.chars().map(width).sum()
}

fn wrap_line(line: &str, max_width: f32, width: &dyn Fn(char) -> f32, out: &mut Vec<String>) {
    let space = width(' ');
    let mut current = String::new();
    let mut current_w = 0.0_f32;
    let mut pushed_any = false;
    for word in line.split(' ').filter(|w| !w.is_empty()) {
        let word_w = str_width(word, width);
        if current.is_empty() {
            // fall through to placing the word on an empty line
        } else if current_w + space + word_w <= max_width {
            current.push(' ');
            current.push_str(word);
            current_w += space + word_w;
            continue;
        } else {
            out.push(std::mem::take(&mut current));
            pushed_any = true;
            current_w = 0.0;
        }
        if word_w <= max_width {
            current.push_str(word);
            current_w = word_w;
        } else {
            // Too long for any line: cut it into pieces that fit (at least one character each).
            for c in word.chars() {
                let w = width(c);
                if !current.is_empty() && current_w + w > max_width {
                    out.push(std::mem::take(&mut current));
                    pushed_any = true;
                    current_w = 0.0;
                }
                current.push(c);
                current_w += w;
            }
        }
    }
    if !current.is_empty() || !pushed_any {
        out.push(current);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character one unit wide.
    fn mono(_: char) -> f32 {
        1.0
    }

    #[test]
    fn breaks_at_spaces() {
        let lines = wrap("de aanvraag is volledig", 11.0, &mono);
        assert_eq!(lines, vec!["de aanvraag", "is volledig"]);
        let lines = wrap("de aanvraag is volledig", 10.0, &mono);
        assert_eq!(lines, vec!["de", "aanvraag", "is", "volledig"]);
    }

    #[test]
    fn fills_lines_greedily() {
        let lines = wrap("aa bb cc dd ee", 5.0, &mono);
        assert_eq!(lines, vec!["aa bb", "cc dd", "ee"]);
        for line in &lines {
            assert!(line.chars().count() <= 5);
        }
    }

    #[test]
    fn hard_breaks_long_words() {
        let lines = wrap("x abcdefghijkl y", 5.0, &mono);
        assert_eq!(lines, vec!["x", "abcde", "fghij", "kl y"]);
    }

    #[test]
    fn keeps_newlines_and_empty_lines() {
        let lines = wrap("one\n\ntwo three\n", 20.0, &mono);
        assert_eq!(lines, vec!["one", "", "two three", ""]);
        assert_eq!(wrap("", 20.0, &mono), vec![""]);
    }

    #[test]
    fn never_breaks_at_non_breaking_spaces() {
        let text = "bedrag 1\u{202F}234,56\u{00A0}€ per maand";
        let lines = wrap(text, 12.0, &mono);
        assert!(
            lines.contains(&"1\u{202F}234,56\u{00A0}€".to_string()),
            "{lines:?}"
        );
    }

    #[test]
    fn narrow_columns_still_progress() {
        // A column narrower than one character still places one character per line.
        let lines = wrap("abc", 0.5, &mono);
        assert_eq!(lines, vec!["a", "b", "c"]);
    }

    #[test]
    fn collapses_spaces_and_drops_control_characters() {
        let lines = wrap("  a   b\r\n\tc\u{7}", 20.0, &mono);
        assert_eq!(lines, vec!["a b", "c"]);
    }

    #[test]
    fn uses_real_widths() {
        // "i" is much narrower than "W" in DejaVu Sans: at the same width more fit.
        let fonts = crate::pdf::fonts::Fonts::load().expect("fonts");
        let w = |c| fonts.char_width_mm(crate::pdf::fonts::FontKind::Regular, 10.0, c);
        let narrow = wrap(&"i ".repeat(60), 40.0, &w);
        let wide = wrap(&"W ".repeat(60), 40.0, &w);
        assert!(
            narrow.len() < wide.len(),
            "{} vs {}",
            narrow.len(),
            wide.len()
        );
        for line in narrow.iter().chain(wide.iter()) {
            let lw: f32 = line.chars().map(w).sum();
            assert!(lw <= 40.0 + 1e-3, "{line:?} is {lw} mm wide");
        }
    }
}
