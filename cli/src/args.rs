//! Command-line arguments (tham số dòng lệnh), parsed by hand: two commands and a few options.

use std::path::PathBuf;

use bccds_core::compile::Scope;

pub const USAGE: &str = "Cách dùng:
  bccds check TỆP…                    kiểm tra tệp báo cáo (.json, .html) và tệp mẫu báo cáo
  bccds tong-hop TỆP… -o tong-hop.xlsx tổng hợp các báo cáo ra sổ tính Excel
Tùy chọn của tong-hop:
  -o, --xlsx TỆP       ghi sổ tính (Số liệu, Tổng hợp, Phát hiện)
  --csv TỆP            ghi trang Số liệu dạng CSV (UTF-8, phân cách “;”)
  --html TỆP           ghi trang báo cáo tổng hợp để in (A4)
  --loai MÃ_MẪU        chỉ tổng hợp một loại báo cáo (mặc định: loại duy nhất, hoặc chỉ tiêu dùng chung)
  --chung              chỉ tiêu dùng chung của mọi loại báo cáo
  --danh-sach TỆP      danh sách đơn vị phải báo cáo (mỗi dòng một đơn vị)
  --ngay dd/mm/yyyy    ngày của báo cáo tổng hợp
Chung:
  --mau TỆP            nạp thêm một mẫu báo cáo (.json)
Một thư mục được đọc hết các tệp .json và .html trong đó.";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Check,
    Compile,
    Help,
}

#[derive(Debug, Clone)]
pub struct Options {
    pub command: Command,
    pub files: Vec<PathBuf>,
    pub templates: Vec<PathBuf>,
    pub output: Option<PathBuf>,
    pub csv: Option<PathBuf>,
    pub html: Option<PathBuf>,
    pub expected: Option<PathBuf>,
    pub scope: Option<Scope>,
    pub date: Option<String>,
}

pub fn parse(argv: &[String]) -> Result<Options, String> {
    let command = match argv.first().map(String::as_str) {
        Some("check" | "kiem-tra") => Command::Check,
        Some("tong-hop" | "compile") => Command::Compile,
        Some("-h" | "--help" | "help") | None => Command::Help,
        Some(other) => return Err(format!("Không có lệnh “{other}”.")),
    };
    let mut o = Options {
        command,
        files: Vec::new(),
        templates: Vec::new(),
        output: None,
        csv: None,
        html: None,
        expected: None,
        scope: None,
        date: None,
    };
    let mut it = argv.iter().skip(1);
    while let Some(a) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("Tùy chọn {name} cần một giá trị."))
        };
        match a.as_str() {
            "-h" | "--help" => o.command = Command::Help,
            "--mau" => o.templates.push(value(a)?.into()),
            "-o" | "--xlsx" if command == Command::Compile => o.output = Some(value(a)?.into()),
            "--csv" if command == Command::Compile => o.csv = Some(value(a)?.into()),
            "--html" if command == Command::Compile => o.html = Some(value(a)?.into()),
            "--danh-sach" if command == Command::Compile => o.expected = Some(value(a)?.into()),
            "--loai" if command == Command::Compile => o.scope = Some(Scope::Template(value(a)?)),
            "--chung" if command == Command::Compile => o.scope = Some(Scope::Shared),
            "--ngay" if command == Command::Compile => o.date = Some(value(a)?),
            s if s.starts_with('-') && s.len() > 1 => return Err(format!("Không có tùy chọn “{s}”.")),
            f => o.files.push(f.into()),
        }
    }
    if o.command == Command::Compile && o.output.is_none() && o.csv.is_none() && o.html.is_none() {
        return Err("Cần chỉ ra tệp kết quả: -o tong-hop.xlsx (hoặc --csv, --html).".into());
    }
    Ok(o)
}
