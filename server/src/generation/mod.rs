//! Image generation: providers (the built-in offline renderer first), with the job queue and
//! the generator to come.

pub mod providers;
