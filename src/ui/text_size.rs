//! The text-size steps. The stylesheet scales the root font size by
//! `html[data-text-size]`; everything is sized in rem or em, so the whole
//! page follows, line height included.

use super::preference::Preference;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TextSize {
    Small,
    #[default]
    Medium,
    Large,
    Largest,
}

impl Preference for TextSize {
    const KEY: &'static str = "xining-report.text-size";
    const ATTR: &'static str = "data-text-size";
    /// Smallest first, the order of `Strings::text_sizes`.
    const ALL: &'static [Self] = &[Self::Small, Self::Medium, Self::Large, Self::Largest];

    fn code(self) -> &'static str {
        match self {
            Self::Small => "s",
            Self::Medium => "m",
            Self::Large => "l",
            Self::Largest => "xl",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_reads_back_and_strangers_are_ignored() {
        for &size in TextSize::ALL {
            assert_eq!(TextSize::parse(size.code()), Some(size));
        }
        assert_eq!(TextSize::parse("huge"), None);
        assert_eq!(TextSize::parse(""), None);
    }
}
