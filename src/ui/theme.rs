//! Light or dark: the system's choice unless the reader picked the other
//! one. The page's CSS, charts included, reads `html[data-theme]` and is
//! always light in print: paper is white.

use gloo::events::EventListener;
use gloo::utils::window;
use yew::prelude::*;

use super::preference::{Preference, use_preference};

/// What the page shows: light or dark. The stylesheet reads it from
/// `html[data-theme]`; nothing is drawn with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
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
}

impl Preference for Scheme {
    const KEY: &'static str = "xining-report.theme";
    const ATTR: &'static str = "data-theme";
    const ALL: &'static [Self] = &[Self::System, Self::Light, Self::Dark];

    fn code(self) -> &'static str {
        match self {
            Self::System => "system",
            Self::Light => "light",
            Self::Dark => "dark",
        }
    }
}

fn resolve(scheme: Scheme, system: Theme) -> Theme {
    match scheme {
        Scheme::System => system,
        Scheme::Light => Theme::Light,
        Scheme::Dark => Theme::Dark,
    }
}

fn choose(wanted: Theme, system: Theme) -> Scheme {
    match wanted {
        _ if wanted == system => Scheme::System,
        Theme::Light => Scheme::Light,
        Theme::Dark => Scheme::Dark,
    }
}

/// The theme the page shows, and a callback asking for light or dark.
#[hook]
pub fn use_theme() -> (Theme, Callback<Theme>) {
    let (scheme, set_scheme) = use_preference::<Scheme>();
    let system = use_system_theme();
    let theme = resolve(scheme, system);
    let choose = Callback::from(move |wanted| set_scheme.emit(choose(wanted, system)));
    (theme, choose)
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
            for wanted in [Theme::Light, Theme::Dark] {
                let scheme = choose(wanted, system);
                assert_eq!(resolve(scheme, system), wanted);
                assert_eq!(scheme == Scheme::System, wanted == system);
            }
        }
    }

    #[test]
    fn stored_schemes_read_back() {
        for &scheme in Scheme::ALL {
            assert_eq!(Scheme::parse(scheme.code()), Some(scheme));
        }
        assert_eq!(Scheme::parse("sepia"), None);
    }
}
