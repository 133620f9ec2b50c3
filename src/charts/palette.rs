//! Colours for the charts, passed in so the same drawing serves light and
//! dark pages. One hue per section (Okabe–Ito based, safe for the common
//! colour-vision deficiencies); the tests hold every pairing to WCAG
//! contrast: 4.5:1 for text, 3:1 for marks.

use report_data::SectionId;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    pub background: Rgb,
    pub text: Rgb,
    /// Tracks, empty pictogram cells, the ruler.
    pub quiet: Rgb,
    /// The section's hue: reported marks.
    pub mark: Rgb,
    /// A second mark that must stay apart from `mark` by more than colour:
    /// it is always drawn with an outline or pattern too.
    pub second: Rgb,
    /// Text drawn on `mark`.
    pub on_mark: Rgb,
}

impl Palette {
    pub fn new(section: SectionId, theme: Theme) -> Self {
        let light = theme == Theme::Light;
        let (mark, second) = match (section, light) {
            (SectionId::Tourism, true) => (Rgb(0x8E, 0x4B, 0x8A), Rgb(0xB5, 0x67, 0x9F)),
            (SectionId::Tourism, false) => (Rgb(0xD9, 0x9B, 0xC9), Rgb(0x9A, 0x5A, 0x94)),
            (SectionId::Health, true) => (Rgb(0x00, 0x72, 0xB2), Rgb(0x3A, 0x8F, 0xC4)),
            (SectionId::Health, false) => (Rgb(0x56, 0xB4, 0xE9), Rgb(0x1F, 0x7F, 0xB8)),
            (SectionId::Green, true) => (Rgb(0x00, 0x7A, 0x5A), Rgb(0x00, 0xA0, 0x7A)),
            (SectionId::Green, false) => (Rgb(0x2F, 0xC2, 0x96), Rgb(0x00, 0x8A, 0x66)),
            (SectionId::Hotline, true) => (Rgb(0xB3, 0x4A, 0x00), Rgb(0xC7, 0x77, 0x00)),
            (SectionId::Hotline, false) => (Rgb(0xF0, 0x8C, 0x4A), Rgb(0xE6, 0x9F, 0x00)),
        };
        if light {
            Palette {
                background: Rgb(0xFF, 0xFF, 0xFF),
                text: Rgb(0x1A, 0x1A, 0x1A),
                quiet: Rgb(0x76, 0x76, 0x76),
                mark,
                second,
                on_mark: Rgb(0xFF, 0xFF, 0xFF),
            }
        } else {
            Palette {
                background: Rgb(0x12, 0x12, 0x12),
                text: Rgb(0xEC, 0xEC, 0xEC),
                quiet: Rgb(0x8A, 0x8A, 0x8A),
                mark,
                second,
                on_mark: Rgb(0x12, 0x12, 0x12),
            }
        }
    }
}

/// WCAG 2 contrast ratio between two colours.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

fn luminance(Rgb(r, g, b): Rgb) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_palette_meets_contrast() {
        for section in SectionId::ALL {
            for theme in [Theme::Light, Theme::Dark] {
                let p = Palette::new(section, theme);
                let at_least = |a, b, ratio, what| {
                    let c = contrast(a, b);
                    assert!(c >= ratio, "{section:?} {theme:?} {what}: {c:.2} < {ratio}");
                };
                at_least(p.text, p.background, 4.5, "text");
                at_least(p.mark, p.background, 3.0, "mark");
                at_least(p.second, p.background, 3.0, "second mark");
                at_least(p.quiet, p.background, 3.0, "quiet mark");
                at_least(p.on_mark, p.mark, 4.5, "text on mark");
            }
        }
    }

    #[test]
    fn contrast_of_black_on_white_is_21() {
        let c = contrast(Rgb(0, 0, 0), Rgb(255, 255, 255));
        assert!((c - 21.0).abs() < 1e-9);
    }
}
