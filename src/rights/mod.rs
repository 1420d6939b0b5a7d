//! Rights the person may be missing: a screener against non-take-up that works on what the file already holds, with the rules as reviewed data (`catalog/`), and where things stand for each right.
//!
//! Reads the person and the income side, never the support plan; nothing on the income side
//! reads this area. The legal brief with every source is `docs/legal/rights-screener.md`.

pub mod catalog;
pub mod commands;
pub mod document;
pub mod screen;
pub mod status;
