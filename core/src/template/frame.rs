//! The administrative frame every report shares (thể thức văn bản): issuing body, number,
//! place and date, summary, basis, closing, recipients and signer. It is data too
//! (`templates/frame.json`), prepended and appended to every template's sections.

/// The frame's sections as JSON: `{"head": section, "tail": section}`.
pub const FRAME_JSON: &str = include_str!("../../../templates/frame.json");

/// Well-known ids of frame fields, read by the document renderer.
pub mod frame_ids {
    pub const PARENT_BODY: &str = "co-quan-chu-quan";
    pub const ISSUING_BODY: &str = "co-quan-ban-hanh";
    pub const NUMBER: &str = "so";
    pub const SYMBOL: &str = "ky-hieu";
    pub const PLACE: &str = "dia-danh";
    pub const DATE: &str = "ngay";
    /// The year of the period reported on (kỳ báo cáo); empty: the year of the report's date.
    pub const PERIOD_YEAR: &str = "nam-bao-cao";
    pub const SUMMARY: &str = "trich-yeu";
    pub const BASIS: &str = "can-cu";
    pub const OPENING: &str = "mo-dau";
    pub const CLOSING: &str = "ket-luan";
    pub const RECIPIENTS: &str = "noi-nhan";
    pub const SIGNER_AUTHORITY: &str = "tham-quyen-ky";
    pub const SIGNER_TITLE: &str = "chuc-vu-ky";
    pub const SIGNER_NAME: &str = "nguoi-ky";
    /// Columns of a document reference row (basis and document lists).
    pub const DOC_KIND: &str = "loai";
    pub const DOC_NUMBER: &str = "so-ky-hieu";
    pub const DOC_DATE: &str = "ngay";
    pub const DOC_ISSUER: &str = "co-quan";
    pub const DOC_SUMMARY: &str = "trich-yeu";
}

/// Frame fields that belong to the unit's profile (hồ sơ đơn vị): entered once, prefilled.
pub const PROFILE_FIELDS: [&str; 8] = [
    frame_ids::PARENT_BODY,
    frame_ids::ISSUING_BODY,
    frame_ids::SYMBOL,
    frame_ids::PLACE,
    frame_ids::RECIPIENTS,
    frame_ids::SIGNER_AUTHORITY,
    frame_ids::SIGNER_TITLE,
    frame_ids::SIGNER_NAME,
];
