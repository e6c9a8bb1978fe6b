//! Stored images: signed URLs now; originals, previews and thumbnails with the generation engine.

pub mod signed;
