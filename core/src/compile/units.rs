//! Which unit (đơn vị: xã, phường, đặc khu) a report comes from, and who has not reported yet.

use crate::export::slug;
use crate::report::Report;
use crate::template::frame_ids;

/// Words that name the kind of unit, dropped when a list names the unit without them.
const UNIT_KINDS: [&str; 5] = ["xa-", "phuong-", "dac-khu-", "thi-tran-", "huyen-"];

/// The unit's name as shown in the compilation: the issuing body without "Ủy ban nhân dân",
/// capitalised per word ("ỦY BAN NHÂN DÂN XÃ ĐĂK LONG" → "Xã Đăk Long"); the place name
/// when the issuing body is empty; "(không rõ đơn vị)" when both are.
pub fn unit_name(report: &Report) -> String {
    let body = report
        .text(frame_ids::ISSUING_BODY)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let lower = body.to_lowercase();
    let rest = ["ủy ban nhân dân", "uỷ ban nhân dân", "ubnd"]
        .iter()
        .find_map(|p| lower.strip_prefix(p))
        .unwrap_or(&lower)
        .trim();
    let name = if rest.is_empty() {
        report.text(frame_ids::PLACE).trim().to_lowercase()
    } else {
        rest.to_string()
    };
    if name.is_empty() {
        return "(không rõ đơn vị)".into();
    }
    name.split(' ').map(capitalise).collect::<Vec<_>>().join(" ")
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The comparison key of a unit name: ASCII slug without "ủy ban nhân dân"
/// ("Xã Đăk Long", "UBND xã Đăk Long" and "xa dak long" are the same unit).
pub fn unit_key(name: &str) -> String {
    let s = slug(name);
    for p in ["uy-ban-nhan-dan-", "ubnd-"] {
        if let Some(rest) = s.strip_prefix(p) {
            return rest.to_string();
        }
    }
    s
}

/// Orders unit keys as a reader expects: "xa-2" before "xa-10" (numbers compared as numbers).
pub fn natural_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    fn chunks(s: &str) -> Vec<(bool, &str)> {
        let mut out = Vec::new();
        let mut start = 0;
        let bytes = s.as_bytes();
        for i in 1..=bytes.len() {
            if i == bytes.len() || bytes[i].is_ascii_digit() != bytes[start].is_ascii_digit() {
                out.push((bytes[start].is_ascii_digit(), &s[start..i]));
                start = i;
            }
        }
        out
    }
    let (ca, cb) = (chunks(a), chunks(b));
    for (x, y) in ca.iter().zip(&cb) {
        let o = match (x, y) {
            ((true, p), (true, q)) => {
                let (p, q) = (p.trim_start_matches('0'), q.trim_start_matches('0'));
                p.len().cmp(&q.len()).then_with(|| p.cmp(q))
            }
            ((_, p), (_, q)) => p.cmp(q),
        };
        if o.is_ne() {
            return o;
        }
    }
    ca.len().cmp(&cb.len()).then_with(|| a.cmp(b))
}

fn bare_key(key: &str) -> &str {
    UNIT_KINDS.iter().find_map(|k| key.strip_prefix(k)).unwrap_or(key)
}

/// The expected-units list (danh sách đơn vị phải báo cáo) as pasted: one unit a line; blank lines,
/// numbering ("1.", "12)") and list bullets dropped; each unit once.
pub fn parse_expected_units(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in text.lines() {
        // Spreadsheet columns pasted with tabs or ";": the first cell that is not a number.
        let cell = line
            .split(['\t', ';'])
            .map(str::trim)
            .find(|c| !c.is_empty() && !c.chars().all(|ch| ch.is_ascii_digit() || ch == '.' || ch == ')'))
            .unwrap_or("");
        let name = cell
            .trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ')' | '-' | '+' | '*' | '•'))
            .trim();
        if name.is_empty() || unit_key(name).is_empty() {
            continue;
        }
        if !out.iter().any(|u| unit_key(u) == unit_key(name)) {
            out.push(name.to_string());
        }
    }
    out
}

