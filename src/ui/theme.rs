use gloo::events::EventListener;
use yew::prelude::*;

use crate::charts::Theme;

const DARK_QUERY: &str = "(prefers-color-scheme: dark)";

/// The system's light or dark preference, followed live. Starts light, the
/// way the page is first rendered, and is read after mount.
#[hook]
pub fn use_system_theme() -> Theme {
    let theme = use_state(Theme::default);
    {
        let theme = theme.clone();
        use_effect_with((), move |_| {
            let query = gloo::utils::window().match_media(DARK_QUERY).ok().flatten();
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
