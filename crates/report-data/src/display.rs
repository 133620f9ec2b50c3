//! Figures as each language reads them. Chinese shows the seed's own words
//! (`as_written`: 172.59万人, 2000余人); English is written from the value,
//! range and qualifier, never retyped: "1.73 million residents", "2,000+
//! people".

use crate::model::{DerivedFigure, Figure, Lang, NumberStyle, Qualifier};

impl Figure {
    pub fn shown(&self, lang: Lang) -> String {
        match lang {
            Lang::Zh => self.as_written.clone(),
            Lang::En => english(self),
        }
    }
}

impl DerivedFigure {
    /// Derived values are rounded to whole units and marked approximate.
    pub fn shown(&self, lang: Lang) -> String {
        let n = self.value.round();
        match lang {
            Lang::Zh => format!("约{n:.0}{}", self.unit.zh),
            Lang::En => format!("≈ {} {}", group(n), self.unit.en),
        }
    }
}

fn english(f: &Figure) -> String {
    let range = |fmt: fn(f64) -> String| match f.max {
        Some(max) => format!("{}–{}", fmt(f.value), fmt(max)),
        None => fmt(f.value),
    };
    let qualified = |text: String| match f.qualifier {
        None => text,
        Some(Qualifier::MoreThan) => format!("{text}+"),
        Some(Qualifier::Passed) => format!("over {text}"),
        Some(Qualifier::OrAbove) => format!("{text} or above"),
    };
    match f.unit.style {
        NumberStyle::Count => format!("{} {}", qualified(range(number)), f.unit.en),
        NumberStyle::Percent => qualified(range(|v| format!("{}%", number(v)))),
        NumberStyle::Plain => qualified(range(number)),
        NumberStyle::Rank => qualified(range(ordinal)),
        NumberStyle::Class => qualified(format!("class {}", range(roman))),
    }
}

/// Writes a whole number with thousands separators: 1725900 → "1,725,900".
pub(crate) fn group(value: f64) -> String {
    let digits = format!("{:.0}", value);
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// 1725900 → "1.73 million"; 2000 → "2,000"; 89.03 → "89.03".
pub fn number(value: f64) -> String {
    if value >= 1e6 {
        let millions = format!("{:.2}", value / 1e6);
        let trimmed = millions.trim_end_matches('0').trim_end_matches('.');
        format!("{trimmed} million")
    } else if value.fract() == 0.0 {
        group(value)
    } else {
        format!("{value}")
    }
}

fn ordinal(value: f64) -> String {
    let n = value as u64;
    let suffix = match (n % 10, n % 100) {
        (1, r) if r != 11 => "st",
        (2, r) if r != 12 => "nd",
        (3, r) if r != 13 => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// Water-quality classes run from I to V.
fn roman(value: f64) -> String {
    match value as u8 {
        1 => "I",
        2 => "II",
        3 => "III",
        4 => "IV",
        5 => "V",
        _ => return number(value),
    }
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_english() {
        assert_eq!(number(1_725_900.0), "1.73 million");
        assert_eq!(number(10_000_000.0), "10 million");
        assert_eq!(number(2000.0), "2,000");
        assert_eq!(number(89.03), "89.03");
        assert_eq!(group(1_725_900.0), "1,725,900");
        assert_eq!(group(821.0), "821");
        assert_eq!(group(2102.0), "2,102");
        assert_eq!(ordinal(1.0), "1st");
        assert_eq!(ordinal(12.0), "12th");
        assert_eq!(ordinal(22.0), "22nd");
        assert_eq!(roman(3.0), "III");
    }
}
