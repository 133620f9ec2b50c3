//! The reader's controls in the masthead: the reading aids (text size,
//! dark mode, high contrast, a large pointer, read aloud) in one labelled
//! group an older reader finds without help, and share.

use report_data::Lang;
use yew::prelude::*;

use super::pointer::Pointer;
use super::preference::{Preference, use_preference};
use super::share::ShareButton;
use super::text_size::TextSize;
use super::theme::{Theme, use_theme};
use crate::i18n::{Strings, strings};

#[function_component(Toolbar)]
pub fn toolbar() -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let t = strings(lang);
    let (size, set_size) = use_preference::<TextSize>();
    let (theme, press_theme) = use_theme();
    let (pointer, set_pointer) = use_preference::<Pointer>();
    let large = pointer == Pointer::Large;
    let sizes = TextSize::ALL.iter().zip(t.text_sizes).map(|(&step, name)| {
        let set_size = set_size.clone();
        html! {
            <button type="button" data-size={step.code()} aria-pressed={(step == size).to_string()}
                onclick={move |_| set_size.emit(step)}>{ name }</button>
        }
    });
    // Each aid that is on or off: one look, one kind of button.
    let press = |button: Theme| {
        let press = press_theme.clone();
        Callback::from(move |_: MouseEvent| press.emit(button))
    };
    let pointer_to = if large {
        Pointer::Normal
    } else {
        Pointer::Large
    };
    let toggles = [
        ("theme-toggle", theme == Theme::Dark, t.dark_mode, press(Theme::Dark)),
        ("contrast-toggle", theme == Theme::Contrast, t.high_contrast, press(Theme::Contrast)),
        ("pointer-toggle", large, t.large_pointer, Callback::from(move |_| set_pointer.emit(pointer_to))),
    ]
    .map(|(class, on, name, onclick)| {
        html! { <button type="button" {class} aria-pressed={on.to_string()} {onclick}>{ name }</button> }
    });
    html! {
        <div class="toolbar">
            <div class="aids" role="group" aria-labelledby="aids-label">
                <h2 id="aids-label" class="aids-label">{ t.reading_aids }</h2>
                <div class="text-size" role="group" aria-labelledby="text-size-label">
                    <span id="text-size-label">{ t.text_size }</span>
                    { for sizes }
                </div>
                { for toggles }
                { read_aloud(t) }
            </div>
            <ShareButton />
        </div>
    }
}

/// Read aloud's buttons, driven by `static/read-aloud.js` (no wasm: the
/// browser's speech needs none). Yew renders them once and never changes
/// them; the script shows them through `html[data-speech]` and
/// `html[data-reading]`, never by touching what Yew hydrates. The words it
/// announces come from here, as data.
fn read_aloud(t: &Strings) -> Html {
    let buttons = [
        ("play", t.read_aloud),
        ("pause", t.pause),
        ("resume", t.resume),
        ("stop", t.stop),
    ];
    html! {
        <div class="read-aloud" data-reading-text={t.reading} data-paused-text={t.paused}>
            { for buttons.map(|(action, name)| html! { <button type="button" data-do={action}>{ name }</button> }) }
        </div>
    }
}
