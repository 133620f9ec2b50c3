//! The large pointer, for readers who lose the small arrow on a big
//! screen. The stylesheet swaps the cursor for `static/cursor-large.svg`
//! under `html[data-pointer="large"]`, only where there is a mouse
//! (`pointer: fine`); the toggle is hidden on touch screens.

use super::preference::Preference;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Pointer {
    #[default]
    Normal,
    Large,
}

impl Preference for Pointer {
    const KEY: &'static str = "xining-report.pointer";
    const ATTR: &'static str = "data-pointer";
    const ALL: &'static [Self] = &[Self::Normal, Self::Large];

    fn code(self) -> &'static str {
        match self {
            Self::Normal => "normal",
            Self::Large => "large",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_sizes_read_back_and_strangers_are_ignored() {
        for &p in Pointer::ALL {
            assert_eq!(Pointer::parse(p.code()), Some(p));
        }
        assert_eq!(Pointer::parse("huge"), None);
    }
}
