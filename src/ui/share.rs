//! The share button: the system's share sheet where the browser has one
//! (phones, mostly), else the link copied to the clipboard, with a visible
//! confirmation that a live region also announces.

use gloo::utils::window;
use report_data::Lang;
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::Reflect;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::i18n::strings;
use crate::page_url::share_link;

#[derive(Clone, PartialEq)]
enum Outcome {
    Copied,
    /// Neither share sheet nor clipboard: the reader copies the link.
    CopyByHand(String),
}

fn has(target: &web_sys::Navigator, name: &str) -> bool {
    Reflect::has(target, &name.into()).unwrap_or(false)
}

/// Both APIs exist only in secure contexts, so each is looked up first.
async fn share(url: String, title: &str) -> Option<Outcome> {
    let navigator = window().navigator();
    if has(&navigator, "share") {
        let data = web_sys::ShareData::new();
        data.set_url(&url);
        data.set_title(title);
        // Cancelling the sheet rejects; there is nothing to tell then.
        let _ = JsFuture::from(navigator.share_with_data(&data)).await;
        return None;
    }
    if has(&navigator, "clipboard")
        && JsFuture::from(navigator.clipboard().write_text(&url))
            .await
            .is_ok()
    {
        return Some(Outcome::Copied);
    }
    Some(Outcome::CopyByHand(url))
}

#[function_component(ShareButton)]
pub fn share_button() -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let t = strings(lang);
    let outcome = use_state(|| None::<Outcome>);
    let onclick = {
        let outcome = outcome.clone();
        Callback::from(move |_| {
            // Emptied first, so a second copy is announced again.
            outcome.set(None);
            let outcome = outcome.clone();
            let href = window().location().href().unwrap_or_default();
            spawn_local(async move {
                outcome.set(share(share_link(&href, lang), t.page_title).await);
            });
        })
    };
    let message = match &*outcome {
        None => String::new(),
        Some(Outcome::Copied) => t.link_copied.to_string(),
        Some(Outcome::CopyByHand(url)) => format!("{}{url}", t.copy_this_link),
    };
    html! {
        <>
            <button type="button" class="share" {onclick}>{ t.share }</button>
            <p class="share-status" role="status">{ message }</p>
        </>
    }
}
