//! Sharing: the public page of a shared image (`/share/{id}`) and the owner's list of their
//! shares (`/shares`).

pub mod list;
pub mod public;
