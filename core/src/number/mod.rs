//! Vietnamese numbers (số viết kiểu Việt Nam): "." groups thousands, "," is the decimal mark.
//!
//! Values are exact decimals (digits + scale) so that "99,92" stays 99,92 through
//! parse → format and rounding checks compare exactly, without f64 surprises.

mod decimal;
mod format;
mod parse;

pub use decimal::Decimal;
pub use format::{format_as_typed, format_count, format_decimal, format_money, format_percent};
pub use parse::{parse_number, NumberError, NumberStyle};
