//! What each drawn element is, never what colour it has: the stylesheet
//! colours the roles (`.ink-*` in static/style.css) from the page's light,
//! dark or print variables, so a prerendered chart is right in every scheme
//! before, and without, the wasm.
//!
//! plotters only writes colours, so each role is drawn in a placeholder
//! colour that `name_roles` then turns into `currentColor` plus the role's
//! class: the attribute keeps saying which of fill or stroke is painted,
//! the class says with what.

use plotters::style::RGBColor;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ink {
    /// Labels and values on the page's background.
    Text,
    /// A value inside a filled mark, in the hue or grey.
    OnMark,
    /// A value over hatching: the stylesheet gives it a halo of the page's
    /// background, since the hatch lines cross it.
    OnSecond,
    /// Reported marks, in the section's hue.
    Mark,
    /// A range: kept apart from `Mark` by hatching, not by colour alone.
    Second,
    /// The track of a percentage, and the grey part beside a hued one.
    Quiet,
}

impl Ink {
    pub const ALL: [Ink; 6] = [
        Ink::Text,
        Ink::OnMark,
        Ink::OnSecond,
        Ink::Mark,
        Ink::Second,
        Ink::Quiet,
    ];

    /// A colour no role shares, as plotters writes it (`#RRGGBB`).
    pub fn placeholder(self) -> RGBColor {
        RGBColor(0x0B, 0xAD, self as u8)
    }

    /// The class `static/style.css` colours this role with.
    pub fn class(self) -> &'static str {
        match self {
            Ink::Text => "ink-text",
            Ink::OnMark => "ink-on-mark",
            Ink::OnSecond => "ink-on-second",
            Ink::Mark => "ink-mark",
            Ink::Second => "ink-second",
            Ink::Quiet => "ink-quiet",
        }
    }
}

/// Replaces every placeholder colour plotters wrote with `currentColor` and
/// the role's class. Text content cannot match: plotters escapes its quotes.
pub fn name_roles(svg: String) -> String {
    Ink::ALL.iter().fold(svg, |svg, ink| {
        let RGBColor(r, g, b) = ink.placeholder();
        svg.replace(
            &format!("\"#{r:02X}{g:02X}{b:02X}\""),
            &format!("\"currentColor\" class=\"{}\"", ink.class()),
        )
    })
}
