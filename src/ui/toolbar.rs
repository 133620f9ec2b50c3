//! The reader's controls in the masthead: text size, dark mode and share.

use report_data::Lang;
use yew::prelude::*;

use super::preference::{Preference, use_preference};
use super::share::ShareButton;
use super::text_size::TextSize;
use super::theme::{Theme, use_theme};
use crate::i18n::strings;

#[function_component(Toolbar)]
pub fn toolbar() -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let t = strings(lang);
    let (size, set_size) = use_preference::<TextSize>();
    let (theme, choose_theme) = use_theme();
    let dark = theme == Theme::Dark;
    let toggle_theme =
        Callback::from(move |_| choose_theme.emit(if dark { Theme::Light } else { Theme::Dark }));
    let sizes = TextSize::ALL.iter().zip(t.text_sizes).map(|(&step, name)| {
        let set_size = set_size.clone();
        html! {
            <button type="button" data-size={step.code()} aria-pressed={(step == size).to_string()}
                onclick={move |_| set_size.emit(step)}>{ name }</button>
        }
    });
    html! {
        <div class="toolbar">
            <div class="text-size" role="group" aria-labelledby="text-size-label">
                <span id="text-size-label">{ t.text_size }</span>
                { for sizes }
            </div>
            <button type="button" class="theme-toggle" aria-pressed={dark.to_string()}
                onclick={toggle_theme}>{ t.dark_mode }</button>
            <ShareButton />
        </div>
    }
}
