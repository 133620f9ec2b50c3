//! Light or dark: the system's choice unless the reader picked the other
//! one, or high contrast (text 7:1, marks 4.5:1), which only the reader
//! picks. The page's CSS, charts included, reads `html[data-theme]` and is
//! always light in print: paper is white.

use gloo::events::EventListener;
use gloo::utils::window;
use yew::prelude::*;

use super::preference::{Preference, use_preference};

/// What the page shows. The stylesheet reads it from `html[data-theme]`;
/// nothing is drawn with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
    Contrast,
}

const DARK_QUERY: &str = "(prefers-color-scheme: dark)";

/// What the reader chose. A toggle back to what the system says returns
/// to `System`, so the page follows the system again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Scheme {
    #[default]
    System,
    Light,
    Dark,
    Contrast,
}

impl Preference for Scheme {
    const KEY: &'static str = "xining-report.theme";
    const ATTR: &'static str = "data-theme";
    const ALL: &'static [Self] = &[Self::System, Self::Light, Self::Dark, Self::Contrast];

    fn code(self) -> &'static str {
        match self {
            Self::System => "system",
            Self::Light => "light",
            Self::Dark => "dark",
            Self::Contrast => "contrast",
        }
    }
}

fn resolve(scheme: Scheme, system: Theme) -> Theme {
    match scheme {
        Scheme::System => system,
        Scheme::Light => Theme::Light,
        Scheme::Dark => Theme::Dark,
        Scheme::Contrast => Theme::Contrast,
    }
}

fn choose(wanted: Theme, system: Theme) -> Scheme {
    match wanted {
        _ if wanted == system => Scheme::System,
        Theme::Light => Scheme::Light,
        Theme::Dark => Scheme::Dark,
        Theme::Contrast => Scheme::Contrast,
    }
}

/// A press on the toggle for `button` (dark, high contrast): on, or off
/// to what the system shows, unless that is the same (a dark system's
/// "dark" toggled off is light).
fn toggle(button: Theme, shown: Theme, system: Theme) -> Scheme {
    match () {
        _ if shown != button => choose(button, system),
        _ if system == button => Scheme::Light,
        _ => Scheme::System,
    }
}

/// The theme the page shows, and a callback that presses a theme's toggle.
#[hook]
pub fn use_theme() -> (Theme, Callback<Theme>) {
    let (scheme, set_scheme) = use_preference::<Scheme>();
    let system = use_system_theme();
    let theme = resolve(scheme, system);
    let press = Callback::from(move |button| set_scheme.emit(toggle(button, theme, system)));
    (theme, press)
}

/// The system's light or dark preference, followed live. Starts light, the
/// way the page is first rendered, and is read after mount.
#[hook]
fn use_system_theme() -> Theme {
    let theme = use_state_eq(Theme::default);
    {
        let theme = theme.clone();
        use_effect_with((), move |_| {
            let query = window().match_media(DARK_QUERY).ok().flatten();
            let listener = query.map(|query| {
                let read = move |q: &web_sys::MediaQueryList| {
                    theme.set(if q.matches() {
                        Theme::Dark
                    } else {
                        Theme::Light
                    });
                };
                read(&query);
                let target = query.clone();
                EventListener::new(&target, "change", move |_| read(&query))
            });
            move || drop(listener)
        });
    }
    *theme
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asking_for_what_the_system_shows_follows_the_system_again() {
        for system in [Theme::Light, Theme::Dark] {
            for wanted in [Theme::Light, Theme::Dark, Theme::Contrast] {
                let scheme = choose(wanted, system);
                assert_eq!(resolve(scheme, system), wanted);
                assert_eq!(scheme == Scheme::System, wanted == system);
            }
        }
    }

    #[test]
    fn a_toggle_turns_its_theme_on_and_off_to_the_system() {
        for system in [Theme::Light, Theme::Dark] {
            for button in [Theme::Dark, Theme::Contrast] {
                for shown in [Theme::Light, Theme::Dark, Theme::Contrast] {
                    let after = resolve(toggle(button, shown, system), system);
                    if shown == button {
                        assert_ne!(after, button, "{button:?} off on a {system:?} system");
                        assert_ne!(after, Theme::Contrast);
                    } else {
                        assert_eq!(after, button);
                    }
                }
            }
        }
        assert_eq!(
            toggle(Theme::Contrast, Theme::Contrast, Theme::Dark),
            Scheme::System
        );
        assert_eq!(toggle(Theme::Dark, Theme::Dark, Theme::Dark), Scheme::Light);
    }

    #[test]
    fn stored_schemes_read_back() {
        for &scheme in Scheme::ALL {
            assert_eq!(Scheme::parse(scheme.code()), Some(scheme));
        }
        assert_eq!(Scheme::parse("sepia"), None);
    }
}
