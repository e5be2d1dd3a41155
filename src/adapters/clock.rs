/// Current time as ISO 8601 (UTC), from the browser.
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Milliseconds since the epoch, for ordering drafts.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// A random-enough id for drafts and tabs.
pub fn new_id(prefix: &str) -> String {
    let r = (js_sys::Math::random() * 1e9) as u64;
    format!("{prefix}-{}-{r:x}", now_ms() as u64)
}

/// Today's date on this computer (local time), for [`bccds_core::validate::validate_on`]: a report dated
/// after it gets a warning.
pub fn today() -> bccds_core::date::Date {
    let d = js_sys::Date::new_0();
    bccds_core::date::Date {
        year: d.get_full_year() as u16,
        month: d.get_month() as u8 + 1,
        day: d.get_date() as u8,
    }
}

/// This computer's offset from UTC in minutes east (Việt Nam: 420), for showing version times.
pub fn utc_offset_min() -> i32 {
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}
