//! TEMPORARY STUB (not committed)
#[derive(Debug, thiserror::Error)]
pub enum ImageError {
    #[error("x")]
    X,
}
#[derive(Debug, thiserror::Error)]
pub enum UploadError {
    #[error("x")]
    X,
}
pub struct PreparedReference {
    pub png: bytes::Bytes,
    pub width: u32,
    pub height: u32,
}
pub fn prepare_reference(_b: &[u8]) -> Result<PreparedReference, UploadError> {
    Err(UploadError::X)
}
pub struct Described {
    pub mime: &'static str,
    pub width: u32,
    pub height: u32,
    pub bytes: u64,
}
pub fn describe(_b: &[u8]) -> Result<Described, ImageError> {
    Err(ImageError::X)
}
pub struct Derived {
    pub bytes: bytes::Bytes,
    pub width: u32,
    pub height: u32,
}
pub struct Derivatives {
    pub preview: Derived,
    pub thumb: Derived,
}
pub fn derivatives(_b: &[u8]) -> Result<Derivatives, ImageError> {
    Err(ImageError::X)
}
