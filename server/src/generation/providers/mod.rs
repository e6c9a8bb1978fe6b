//! Image providers. `local` is the built-in offline renderer that needs no key and no network.

pub mod local;