/// The expected list against the units that sent a report.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ExpectedCheck {
    /// Expected units with no report yet (chưa báo cáo), in the list's order.
    pub missing: Vec<String>,
    /// Units that reported but are not on the list (a misspelt name, or another province's file).
    pub unexpected: Vec<String>,
    /// How many expected units have reported.
    pub reported: usize,
}

/// Matches `expected` names against the reporting units' names: same key, or the same name
/// once the kind of unit ("xã", "phường", …) is left out on one side.
pub fn check_expected(expected: &[String], reporting: &[String]) -> ExpectedCheck {
    let keys: Vec<String> = reporting.iter().map(|u| unit_key(u)).collect();
    let mut matched = vec![false; reporting.len()];
    let mut out = ExpectedCheck::default();
    for name in expected {
        let k = unit_key(name);
        let hit = keys.iter().position(|r| *r == k).or_else(|| {
            // Without the kind of unit on one side: prefer a unit no other line has taken.
            let fits = |i: &usize| {
                let r = &keys[*i];
                bare_key(r) == bare_key(&k) && (r == bare_key(r) || k == bare_key(&k))
            };
            let mut candidates = (0..keys.len()).filter(fits);
            let first = candidates.clone().next();
            candidates.find(|&i| !matched[i]).or(first)
        });
        match hit {
            Some(i) => {
                if !matched[i] {
                    out.reported += 1;
                }
                matched[i] = true;
            }
            None => out.missing.push(name.clone()),
        }
    }
    if !expected.is_empty() {
        let mut seen: Vec<&str> = Vec::new();
        for (i, u) in reporting.iter().enumerate() {
            if !matched[i] && !seen.contains(&keys[i].as_str()) {
                seen.push(&keys[i]);
                out.unexpected.push(u.clone());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Value;

    fn report(body: &str, place: &str) -> Report {
        let mut r: Report =
            serde_json::from_str(r#"{"format":1,"id":"r","template_id":"t","template_version":1,"values":{}}"#)
                .unwrap();
        r.values
            .insert(frame_ids::ISSUING_BODY.into(), Value::Text(body.into()));
        r.values.insert(frame_ids::PLACE.into(), Value::Text(place.into()));
        r
    }

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[test]
    fn unit_names_from_the_issuing_body() {
        assert_eq!(
            unit_name(&report("ỦY BAN NHÂN DÂN XÃ ĐĂK LONG", "Đăk Long")),
            "Xã Đăk Long"
        );
        assert_eq!(
            unit_name(&report("UBND  phường\nTrương Quang Trọng", "")),
            "Phường Trương Quang Trọng"
        );
        assert_eq!(unit_name(&report("", "Minh Long")), "Minh Long");
        assert_eq!(unit_name(&report("", "")), "(không rõ đơn vị)");
        assert_eq!(unit_key("UBND xã Đăk Long"), "xa-dak-long");
        assert_eq!(unit_key("Xã Đăk Long"), "xa-dak-long");
        let mut keys = vec!["xa-10", "xa-2", "phuong-1", "xa-1", "xa-b"];
        keys.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(keys, ["phuong-1", "xa-1", "xa-2", "xa-10", "xa-b"]);
    }

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[test]
    fn expected_units_list_and_who_is_missing() {
        let list =
            parse_expected_units("1. Xã Đăk Long\n\n2) Phường Cẩm Thành\n3\tXã Ba Tơ\nxã đăk long\n- Đặc khu Lý Sơn\n");
        assert_eq!(list, ["Xã Đăk Long", "Phường Cẩm Thành", "Xã Ba Tơ", "Đặc khu Lý Sơn"]);
        let reporting = vec!["Xã Đăk Long".to_string(), "Ba Tơ".to_string(), "Xã Sơn Hà".to_string()];
        let check = check_expected(&list, &reporting);
        assert_eq!(check.missing, ["Phường Cẩm Thành", "Đặc khu Lý Sơn"]);
        assert_eq!(check.unexpected, ["Xã Sơn Hà"]);
        assert_eq!(check.reported, 2);
    }
}
