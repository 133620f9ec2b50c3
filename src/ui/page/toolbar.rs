//! The reader's controls in the masthead: the reading aids (text size,
//! dark mode, high contrast, a large pointer, read aloud) in one labelled
//! group an older reader finds without help, and share. Static markup in
//! the defaults' state: `static/boot.js` makes the buttons work and marks
//! the reader's remembered choices pressed, and `static/read-aloud.js`
//! drives read aloud, so none of it waits for wasm.

use report_data::Lang;
use yew::prelude::*;

use crate::i18n::{Strings, strings};

/// The text-size steps as `html[data-text-size]` holds them, smallest
/// first (the order of `Strings::text_sizes`); the stylesheet scales the
/// root font size by them. boot.js takes the codes from these buttons.
const TEXT_SIZES: [&str; 4] = ["s", "m", "l", "xl"];
/// The step pressed when the reader has chosen none.
const DEFAULT_SIZE: &str = "m";

#[function_component(Toolbar)]
pub fn toolbar() -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let t = strings(lang);
    let sizes = TEXT_SIZES.iter().zip(t.text_sizes).map(|(&code, name)| {
        html! {
            <button type="button" data-size={code}
                aria-pressed={(code == DEFAULT_SIZE).to_string()}>{ name }</button>
        }
    });
    // Each aid that is on or off: one look, one kind of button.
    let toggles = [
        ("theme-toggle", t.dark_mode),
        ("contrast-toggle", t.high_contrast),
        ("pointer-toggle", t.large_pointer),
    ]
    .map(|(class, name)| html! { <button type="button" {class} aria-pressed="false">{ name }</button> });
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
            // The share sheet's title and the status lines' words, as data.
            <button type="button" class="share" data-title={t.page_title}
                data-copied-text={t.link_copied} data-copy-text={t.copy_this_link}>{ t.share }</button>
            <p class="share-status" role="status"></p>
        </div>
    }
}

/// Read aloud's buttons, driven by `static/read-aloud.js`, which shows them
/// through `html[data-speech]` and `html[data-reading]`. The words it
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
