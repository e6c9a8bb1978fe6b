//! One module per page.

pub mod landing;
pub mod not_found;
pub mod privacy;
pub mod support;
pub mod terms;
