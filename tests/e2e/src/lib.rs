//! End-to-end test helpers live in tests/; this crate has no library code.
