//! serde_json's errors said in Vietnamese, at the line and the character column a text editor shows
//! (serde_json counts bytes: Vietnamese letters take 2–3). Shared by the template loader and the
//! report import.

/// Line (1-based) and character column of the error in `json`.
pub(crate) fn position(json: &str, e: &serde_json::Error) -> (usize, usize) {
    let (line, column) = (e.line(), e.column());
    let chars = json.split('\n').nth(line.saturating_sub(1)).map(|text| {
        let end = column.min(text.len());
        let mut cut = end;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text[..cut].chars().count() + usize::from(cut < end) + (column - end)
    });
    (line, chars.unwrap_or(column))
}

/// "dòng L, cột C".
pub(crate) fn position_text(json: &str, e: &serde_json::Error) -> String {
    let (line, column) = position(json, e);
    format!("dòng {line}, cột {column}")
}

/// serde_json's message without its trailing " at line L column C" (the position says it).
fn without_position(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg,
    }
}

/// What is wrong with JSON that does not parse, in Vietnamese.
pub(crate) fn syntax_message(e: &serde_json::Error) -> String {
    let msg = without_position(e);
    if e.classify() == serde_json::error::Category::Eof {
        return "tệp kết thúc giữa chừng (thiếu dấu đóng “}”, “]” hoặc dấu nháy kép)".into();
    }
    const KNOWN: [(&str, &str); 13] = [
        ("expected `,` or `}`", "thiếu dấu phẩy “,” hoặc dấu đóng “}”"),
        ("expected `,` or `]`", "thiếu dấu phẩy “,” hoặc dấu đóng “]”"),
        ("expected `:`", "thiếu dấu hai chấm “:” sau tên trường"),
        ("expected value", "thiếu giá trị hoặc có ký tự không hợp lệ"),
        (
            "expected ident",
            "giá trị không hợp lệ (chỉ dùng true, false, null, số hoặc chuỗi trong dấu nháy kép)",
        ),
        ("trailing comma", "dấu phẩy thừa trước dấu đóng"),
        ("key must be a string", "tên trường phải đặt trong dấu nháy kép"),
        ("trailing characters", "có ký tự thừa sau khi nội dung đã kết thúc"),
        (
            "control character",
            "chuỗi chứa ký tự điều khiển (xuống dòng, tab); hãy viết \\n hoặc \\t",
        ),
        ("invalid escape", "chuỗi có ký tự thoát “\\” không hợp lệ"),
        ("invalid number", "số viết không hợp lệ"),
        ("number out of range", "số quá lớn"),
        ("recursion limit exceeded", "dữ liệu lồng nhau quá sâu"),
    ];
    KNOWN
        .iter()
        .find(|(en, _)| msg.starts_with(en))
        .map(|(_, vi)| vi.to_string())
        .unwrap_or_else(|| format!("lỗi cú pháp ({msg})"))
}

/// What is wrong with JSON that parses but has the wrong shape, in Vietnamese.
pub(crate) fn structure_message(e: &serde_json::Error) -> String {
    const WORDS: [(&str, &str); 25] = [
        ("missing field", "thiếu trường"),
        ("unknown field", "trường không được phép"),
        ("unknown variant", "giá trị không được phép"),
        ("expected one of", "chỉ được là một trong"),
        ("there are no fields", "ở đây không có trường nào"),
        ("invalid type: string", "sai kiểu: chuỗi"),
        ("invalid type: integer", "sai kiểu: số nguyên"),
        ("invalid type: floating point", "sai kiểu: số thực"),
        ("invalid type: boolean", "sai kiểu: giá trị đúng/sai"),
        ("invalid type: sequence", "sai kiểu: danh sách"),
        ("invalid type: map", "sai kiểu: đối tượng"),
        ("invalid type: null", "sai kiểu: null"),
        ("invalid type", "sai kiểu"),
        ("invalid value: integer", "giá trị không hợp lệ: số nguyên"),
        ("invalid value", "giá trị không hợp lệ"),
        ("invalid length", "sai số phần tử"),
        ("expected u32", "cần số nguyên không âm"),
        ("expected u8", "cần số nguyên từ 0 đến 255"),
        ("expected a string", "cần chuỗi văn bản"),
        ("expected a boolean", "cần true hoặc false"),
        ("expected a sequence", "cần danh sách […]"),
        ("expected an array of length 2", "cần đúng 2 phần tử"),
        ("expected struct", "cần đối tượng"),
        ("expected", "cần"),
        ("` or `", "` hoặc `"),
    ];
    WORDS.iter().fold(without_position(e), |m, (en, vi)| m.replace(en, vi))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[test]
    fn columns_count_characters_not_bytes() {
        let json = "{\n  \"tên\": \"Tịnh Khê\" \"x\"\n}";
        let e = serde_json::from_str::<serde_json::Value>(json).unwrap_err();
        assert_eq!(e.column(), 25, "serde_json counts bytes");
        assert_eq!(position(json, &e), (2, 21));
        assert_eq!(syntax_message(&e), "thiếu dấu phẩy “,” hoặc dấu đóng “}”");
    }
}
