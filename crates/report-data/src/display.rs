//! Figures as each language reads them. Chinese shows the seed's own words
//! (`as_written`: 172.59万人, 2000余人); English is written from the value,
//! range and qualifier, never retyped, and says exactly as much: "1.7259
//! million residents" for 172.59万, "2,000+ people" for 2000余人.

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
    /// The value rounded to its `step`: what the inputs can carry.
    pub fn rounded(&self) -> f64 {
        (self.value / self.step).round() * self.step
    }

    /// Derived values are rounded to their step and marked approximate:
    /// 约2102人 / ≈ 2,102 residents; 约248万人 / ≈ 2.48 million residents.
    pub fn shown(&self, lang: Lang) -> String {
        let n = self.rounded();
        match lang {
            Lang::Zh if n >= 1e4 && self.step >= 1e4 => {
                format!("约{}万{}", decimal(n / 1e4), self.unit.zh)
            }
            Lang::Zh => format!("约{}{}", decimal(n), self.unit.zh),
            Lang::En => format!("≈ {} {}", number(n), self.unit.en),
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
        Some(Qualifier::OrBetter) => format!("{text} or better"),
    };
    match f.unit.style {
        NumberStyle::Count => format!("{} {}", qualified(range(number)), f.unit.en),
        NumberStyle::Percent => qualified(range(|v| format!("{}%", number(v)))),
        NumberStyle::Plain => qualified(range(number)),
        NumberStyle::Rank => qualified(range(ordinal)),
        NumberStyle::Class => qualified(format!("class {}", range(roman))),
        NumberStyle::Tenths => {
            let to = f
                .max
                .map(|m| format!(" to {}", word(m)))
                .unwrap_or_default();
            qualified(format!("{}{to} {}", word(f.value), f.unit.en))
        }
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

/// 1725900 → "1.7259 million"; 2000 → "2,000"; 89.03 → "89.03". Never
/// rounded: the English says the same number as the Chinese.
pub fn number(value: f64) -> String {
    if value >= 1e6 {
        format!("{} million", decimal(value / 1e6))
    } else if value.fract() == 0.0 {
        group(value)
    } else {
        decimal(value)
    }
}

/// The shortest decimal that reads back as `value` to a millionth, without
/// trailing zeros: 1.7259, 10, 89.03, 248.
fn decimal(value: f64) -> String {
    let fixed = format!("{value:.6}");
    fixed
        .trim_end_matches('0')
        .trim_end_matches('.')
        .to_string()
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

/// Small whole numbers in words, as spoken tenths are: 7 → "seven".
fn word(value: f64) -> String {
    const WORDS: [&str; 11] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    WORDS
        .get(value as usize)
        .filter(|_| value.fract() == 0.0)
        .map_or_else(|| number(value), |w| w.to_string())
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
        assert_eq!(number(1_725_900.0), "1.7259 million");
        assert_eq!(number(2_480_000.0), "2.48 million");
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
        assert_eq!(word(7.0), "seven");
        assert_eq!(word(12.0), "12");
    }
}
