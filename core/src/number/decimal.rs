use std::cmp::Ordering;

/// An exact decimal number: `units / 10^scale`.
#[derive(Debug, Clone, Copy)]
pub struct Decimal {
    units: i128,
    scale: u8,
}

/// The largest scale we keep; beyond it digits are meaningless for a report.
pub const MAX_SCALE: u8 = 12;

impl Decimal {
    pub fn new(units: i128, scale: u8) -> Self {
        Decimal { units, scale }
    }
    pub fn from_int(value: i128) -> Self {
        Decimal { units: value, scale: 0 }
    }
    pub fn units(&self) -> i128 {
        self.units
    }
    /// Number of decimals as written (",50" keeps scale 2).
    pub fn scale(&self) -> u8 {
        self.scale
    }
    pub fn is_integer(&self) -> bool {
        self.units % pow10(self.scale) == 0
    }
    pub fn is_negative(&self) -> bool {
        self.units < 0
    }
    pub fn is_zero(&self) -> bool {
        self.units == 0
    }

    /// The same value written with `scale` decimals; `None` if that loses digits or overflows.
    pub fn rescale(&self, scale: u8) -> Option<Decimal> {
        if scale >= self.scale {
            let units = self.units.checked_mul(pow10(scale - self.scale))?;
            Some(Decimal { units, scale })
        } else {
            let f = pow10(self.scale - scale);
            if self.units % f == 0 {
                Some(Decimal {
                    units: self.units / f,
                    scale,
                })
            } else {
                None
            }
        }
    }

    pub fn checked_add(&self, other: &Decimal) -> Option<Decimal> {
        let s = self.scale.max(other.scale);
        let a = self.rescale(s)?;
        let b = other.rescale(s)?;
        Some(Decimal {
            units: a.units.checked_add(b.units)?,
            scale: s,
        })
    }

    pub fn checked_sub(&self, other: &Decimal) -> Option<Decimal> {
        self.checked_add(&Decimal {
            units: other.units.checked_neg()?,
            scale: other.scale,
        })
    }

    /// `self / other × 100`, rounded half away from zero to `scale` decimals.
    pub fn percent_of(&self, whole: &Decimal, scale: u8) -> Option<Decimal> {
        self.mul_div_round(100, whole, scale)
    }

    /// `self × factor / divisor` rounded half away from zero to `scale` decimals.
    pub fn mul_div_round(&self, factor: i128, divisor: &Decimal, scale: u8) -> Option<Decimal> {
        if divisor.units == 0 {
            return None;
        }
        // self = a/10^sa, divisor = b/10^sb; result×10^scale = a·factor·10^(scale+sb) / (b·10^sa)
        let num = self
            .units
            .checked_mul(factor)?
            .checked_mul(pow10_checked(scale.checked_add(divisor.scale)?)?)?;
        let den = divisor.units.checked_mul(pow10(self.scale))?;
        Some(Decimal {
            units: div_round(num, den),
            scale,
        })
    }

    /// Rounded half away from zero to `scale` decimals (never adds digits).
    pub fn round(&self, scale: u8) -> Decimal {
        if scale >= self.scale {
            return *self;
        }
        let f = pow10(self.scale - scale);
        Decimal {
            units: div_round(self.units, f),
            scale,
        }
    }

    /// Strips trailing zero decimals (1,50 → 1,5; 2,00 → 2).
    pub fn normalized(&self) -> Decimal {
        let mut d = *self;
        while d.scale > 0 && d.units % 10 == 0 {
            d.units /= 10;
            d.scale -= 1;
        }
        d
    }
}

fn div_round(num: i128, den: i128) -> i128 {
    let (n, d) = if den < 0 { (-num, -den) } else { (num, den) };
    let q = n / d;
    let r = n % d;
    if r.abs() * 2 >= d {
        if n >= 0 {
            q + 1
        } else {
            q - 1
        }
    } else {
        q
    }
}

pub(crate) fn pow10(exp: u8) -> i128 {
    10i128.pow(u32::from(exp))
}

fn pow10_checked(exp: u8) -> Option<i128> {
    10i128.checked_pow(u32::from(exp))
}

impl PartialEq for Decimal {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Decimal {}
impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> Ordering {
        let s = self.scale.max(other.scale);
        match (self.rescale(s), other.rescale(s)) {
            (Some(a), Some(b)) => a.units.cmp(&b.units),
            // Overflow only for astronomically large values: fall back to a lossy but ordered compare.
            _ => (self.units as f64 / pow10(self.scale) as f64)
                .total_cmp(&(other.units as f64 / pow10(other.scale) as f64)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[test]
    fn equal_values_with_different_scales_compare_equal() {
        assert_eq!(Decimal::new(150, 2), Decimal::new(15, 1));
        assert!(Decimal::new(1644, 0) < Decimal::new(1686, 0));
    }

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[test]
    fn percent_of_uses_exact_rounding() {
        // Seed 000: 1.644 online of 1.686 received → 97,51%
        let p = Decimal::from_int(1644).percent_of(&Decimal::from_int(1686), 2).unwrap();
        assert_eq!((p.units(), p.scale()), (9751, 2));
        let p1 = Decimal::from_int(1644).percent_of(&Decimal::from_int(1686), 1).unwrap();
        assert_eq!((p1.units(), p1.scale()), (975, 1));
        assert!(Decimal::from_int(1).percent_of(&Decimal::from_int(0), 2).is_none());
    }

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[test]
    fn round_half_away_from_zero() {
        assert_eq!(Decimal::new(125, 2).round(1).units(), 13);
        assert_eq!(Decimal::new(-125, 2).round(1).units(), -13);
        assert_eq!(Decimal::new(124, 2).round(1).units(), 12);
    }
}
